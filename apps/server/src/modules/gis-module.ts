import { gisRoutes } from '../http/routes/gis.ts';
import type { VesselContext } from '../vessels/vessel-context.ts';
import type { FeatureModule } from './feature-module.ts';

/**
 * GIS exchange (issue 16 §4): GeoJSON and KML exports of events, vessels, tracks and areas, and the area
 * import, under /gis. It reads the live vessel picture, so it registers after the vessels module.
 */
export function gisModule(options: { vessels: VesselContext }): FeatureModule {
  return { name: 'gis', routes: [{ path: '/gis', routes: gisRoutes(options.vessels) }] };
}
