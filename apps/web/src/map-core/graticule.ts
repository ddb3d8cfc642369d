import type { MultiLineString } from 'geojson';

/** 5-degree grid: on a map without labels it is the operator's quickest read of where a contact is. */
export function graticule(stepDeg = 5): MultiLineString {
  const coordinates: [number, number][][] = [];
  for (let lon = -180; lon <= 180; lon += stepDeg)
    coordinates.push([
      [lon, -80],
      [lon, 80],
    ]);
  for (let lat = -80; lat <= 80; lat += stepDeg)
    coordinates.push([
      [-180, lat],
      [180, lat],
    ]);
  return { type: 'MultiLineString', coordinates };
}
