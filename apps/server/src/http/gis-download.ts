import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { GisFormat } from '@tidewatch/contracts';
import type { GisFile } from '../services/gis/gis-file.ts';
import type { AppEnv } from './request-context.ts';

const MEDIA_TYPE: Record<GisFormat, string> = {
  geojson: 'application/geo+json',
  kml: 'application/vnd.google-earth.kml+xml',
};

/** A GIS export answered as a download named with its layer, time and TLP marking (GIS-4). */
export function gisDownload(c: Context<AppEnv>, file: GisFile): Response {
  return c.body(file.body, 200, {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${file.filename}"`,
  });
}

/** The OpenAPI description of a GIS file answer. */
export const gisFileAnswer = (format: GisFormat, what: string) => ({
  description: `${what} as ${format === 'geojson' ? 'GeoJSON (RFC 7946)' : 'KML 2.2'}, marked with its TLP`,
  content: { [MEDIA_TYPE[format]]: { schema: z.string() } },
});
