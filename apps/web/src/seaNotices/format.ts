import type { AreaNotice, WeatherObservation } from '@tidewatch/contracts';

const COMPASS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;

/** 240 -> "SW (240°)". */
export function bearingText(deg: number | null): string | null {
  if (deg === null) return null;
  return `${COMPASS[Math.round(deg / 45) % 8] ?? 'N'} (${Math.round(deg)}°)`;
}

/** "22 kn from SW (240°), gusts 31 kn": what an operator reads first about the wind. */
export function windText(w: WeatherObservation): string | null {
  if (w.windSpeedKn === null) return null;
  const from = bearingText(w.windDirectionDeg);
  const gust = w.windGustKn === null ? '' : `, gusts ${w.windGustKn} kn`;
  return `${w.windSpeedKn} kn${from ? ` from ${from}` : ''}${gust}`;
}

export function wavesText(w: WeatherObservation): string | null {
  if (w.waveHeightM === null) return null;
  const period = w.wavePeriodS === null ? '' : ` every ${w.wavePeriodS} s`;
  const from = bearingText(w.waveDirectionDeg);
  return `${w.waveHeightM.toFixed(1)} m${period}${from ? ` from ${from}` : ''}`;
}

export function visibilityText(w: WeatherObservation): string | null {
  if (w.visibilityNm === null) return w.visibilityMore ? 'more than the sensor reads' : null;
  return `${w.visibilityMore ? 'more than ' : ''}${w.visibilityNm.toFixed(1)} NM`;
}

/** The fields of a weather observation in display order, absent ones left out. */
export function weatherRows(w: WeatherObservation): Array<[string, string]> {
  const rows: Array<[string, string | null]> = [
    ['Wind', windText(w)],
    ['Waves', wavesText(w)],
    ['Swell', w.swellHeightM === null ? null : `${w.swellHeightM.toFixed(1)} m`],
    ['Sea state', w.seaState === null ? null : `Beaufort ${w.seaState}`],
    ['Visibility', visibilityText(w)],
    ['Air', w.airTemperatureC === null ? null : `${w.airTemperatureC.toFixed(1)} °C`],
    ['Water', w.waterTemperatureC === null ? null : `${w.waterTemperatureC.toFixed(1)} °C`],
    ['Pressure', w.pressureHpa === null ? null : `${w.pressureHpa} hPa`],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== null);
}

/** "until 20 Dec 20:00 UTC" or "until cancelled". */
export function noticeWindow(a: AreaNotice): string {
  const fmt = (iso: string) =>
    new Date(iso).toLocaleString('en-GB', {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
    });
  return `${fmt(a.startsAt)} – ${a.endsAt === null ? 'until cancelled' : `${fmt(a.endsAt)} UTC`}`;
}
