import type { AreaNoticeShape } from '@tidewatch/ais';
import type { NoticeGeometry } from '@tidewatch/contracts';
import { offsetM } from '../detectors/geo.ts';

/** Anchored sub-area positions are in 1/1000 minute. */
const MIN_1000 = 60_000;
/** Vertices of a circle drawn as a polygon, and per 90 degrees of a sector's arc. */
const CIRCLE_VERTICES = 32;

type Position = [number, number];

function at(lat: number, lon: number, bearing: number, metres: number): Position {
  const p = offsetM(lat, lon, bearing, metres);
  return [p.lon, p.lat];
}

function circle(lat: number, lon: number, radiusM: number): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i < CIRCLE_VERTICES; i++) ring.push(at(lat, lon, (360 * i) / CIRCLE_VERTICES, radiusM));
  return closed(ring.reverse());
}

/** GeoJSON rings close on their first point; exterior rings run counter-clockwise (RFC 7946 3.1.6). */
function closed(ring: Position[]): Position[] {
  const [first] = ring;
  return first === undefined ? ring : [...ring, first];
}

/**
 * The sub-areas of one area notice as GeoJSON geometries, plus the text of its text sub-areas. A polyline
 * or polygon starts at the point (radius-0 circle) sent just before it, as IMO 289 prescribes; one without
 * such a point cannot be placed and is left out.
 */
export function noticeGeometry(subareas: readonly AreaNoticeShape[]): {
  geometry: NoticeGeometry[];
  text: string | null;
} {
  const geometry: NoticeGeometry[] = [];
  const texts: string[] = [];
  let anchor: { lat: number; lon: number } | null = null;
  for (const s of subareas) {
    switch (s.shape) {
      case 'circle': {
        const lat = s.lat / MIN_1000;
        const lon = s.lon / MIN_1000;
        if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) break;
        anchor = { lat, lon };
        geometry.push(
          s.radiusM > 0
            ? { type: 'Polygon', coordinates: [circle(lat, lon, s.radiusM)] }
            : { type: 'Point', coordinates: [lon, lat] },
        );
        break;
      }
      case 'rectangle': {
        const lat = s.lat / MIN_1000;
        const lon = s.lon / MIN_1000;
        if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) break;
        // the anchor is the south-west corner; the sides turn by `orientation` clockwise from north/east
        const sw = offsetM(lat, lon, 0, 0);
        const se = offsetM(sw.lat, sw.lon, 90 + s.orientation, s.eastM);
        const ne = offsetM(se.lat, se.lon, s.orientation, s.northM);
        const nw = offsetM(sw.lat, sw.lon, s.orientation, s.northM);
        const ring: Position[] = [
          [sw.lon, sw.lat],
          [se.lon, se.lat],
          [ne.lon, ne.lat],
          [nw.lon, nw.lat],
        ];
        geometry.push({ type: 'Polygon', coordinates: [closed(ring)] });
        break;
      }
      case 'sector': {
        const lat = s.lat / MIN_1000;
        const lon = s.lon / MIN_1000;
        if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) break;
        const sweep = (((s.rightBound - s.leftBound) % 360) + 360) % 360 || 360;
        const steps = Math.max(2, Math.ceil((sweep / 90) * (CIRCLE_VERTICES / 4)));
        const arc: Position[] = [];
        for (let i = 0; i <= steps; i++) arc.push(at(lat, lon, s.leftBound + (sweep * i) / steps, s.radiusM));
        // centre, then the arc clockwise: reversed so the ring runs counter-clockwise
        const centre: Position = [lon, lat];
        geometry.push({ type: 'Polygon', coordinates: [closed([centre, ...arc].reverse())] });
        break;
      }
      case 'polyline':
      case 'polygon': {
        if (anchor === null || s.points.length === 0) break;
        const path: Position[] = [[anchor.lon, anchor.lat]];
        let here = anchor;
        for (const p of s.points) {
          here = offsetM(here.lat, here.lon, p.angle, p.distanceM);
          path.push([here.lon, here.lat]);
        }
        if (s.shape === 'polyline') geometry.push({ type: 'LineString', coordinates: path });
        else if (path.length >= 3) geometry.push({ type: 'Polygon', coordinates: [closed(path)] });
        break;
      }
      case 'text':
        texts.push(s.text);
        break;
      case 'reserved':
        break;
    }
  }
  const text = texts.join('').trim();
  return { geometry, text: text === '' ? null : text };
}
