import { translate } from '../i18n/index.ts';
import { translations } from './translations.ts';
import type { EventKind } from '@tidewatch/contracts';
import { type KIND_COLORS, kindColorOf } from '@tidewatch/contracts/theme-tokens';

/**
 * The built-in kinds, in display order, with their catalog keys; their colours are theme tokens, shared by map
 * circles, legend and feed chips.
 */
const KIND_KEY: Readonly<Record<keyof typeof KIND_COLORS, `kind_${keyof typeof KIND_COLORS}`>> = {
  seizure: 'kind_seizure',
  interdiction: 'kind_interdiction',
  sighting_report: 'kind_sighting_report',
  vessel_alert: 'kind_vessel_alert',
  cargo_alert: 'kind_cargo_alert',
  watchlist_hit: 'kind_watchlist_hit',
};
const KIND_KEY_BY_NAME: Readonly<Record<string, (typeof KIND_KEY)[keyof typeof KIND_KEY]>> = KIND_KEY;

export const KNOWN_KIND_ORDER = Object.keys(KIND_KEY);

export function kindColor(kind: EventKind): string {
  return kindColorOf(kind);
}

export function kindLabel(kind: EventKind): string {
  const known = Object.hasOwn(KIND_KEY_BY_NAME, kind) ? KIND_KEY_BY_NAME[kind] : undefined;
  if (known) return translate(translations, known);
  // An agency's own kind is named by the agency, not translated: x-migrant-landing -> "Migrant landing"
  const words = kind.replace(/^x-/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
