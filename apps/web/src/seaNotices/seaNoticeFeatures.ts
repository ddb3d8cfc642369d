import type { SeaNotices } from '@tidewatch/contracts';

/** Wind shaft on screen: this many pixels, plus one per knot (capped at 40 kn). */
const SHAFT_BASE_PX = 10;
const SHAFT_MAX_KN = 40;

/**
 * The sea notices as map features: each area notice's geometries (role 'area' / 'area-line' / 'area-point')
 * carrying the notice id, and per weather station a point plus a wind shaft drawn downwind from it, its
 * length in screen pixels growing with the wind speed (no glyphs in the offline style, so no text labels).
 * `zoom` turns pixels into degrees; the layer redraws the shafts when the zoom changes.
 */
export function seaNoticeFeatures(notices: SeaNotices | null, zoom = 8): GeoJSON.FeatureCollection {
  // Web Mercator: 512 px tiles span 360 degrees of longitude at zoom 0
  const degPerPx = 360 / (512 * 2 ** zoom);
  const features: GeoJSON.Feature[] = [];
  for (const a of notices?.areas ?? []) {
    for (const g of a.geometry) {
      const role = g.type === 'Polygon' ? 'area' : g.type === 'LineString' ? 'area-line' : 'area-point';
      features.push({ type: 'Feature', properties: { role, id: a.id }, geometry: g });
    }
  }
  for (const w of notices?.weather ?? []) {
    const id = String(w.stationMmsi);
    features.push({
      type: 'Feature',
      properties: { role: 'station', id },
      geometry: { type: 'Point', coordinates: [w.lon, w.lat] },
    });
    if (w.windSpeedKn === null || w.windDirectionDeg === null || w.windSpeedKn === 0) continue;
    // wind is reported by where it comes from; the shaft points where it goes
    const towards = ((w.windDirectionDeg + 180) * Math.PI) / 180;
    const px = SHAFT_BASE_PX + Math.min(SHAFT_MAX_KN, w.windSpeedKn);
    const cosLat = Math.max(0.2, Math.cos((w.lat * Math.PI) / 180));
    const end: [number, number] = [
      w.lon + px * degPerPx * Math.sin(towards),
      w.lat + px * degPerPx * cosLat * Math.cos(towards),
    ];
    features.push({
      type: 'Feature',
      properties: { role: 'wind', id },
      geometry: { type: 'LineString', coordinates: [[w.lon, w.lat], end] },
    });
  }
  return { type: 'FeatureCollection', features };
}
