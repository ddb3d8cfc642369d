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

/** How the day's map is drawn: on paper (the print, HTML and PDF), or on the dashboard's dark screen. */
export interface MapTheme {
  sea: string;
  land: string;
  coast: string;
  /** Outline that keeps a dot apart from the land under it. */
  dotStroke: string;
  kindColour: (kind: string) => string;
}

/**
 * The dark theme takes the dashboard's map colours (apps/web theme.css --map-water, --map-land) and its
 * brighter kind colours (apps/web theme/kinds.ts), which stay apart on a dark sea where the paper inks would not.
 */
const SCREEN_KIND_COLOURS: Record<string, string> = {
  seizure: '#ff5c7a',
  interdiction: '#ff9f1c',
  sighting_report: '#4cc9f0',
  vessel_alert: '#ffe14d',
  cargo_alert: '#b794ff',
  watchlist_hit: '#2ee6a6',
};

export const MAP_THEMES: Record<'paper' | 'screen', MapTheme> = {
  paper: { sea: SEA, land: LAND, coast: COAST, dotStroke: '#fff', kindColour },
  screen: {
    sea: '#0a1a2b',
    land: '#1b2a39',
    coast: '#34506f',
    dotStroke: '#04090f',
    kindColour: (kind) => SCREEN_KIND_COLOURS[kind] ?? '#c3ccd8',
  },
};

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
