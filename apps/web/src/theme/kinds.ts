import type { EventKind } from '@tidewatch/contracts';

/**
 * One colour per kind, shared by map circles, legend and feed chips so an operator learns a single code.
 * Picked to stay distinct from each other on dark water and land, and from the TLP colours.
 */
const KIND_STYLE: Readonly<Record<string, { color: string; label: string }>> = {
  seizure: { color: '#ff5c7a', label: 'Seizure' },
  interdiction: { color: '#ff9f1c', label: 'Interdiction' },
  sighting_report: { color: '#4cc9f0', label: 'Sighting report' },
  vessel_alert: { color: '#ffe14d', label: 'Vessel alert' },
  cargo_alert: { color: '#b794ff', label: 'Cargo alert' },
  watchlist_hit: { color: '#2ee6a6', label: 'Watchlist hit' },
};

/** Deployment-defined `x-` kinds share one neutral colour until someone gives them their own. */
export const CUSTOM_KIND_COLOR = '#c3ccd8';

export const KNOWN_KIND_ORDER = Object.keys(KIND_STYLE);

export function kindColor(kind: EventKind): string {
  return KIND_STYLE[kind]?.color ?? CUSTOM_KIND_COLOR;
}

export function kindLabel(kind: EventKind): string {
  const known = KIND_STYLE[kind];
  if (known) return known.label;
  // x-migrant-landing -> "Migrant landing"
  const words = kind.replace(/^x-/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
