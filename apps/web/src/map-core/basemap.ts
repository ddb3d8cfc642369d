import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
// ?url: the atlas ships as a hashed asset next to the app and is fetched from our own origin (air-gapped).
// 1:50m keeps the small Caribbean islands that 1:110m drops, at ~750 kB instead of 3.6 MB for 1:10m.
import countriesUrl from 'world-atlas/countries-50m.json?url';

type Topology = Parameters<typeof mesh>[0];
type TopoObject = NonNullable<Parameters<typeof mesh>[1]>;

export interface BasemapData {
  land: Feature | FeatureCollection;
  coastline: MultiLineString;
  borders: MultiLineString;
}

function isTopology(value: unknown): value is Topology {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; objects?: unknown; arcs?: unknown };
  return v.type === 'Topology' && typeof v.objects === 'object' && v.objects !== null && Array.isArray(v.arcs);
}

function isTopoObject(value: unknown): value is TopoObject {
  return typeof value === 'object' && value !== null && 'type' in value;
}

export async function loadBasemap(signal: AbortSignal): Promise<BasemapData> {
  const res = await fetch(countriesUrl, { signal });
  if (!res.ok) throw new Error(`basemap: ${countriesUrl} answered ${res.status}`);
  const topo: unknown = await res.json();
  if (!isTopology(topo)) throw new Error('basemap: not a TopoJSON topology');
  const countries = topo.objects.countries;
  const land = topo.objects.land;
  if (!isTopoObject(countries) || !isTopoObject(land)) throw new Error('basemap: the atlas lacks countries or land');
  return {
    land: feature(topo, land),
    // An arc used by one country only is a coastline; one shared by two is a land border.
    coastline: mesh(topo, countries, (a, b) => a === b),
    borders: mesh(topo, countries, (a, b) => a !== b),
  };
}
