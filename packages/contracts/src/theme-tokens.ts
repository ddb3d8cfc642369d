import type { GraphNodeKind } from './entity-graph.ts';
import type { Tlp } from './event.ts';

/**
 * The one source of Tidewatch's colours. The dashboard's CSS reads them as custom properties (see
 * `themeCssVariables`), the MapLibre layers paint with them, and the server's printed and HTML daily summary
 * draws its maps with them, so a colour changed here changes everywhere it means the same thing.
 * Plain data only: no DOM and no node imports, because both the browser and the server load this file.
 */

/** The dark operations theme of the dashboard and the wall. */
export const SURFACE = {
  bg: '#070c13',
  panel: '#0e1622',
  panelRaised: '#142031',
  panelHover: '#1a2a40',
  line: '#223349',
  lineStrong: '#34506f',
  text: '#eef3f9',
  textMuted: '#a9b9cc',
  textDim: '#7d90a6',
  accent: '#38bdf8',
  focus: '#7dd3fc',
  ok: '#34d399',
  warn: '#fbbf24',
  bad: '#f87171',
  /** The dark outline that keeps a coloured dot apart from the land or sea under it. */
  outline: '#04090f',
  /** Darker still: the casing under lines drawn on the map (cargo arcs, evidence tracks). */
  casing: '#020617',
  /** Light fill of points that must read on any line colour (ports, a track's start). */
  pale: '#e2e8f0',
} as const;

/** The offline basemap drawn by MapLibre. */
export const BASEMAP = {
  water: '#0a1a2b',
  land: '#1d2d3d',
  coast: '#4d6f8e',
  border: '#6a86a1',
  grid: '#13283d',
} as const;

/**
 * One colour per event kind, shared by map circles, legend and feed chips so an operator learns a single
 * code. Picked to stay distinct from each other on dark water and land, and from the TLP colours.
 */
export const KIND_COLORS = {
  seizure: '#ff5c7a',
  interdiction: '#ff9f1c',
  sighting_report: '#4cc9f0',
  vessel_alert: '#ffe14d',
  cargo_alert: '#b794ff',
  watchlist_hit: '#2ee6a6',
} as const;

/**
 * One colour per node kind in the entity network drawing (LINK-3): people warm, organisations violet, things that
 * move (vessels, vehicles, containers) in blues and greens, events and consignments in the event palette's hues.
 */
export const GRAPH_NODE_COLORS: Readonly<Record<GraphNodeKind, string>> = {
  person: '#f9a8d4',
  organisation: '#b794ff',
  vessel: '#4cc9f0',
  container: '#2ee6a6',
  vehicle: '#60a5fa',
  firearm: '#ff5c7a',
  identifier: '#c3ccd8',
  address: '#fcd34d',
  crypto_wallet: '#fb923c',
  event: '#ff9f1c',
  consignment: '#a3e635',
};

/** Deployment-defined `x-` kinds share one neutral colour until someone gives them their own. */
export const CUSTOM_KIND_COLOR = '#c3ccd8';

/** TLP 2.0 (FIRST): coloured label on a black background; AMBER+STRICT uses the AMBER colour. */
export const TLP_COLORS: Readonly<Record<Tlp, string>> = {
  RED: '#FF2B2B',
  AMBER: '#FFC000',
  'AMBER+STRICT': '#FFC000',
  GREEN: '#33FF00',
  CLEAR: '#FFFFFF',
};

/** How the map marks state: new arrivals ring green, the selection blue, a trend drill-down gold. */
export const MAP_MARKS = {
  fresh: SURFACE.ok,
  selected: SURFACE.accent,
  drillDown: SURFACE.warn,
} as const;

/** Customs selectivity lanes (ASYCUDA) as the cargo arcs and cards draw them. */
/** Patrol units by type (the marker shape differs too), and the intercept line of a task. */
export const UNIT_COLORS = {
  cutter: '#60a5fa',
  interceptor: '#22d3ee',
  aircraft: '#c084fc',
  helicopter: '#a3e635',
  shore_team: '#fb923c',
  intercept: '#e879f9',
} as const;

export const LANE_COLORS = { red: SURFACE.bad, yellow: SURFACE.warn, green: SURFACE.ok } as const;

/** One colour per vessel of an alert's evidence, in order; more vessels cycle through them. */
export const EVIDENCE_TRACK_COLORS = ['#f472b6', SURFACE.accent, '#a78bfa', '#facc15'] as const;

/** Vessel categories, indexed as the vessel stream sends them (contracts vessels.ts). */
export const VESSEL_CATEGORY_COLORS = [
  '#7ccf6b', // cargo
  '#e4574b', // tanker
  '#5aa7ff', // passenger
  '#f4a582', // fishing
  '#e879f9', // pleasure / high-speed
  '#fde047', // law enforcement
  '#9fb3c8', // other / service
] as const;

/** Seized commodities in the trend charts; each borrows the kind colour it is most often seen with. */
export const COMMODITY_COLORS = {
  firearms: KIND_COLORS.interdiction,
  ammunition: KIND_COLORS.vessel_alert,
  cocaine: KIND_COLORS.seizure,
  cannabis: KIND_COLORS.watchlist_hit,
  cash: KIND_COLORS.sighting_report,
  other: '#b0bccb',
} as const;

/** The brand mark's own colours. */
export const BRAND = { tile: '#0f2236', wave: SURFACE.accent, dot: KIND_COLORS.seizure } as const;

/**
 * The printed daily summary (PDF and HTML print): inks chosen for white paper, darker than the screen's
 * kind colours, which wash out on paper.
 */
export const PRINT = {
  sea: '#dfe9f2',
  land: '#c9c3b3',
  coast: '#8c8577',
  ink: '#1d2733',
  muted: '#5b6673',
  paper: '#fff',
  dotStroke: '#fff',
  rule: '#c9d1da',
  ruleLight: '#e3e7ec',
  handlingBorder: '#b7950b',
  handlingFill: '#fdf6e3',
  chart: '#1f5f8b',
  /** A severity 4-5 title in the PDF, and the badge behind a severity 4-5 figure in the HTML print. */
  severe: '#9b2c1f',
  severeFill: '#c0392b',
  changes: '#8e44ad',
  kinds: {
    seizure: '#c0392b',
    interdiction: '#8e44ad',
    sighting_report: '#2980b9',
    vessel_alert: '#d35400',
    cargo_alert: '#b7950b',
    watchlist_hit: '#16a085',
  },
  customKind: '#34495e',
} as const;

/** The day's map as the dashboard shows it on its dark screen (the summary screen's map). */
export const SCREEN_SUMMARY_MAP = {
  sea: BASEMAP.water,
  land: '#1b2a39',
  coast: SURFACE.lineStrong,
  dotStroke: SURFACE.outline,
} as const;

/** Looks a name up among an object's own keys only, so `constructor` or `toString` never reads as a colour. */
function ownColor(colors: Readonly<Record<string, string>>, name: string): string | undefined {
  return Object.hasOwn(colors, name) ? colors[name] : undefined;
}

export function kindColorOf(kind: string): string {
  return ownColor(KIND_COLORS, kind) ?? CUSTOM_KIND_COLOR;
}

export function printKindColorOf(kind: string): string {
  return ownColor(PRINT.kinds, kind) ?? PRINT.customKind;
}

/**
 * The custom properties the dashboard's stylesheets read (`var(--panel)` and so on). `theme.css` declares
 * none of these colours itself: the web app sets them on the root element from this list at start-up.
 */
export function themeCssVariables(): Record<`--${string}`, string> {
  return {
    '--bg': SURFACE.bg,
    '--panel': SURFACE.panel,
    '--panel-raised': SURFACE.panelRaised,
    '--panel-hover': SURFACE.panelHover,
    '--line': SURFACE.line,
    '--line-strong': SURFACE.lineStrong,
    '--text': SURFACE.text,
    '--text-muted': SURFACE.textMuted,
    '--text-dim': SURFACE.textDim,
    '--accent': SURFACE.accent,
    '--focus': SURFACE.focus,
    '--ok': SURFACE.ok,
    '--warn': SURFACE.warn,
    '--bad': SURFACE.bad,
    '--outline': SURFACE.outline,
    '--map-water': BASEMAP.water,
    '--map-land': SCREEN_SUMMARY_MAP.land,
    '--drill': MAP_MARKS.drillDown,
    '--evidence': EVIDENCE_TRACK_COLORS[0],
    '--lane-red': LANE_COLORS.red,
    '--intercept': UNIT_COLORS.intercept,
    '--lane-yellow': LANE_COLORS.yellow,
    '--lane-green': LANE_COLORS.green,
    ...Object.fromEntries(Object.entries(KIND_COLORS).map(([kind, color]) => [`--kind-${kind}`, color])),
  };
}
