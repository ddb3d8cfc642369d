import type { AreaNotice, WeatherObservation } from '@tidewatch/contracts';
import { translate } from '../i18n/index.ts';
import { noticeWindow, weatherRows } from './format.ts';
import { translations } from './translations.ts';

/**
 * Popup content built as DOM with textContent: notice text and station data come off the air from anyone
 * with a transmitter, so none of it may become markup.
 */
function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function rows(pairs: ReadonlyArray<readonly [string, string]>): HTMLElement {
  const dl = el('dl', 'sea-popup__rows');
  for (const [label, value] of pairs) {
    dl.append(el('dt', '', label), el('dd', '', value));
  }
  return dl;
}

export function areaPopup(a: AreaNotice): HTMLElement {
  const root = el('div', 'sea-popup');
  root.dataset.testid = 'area-notice-popup';
  root.append(
    el('div', 'sea-popup__kicker', translate(translations, 'areaKicker')),
    el('div', 'sea-popup__title', a.noticeText),
  );
  const pairs: Array<[string, string]> = [[translate(translations, 'inForce'), noticeWindow(a)]];
  if (a.text !== null) pairs.push([translate(translations, 'text'), a.text]);
  pairs.push([
    translate(translations, 'from'),
    translate(translations, 'sender', { mmsi: a.senderMmsi, linkage: a.linkage }),
  ]);
  root.append(rows(pairs));
  return root;
}

export function weatherPopup(w: WeatherObservation, nowMs: number): HTMLElement {
  const root = el('div', 'sea-popup');
  root.dataset.testid = 'weather-popup';
  const minutes = Math.max(0, Math.round((nowMs - Date.parse(w.observedAt)) / 60_000));
  root.append(
    el('div', 'sea-popup__kicker', translate(translations, 'weatherKicker')),
    el('div', 'sea-popup__title', translate(translations, 'station', { mmsi: w.stationMmsi, minutes })),
    rows(weatherRows(w)),
  );
  return root;
}
