import { AreaImportResult, AreaOfInterest, type AreaImportInput, type GisFormat } from '@tidewatch/contracts';
import { parser } from '../api/guards.ts';
import { downloadFile } from '../api/download.ts';
import { request } from '../api/http.ts';

const BASE = '/api/v1/gis';

const ACCEPT: Record<GisFormat, string> = {
  geojson: 'application/geo+json',
  kml: 'application/vnd.google-earth.kml+xml',
};

/** [minLon, minLat, maxLon, maxLat] of a map view, as the API takes it. */
export type ViewBbox = readonly [number, number, number, number];

const bboxParam = (bbox: ViewBbox) => bbox.map((v) => Math.round(v * 1e4) / 1e4).join(',');

/** The periods the event export offers, in days; each is named by `window_<days>` in the catalog. */
export const EVENT_WINDOWS = [1, 7, 30, 90] as const;

export function downloadEvents(format: GisFormat, options: { bbox: ViewBbox | null; days: number; nowMs: number }) {
  const query = new URLSearchParams({ from: new Date(options.nowMs - options.days * 86_400_000).toISOString() });
  if (options.bbox) query.set('bbox', bboxParam(options.bbox));
  return downloadFile(`${BASE}/events.${format}?${query}`, `tidewatch-events.${format}`, ACCEPT[format]);
}

export const downloadVessels = (format: GisFormat, bbox: ViewBbox) =>
  downloadFile(`${BASE}/vessels.${format}?bbox=${bboxParam(bbox)}`, `tidewatch-vessels.${format}`, ACCEPT[format]);

/** The stored track of the last `hours` (the card's trail window). */
export function downloadTrack(format: GisFormat, mmsi: number, options: { hours: number; nowMs: number }) {
  const from = new Date(options.nowMs - options.hours * 3_600_000).toISOString();
  const path = `${BASE}/vessels/${String(mmsi).padStart(9, '0')}/track.${format}?from=${encodeURIComponent(from)}`;
  return downloadFile(path, `tidewatch-track-${mmsi}.${format}`, ACCEPT[format]);
}

export const downloadAreas = (format: GisFormat) =>
  downloadFile(`${BASE}/areas.${format}`, `tidewatch-areas.${format}`, ACCEPT[format]);

export const fetchAreas = (signal?: AbortSignal) =>
  request('GET', '/api/v1/areas', { parse: parser(AreaOfInterest.array()), signal });

export const importAreaFile = (input: AreaImportInput) =>
  request('POST', `${BASE}/areas/import`, { body: input, parse: parser(AreaImportResult) });

/** A task with its unit, target and intercept (GIS-7). */
export const downloadTask = (format: GisFormat, taskId: string, callSign: string) =>
  downloadFile(
    `/api/v1/tasks/${encodeURIComponent(taskId)}/intercept.${format}`,
    `tidewatch-task-${callSign.replace(/[^\w-]+/g, '_')}.${format}`,
    ACCEPT[format],
  );
