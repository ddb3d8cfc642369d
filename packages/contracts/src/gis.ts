import { z } from 'zod';
import { Bbox } from './api.ts';
import { Releasability } from './event.ts';

/** GIS exchange (issue 16 §4): the formats a layer is written in. */
export const GIS_FORMATS = ['geojson', 'kml'] as const;
export const GisFormat = z.enum(GIS_FORMATS, { error: 'geojson or kml' });
export type GisFormat = z.infer<typeof GisFormat>;

/** Query of GET /api/v1/gis/vessels.{geojson,kml}: the vessels of the picture in a view. */
export const GisVesselQuery = z.object({ bbox: Bbox }).strict();
export type GisVesselQuery = z.output<typeof GisVesselQuery>;

/** The largest area file accepted, as text (a KML of 500 areas of 500 corners is about 10 MB). */
export const AREA_FILE_MAX_CHARS = 10_000_000;

/**
 * Body of POST /api/v1/gis/areas/import: the file as text, its format, the label every area it creates
 * carries, and whether to create them or only answer what would be accepted and refused (the preview).
 */
export const AreaImportInput = z
  .object({
    format: GisFormat,
    content: z.string().min(1, 'the file is empty').max(AREA_FILE_MAX_CHARS, 'the file is over 10 MB'),
    releasability: Releasability,
    dryRun: z.boolean().default(true),
  })
  .strict();
export type AreaImportInput = z.input<typeof AreaImportInput>;

export const ImportedAreaRow = z.object({
  /** The feature's index in the file (for KML, its place among the placemarks), 0-based. */
  index: z.number().int(),
  name: z.string(),
  ring: z.array(z.tuple([z.number(), z.number()])),
  /** The id of the area created; absent in a preview. */
  id: z.string().optional(),
});
export type ImportedAreaRow = z.infer<typeof ImportedAreaRow>;

export const RefusedFeatureRow = z.object({ index: z.number().int(), name: z.string().nullable(), reason: z.string() });
export type RefusedFeatureRow = z.infer<typeof RefusedFeatureRow>;

export const AreaImportResult = z.object({
  dryRun: z.boolean(),
  accepted: z.array(ImportedAreaRow),
  refused: z.array(RefusedFeatureRow),
});
export type AreaImportResult = z.infer<typeof AreaImportResult>;
