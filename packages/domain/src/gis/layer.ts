import type { Tlp } from '@tidewatch/contracts';
import { stricterTlp } from '../releasability/policy.ts';

/**
 * One export, before it is written as GeoJSON or KML: both writers read this, so a feature, its properties,
 * its times and the document's TLP marking are the same in either format.
 */

export type GisValue = string | number | boolean | null | readonly string[];

export type GisGeometry =
  | { type: 'Point'; coordinates: [number, number] }
  | { type: 'Polygon'; coordinates: [number, number][][] }
  | { type: 'MultiPolygon'; coordinates: [number, number][][][] }
  /** A path with the time of each vertex (epoch ms), one array per part. */
  | { type: 'TimedLines'; parts: { coordinates: [number, number][]; timesMs: number[] }[] };

export interface GisFeature {
  /** Shown as the feature's name in GIS tools (KML <name>, a GeoJSON `name` property). */
  name: string;
  geometry: GisGeometry;
  /** The moment the feature stands for (KML <TimeStamp>); a time property in GeoJSON already carries it. */
  whenMs?: number;
  /** The feature's own TLP, shown in its description so it survives being copied out of the document. */
  tlp: Tlp;
  properties: Record<string, GisValue>;
}

export interface GisLayer {
  /** What the file holds, e.g. "Tidewatch events". */
  title: string;
  /** The most restrictive TLP of everything in it (never less than the floor the caller gave). */
  tlp: Tlp;
  generatedAtMs: number;
  features: GisFeature[];
  /** Figures a reader needs to judge completeness, e.g. events left out because they have no position. */
  notes: Record<string, number | string>;
}

/** FIRST TLP 2.0 in one line each: printed with the label so a reader of the file knows the rule. */
export const TLP_STATEMENT: Record<Tlp, string> = {
  CLEAR: 'Recipients can spread this to the world; there is no limit on disclosure.',
  GREEN:
    'Limited disclosure: recipients can spread this within their community, but not via publicly accessible channels.',
  AMBER:
    'Limited disclosure: recipients can only spread this on a need-to-know basis within their organization and its clients.',
  'AMBER+STRICT':
    'Limited disclosure: recipients can only spread this on a need-to-know basis within their organization.',
  RED: 'For the eyes and ears of individual recipients only, no further disclosure.',
};

export const markingOf = (tlp: Tlp): string => `TLP:${tlp}`;

/** The document's marking: the most restrictive label of its features, never below `floor`. */
export function layerTlp(features: readonly { tlp: Tlp }[], floor: Tlp): Tlp {
  return features.reduce<Tlp>((tlp, f) => stricterTlp(tlp, f.tlp), floor);
}

export const isoOf = (ms: number): string => new Date(ms).toISOString();
