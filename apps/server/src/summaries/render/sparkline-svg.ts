import { PRINT } from '@tidewatch/contracts/theme-tokens';
import { sparklinePoints } from '@tidewatch/domain';

export const SPARK_SIZE = { width: 120, height: 28 };

/** A 30-day trend line with the last day (the summary's) marked. */
export function renderSparklineSvg(values: readonly number[], colour: string = PRINT.chart, size = SPARK_SIZE): string {
  const pts = sparklinePoints(values, size.width, size.height);
  const last = pts.at(-1);
  const line = pts.map(([x, y]) => `${x},${y}`).join(' ');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size.width} ${size.height}" width="${size.width}" height="${size.height}" aria-hidden="true">` +
    `<polyline points="${line}" fill="none" stroke="${colour}" stroke-width="1.5" stroke-linejoin="round"/>` +
    (last ? `<circle cx="${last[0]}" cy="${last[1]}" r="2.2" fill="${colour}"/>` : '') +
    `</svg>`
  );
}
