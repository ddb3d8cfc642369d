import type { EventKind } from '@tidewatch/contracts';
import { type KIND_COLORS, kindColorOf } from '@tidewatch/contracts/theme-tokens';

/** Labels of the built-in kinds; their colours are theme tokens, shared by map circles, legend and feed chips. */
const KIND_LABEL: Readonly<Record<keyof typeof KIND_COLORS, string>> = {
  seizure: 'Seizure',
  interdiction: 'Interdiction',
  sighting_report: 'Sighting report',
  vessel_alert: 'Vessel alert',
  cargo_alert: 'Cargo alert',
  watchlist_hit: 'Watchlist hit',
};
const KIND_LABEL_BY_NAME: Readonly<Record<string, string>> = KIND_LABEL;

export const KNOWN_KIND_ORDER = Object.keys(KIND_LABEL);

export function kindColor(kind: EventKind): string {
  return kindColorOf(kind);
}

export function kindLabel(kind: EventKind): string {
  const known = Object.hasOwn(KIND_LABEL_BY_NAME, kind) ? KIND_LABEL_BY_NAME[kind] : undefined;
  if (known) return known;
  // x-migrant-landing -> "Migrant landing"
  const words = kind.replace(/^x-/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
