import type { AreaNotice, WeatherObservation } from '@tidewatch/contracts';
import { localeStore, translate } from '../i18n/index.ts';
import { translations } from './translations.ts';

// Formatted in the language of the moment: these texts go into popups built as DOM and into the vessel card.
const COMPASS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;

/** 240 -> "SW (240°)". */
export function bearingText(deg: number | null): string | null {
  if (deg === null) return null;
  return translate(translations, 'bearing', { dir: COMPASS[Math.round(deg / 45) % 8] ?? 'N', deg: Math.round(deg) });
}

/** "22 kn from SW (240°), gusts 31 kn": what an operator reads first about the wind. */
export function windText(w: WeatherObservation): string | null {
  if (w.windSpeedKn === null) return null;
  const from = bearingText(w.windDirectionDeg);
  const wind = from
    ? translate(translations, 'windFrom', { speed: w.windSpeedKn, from })
    : translate(translations, 'wind', { speed: w.windSpeedKn });
  return w.windGustKn === null ? wind : translate(translations, 'withGusts', { wind, gust: w.windGustKn });
}

export function wavesText(w: WeatherObservation): string | null {
  if (w.waveHeightM === null) return null;
  const waves =
    w.wavePeriodS === null
      ? translate(translations, 'waves', { height: w.waveHeightM })
      : translate(translations, 'wavesPeriod', { height: w.waveHeightM, period: w.wavePeriodS });
  const from = bearingText(w.waveDirectionDeg);
  return from ? translate(translations, 'withFrom', { what: waves, from }) : waves;
}

export function visibilityText(w: WeatherObservation): string | null {
  if (w.visibilityNm === null) return w.visibilityMore ? translate(translations, 'visibilityBeyond') : null;
  return translate(translations, w.visibilityMore ? 'visibilityMore' : 'visibility', { nm: w.visibilityNm });
}

/** The fields of a weather observation in display order, absent ones left out. */
export function weatherRows(w: WeatherObservation): Array<[string, string]> {
  const say = (key: keyof typeof translations.messages.en): string => translate(translations, key);
  const rows: Array<[string, string | null]> = [
    [say('rowWind'), windText(w)],
    [say('rowWaves'), wavesText(w)],
    [say('rowSwell'), w.swellHeightM === null ? null : translate(translations, 'swell', { height: w.swellHeightM })],
    [say('rowSeaState'), w.seaState === null ? null : translate(translations, 'beaufort', { force: w.seaState })],
    [say('rowVisibility'), visibilityText(w)],
    [
      say('rowAir'),
      w.airTemperatureC === null ? null : translate(translations, 'celsius', { degrees: w.airTemperatureC }),
    ],
    [
      say('rowWater'),
      w.waterTemperatureC === null ? null : translate(translations, 'celsius', { degrees: w.waterTemperatureC }),
    ],
    [say('rowPressure'), w.pressureHpa === null ? null : translate(translations, 'hpa', { pressure: w.pressureHpa })],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== null);
}

/** "20 Dec 14:00 – 20 Dec 20:00 UTC" or "… – until cancelled", in the reader's language. */
export function noticeWindow(a: AreaNotice): string {
  const locale = localeStore.getSnapshot();
  // English as the region writes it: day before month (en-GB), as this text always was.
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  const start = format.format(new Date(a.startsAt));
  return a.endsAt === null
    ? translate(translations, 'windowOpen', { start })
    : translate(translations, 'windowEnds', { start, end: format.format(new Date(a.endsAt)) });
}
