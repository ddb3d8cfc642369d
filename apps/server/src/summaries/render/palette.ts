import { KNOWN_EVENT_KINDS } from '@tidewatch/contracts';
import { PRINT, printKindColorOf, SCREEN_SUMMARY_MAP, kindColorOf } from '@tidewatch/contracts/theme-tokens';

/** Colours shared by the SVG, HTML and PDF renderings; they come from the one theme-token module. */
export const SEA: string = PRINT.sea;
export const LAND: string = PRINT.land;
export const COAST: string = PRINT.coast;
export const INK: string = PRINT.ink;
export const MUTED: string = PRINT.muted;

export const kindColour = printKindColorOf;

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
 * The dark theme takes the dashboard's summary-map colours and its brighter kind colours, which stay apart on
 * a dark sea where the paper inks would not.
 */
export const MAP_THEMES: Record<'paper' | 'screen', MapTheme> = {
  paper: { sea: SEA, land: LAND, coast: COAST, dotStroke: PRINT.dotStroke, kindColour },
  screen: { ...SCREEN_SUMMARY_MAP, kindColour: kindColorOf },
};

/** The kinds the map legend names, in legend order; their words are in the summary catalog (translations.ts). */
export const LEGEND_KINDS = KNOWN_EVENT_KINDS;

/** Radius of a map dot by severity (1-5). */
export const dotRadius = (severity: number) => 2 + Math.max(1, Math.min(5, severity)) * 0.8;
