import type { SummaryMapPoint } from '@tidewatch/contracts';
import { planMap, type MapPlan } from '@tidewatch/domain';
import { landRings } from './coastline.ts';
import { dotRadius, MAP_THEMES, type MapTheme } from './palette.ts';

export const MAP_SIZE = { width: 640, height: 400 };

/** The day's map laid out once, for the SVG and the PDF alike. */
export function summaryMapPlan(points: readonly SummaryMapPoint[], size = MAP_SIZE): MapPlan {
  return planMap(landRings(), points, size);
}

const pathOf = (ring: readonly [number, number][]) => `M${ring.map(([x, y]) => `${x} ${y}`).join('L')}Z`;

/** A self-contained SVG (no fonts, no links): land, then the events coloured by kind, sized by severity. */
export function renderMapSvg(plan: MapPlan, theme: MapTheme = MAP_THEMES.paper): string {
  const land = plan.land.map(pathOf).join('');
  const dots = plan.points
    .map(
      (p) =>
        `<circle cx="${p.x}" cy="${p.y}" r="${dotRadius(p.severity)}" fill="${theme.kindColour(p.kind)}" fill-opacity="0.85" stroke="${theme.dotStroke}" stroke-width="0.8"/>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${plan.width} ${plan.height}" width="${plan.width}" height="${plan.height}" role="img" aria-label="Map of the day's events">` +
    `<rect width="${plan.width}" height="${plan.height}" fill="${theme.sea}"/>` +
    `<path d="${land}" fill="${theme.land}" fill-rule="evenodd" stroke="${theme.coast}" stroke-width="0.6"/>` +
    dots +
    `</svg>`
  );
}
