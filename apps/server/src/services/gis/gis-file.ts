import type { GisFormat, Tlp } from '@tidewatch/contracts';
import { toGeoJson, toKml, type GisLayer } from '@tidewatch/domain';

/** A written export, ready to be answered as a download. */
export interface GisFile {
  body: string;
  contentType: string;
  /** Names the layer, the moment and the TLP marking, so the label shows before the file is opened. */
  filename: string;
  features: number;
  /** Features labelled AMBER, AMBER+STRICT or RED: the export is a read of them (AUD-1). */
  restrictedFeatures: number;
}

/**
 * The most features one GIS file holds. A GIS file is written whole (a FeatureCollection is one JSON value),
 * so unlike the streamed CSV export it is bounded: 20,000 events are about 15 MB of GeoJSON.
 */
export const GIS_MAX_FEATURES = 20_000;

const CONTENT_TYPE: Record<GisFormat, string> = {
  // RFC 7946 §12 registers application/geo+json; KML's is the OGC-registered one.
  geojson: 'application/geo+json; charset=utf-8',
  kml: 'application/vnd.google-earth.kml+xml; charset=utf-8',
};

const stamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
const tlpSlug = (tlp: Tlp) => `tlp-${tlp.toLowerCase().replace('+', '-')}`;

export function writeGisFile(layer: GisLayer, format: GisFormat, what: string): GisFile {
  const restricted = layer.features.filter((f) => f.tlp !== 'CLEAR' && f.tlp !== 'GREEN').length;
  return {
    body: format === 'geojson' ? JSON.stringify(toGeoJson(layer)) : toKml(layer),
    contentType: CONTENT_TYPE[format],
    filename: `tidewatch-${what}-${stamp(layer.generatedAtMs)}-${tlpSlug(layer.tlp)}.${format}`,
    features: layer.features.length,
    restrictedFeatures: restricted,
  };
}
