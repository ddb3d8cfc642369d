import type { GeoJSONSource } from 'maplibre-gl';
import type { EvidenceTrack } from '@tidewatch/contracts';
import { fitToPoints, type MapOverlay, type OverlayContext } from '../map-core/index.ts';
import { evidenceStore } from './evidenceStore.ts';
import { EVIDENCE_TRACK_COLORS, SURFACE } from '@tidewatch/contracts/theme-tokens';

const SOURCE = 'alert-evidence';
/** One colour per vessel of the alert. */
const TRACK_COLORS = EVIDENCE_TRACK_COLORS;
/** Consecutive fixes further apart than this in time are drawn dashed (the gap itself is the evidence). */
const GAP_MS = 20 * 60_000;

function features(
  tracks: readonly EvidenceTrack[],
  position: { lat: number; lon: number } | null,
): GeoJSON.FeatureCollection {
  const out: GeoJSON.Feature[] = [];
  tracks.forEach((track, ti) => {
    const color = TRACK_COLORS[ti % TRACK_COLORS.length] ?? TRACK_COLORS[0];
    const pts = [...track.points].sort((a, b) => a[0] - b[0]);
    let run: [number, number][] = [];
    const flush = (): void => {
      if (run.length >= 2)
        out.push({
          type: 'Feature',
          properties: { role: 'track', color, mmsi: track.mmsi },
          geometry: { type: 'LineString', coordinates: run },
        });
      run = [];
    };
    pts.forEach((p, i) => {
      const here: [number, number] = [p[2], p[1]];
      const prev = pts[i - 1];
      if (prev && p[0] - prev[0] > GAP_MS) {
        flush();
        out.push({
          type: 'Feature',
          properties: { role: 'gap', color, mmsi: track.mmsi },
          geometry: { type: 'LineString', coordinates: [[prev[2], prev[1]], here] },
        });
      }
      run.push(here);
      const end = i === 0 ? 'start' : i === pts.length - 1 ? 'end' : '';
      out.push({
        type: 'Feature',
        properties: { role: 'point', color, mmsi: track.mmsi, t: p[0], sog: p[3], end },
        geometry: { type: 'Point', coordinates: here },
      });
    });
    flush();
  });
  if (tracks.length === 0 && position) {
    out.push({
      type: 'Feature',
      properties: { role: 'point', color: TRACK_COLORS[0], end: 'end' },
      geometry: { type: 'Point', coordinates: [position.lon, position.lat] },
    });
  }
  return { type: 'FeatureCollection', features: out };
}

/** The open alert's evidence track(s): line, each kept fix, start/end rings; fits the map to them on request. */
function bindAlertEvidence({ map, stack }: OverlayContext): () => void {
  map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  stack.add('alert-evidence', {
    id: 'alert-evidence-casing',
    type: 'line',
    source: SOURCE,
    filter: ['==', ['get', 'role'], 'track'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': SURFACE.casing, 'line-width': 7, 'line-opacity': 0.8 },
  });
  stack.add('alert-evidence', {
    id: 'alert-evidence-line',
    type: 'line',
    source: SOURCE,
    filter: ['==', ['get', 'role'], 'track'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': ['get', 'color'], 'line-width': 3.5 },
  });
  stack.add('alert-evidence', {
    id: 'alert-evidence-gap',
    type: 'line',
    source: SOURCE,
    filter: ['==', ['get', 'role'], 'gap'],
    paint: { 'line-color': ['get', 'color'], 'line-width': 2.5, 'line-dasharray': [1.5, 1.5], 'line-opacity': 0.9 },
  });
  stack.add('alert-evidence', {
    id: 'alert-evidence-points',
    type: 'circle',
    source: SOURCE,
    filter: ['==', ['get', 'role'], 'point'],
    paint: {
      'circle-radius': 3.5,
      'circle-color': ['get', 'color'],
      'circle-stroke-color': SURFACE.casing,
      'circle-stroke-width': 1.2,
    },
  });
  stack.add('alert-evidence', {
    id: 'alert-evidence-ends',
    type: 'circle',
    source: SOURCE,
    filter: ['all', ['==', ['get', 'role'], 'point'], ['!=', ['get', 'end'], '']],
    paint: {
      'circle-radius': 8,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': ['case', ['==', ['get', 'end'], 'start'], SURFACE.pale, ['get', 'color']],
      'circle-stroke-width': 2.5,
    },
  });

  let lastFit = evidenceStore.getSnapshot().fitNonce;
  const render = (): void => {
    const s = evidenceStore.getSnapshot();
    map.getSource<GeoJSONSource>(SOURCE)?.setData(features(s.tracks, s.position));
    if (s.fitNonce === lastFit) return;
    lastFit = s.fitNonce;
    const coords = s.tracks.flatMap((t) => t.points.map((p) => [p[2], p[1]] as const));
    if (coords.length === 0 && s.position) coords.push([s.position.lon, s.position.lat]);
    fitToPoints(map, coords, 11);
  };
  render();
  const unsubscribe = evidenceStore.subscribe(render);
  return () => {
    unsubscribe();
    stack.remove('alert-evidence', [SOURCE]);
    evidenceStore.clear();
  };
}

/** The open alert's evidence, on top of everything: it is what the operator opened (overlayOrder.ts). */
export const alertEvidenceOverlay: MapOverlay = {
  id: 'alert-evidence',
  bind: (context) => ({ unbind: bindAlertEvidence(context) }),
};
