/** Colours shared by the SVG, HTML and PDF renderings, so a printed map reads like the one on screen. */
export const SEA = '#dfe9f2';
export const LAND = '#c9c3b3';
export const COAST = '#8c8577';
export const INK = '#1d2733';
export const MUTED = '#5b6673';

export const KIND_COLOURS: Record<string, string> = {
  seizure: '#c0392b',
  interdiction: '#8e44ad',
  sighting_report: '#2980b9',
  vessel_alert: '#d35400',
  cargo_alert: '#b7950b',
  watchlist_hit: '#16a085',
};

export const kindColour = (kind: string) => KIND_COLOURS[kind] ?? '#34495e';

export const KIND_LABELS: Record<string, string> = {
  seizure: 'Seizure',
  interdiction: 'Interdiction',
  sighting_report: 'Sighting',
  vessel_alert: 'Vessel alert',
  cargo_alert: 'Cargo alert',
  watchlist_hit: 'Watchlist hit',
};

/** Radius of a map dot by severity (1-5). */
export const dotRadius = (severity: number) => 2 + Math.max(1, Math.min(5, severity)) * 0.8;
