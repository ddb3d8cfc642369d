import type { GeoJSONSource, Marker } from 'maplibre-gl';
import type { Task, Unit } from '@tidewatch/contracts';
import { SURFACE, UNIT_COLORS } from '@tidewatch/contracts/theme-tokens';
import { queryClient, unwrap } from '../data/index.ts';
import { maplibregl, type MapOverlay, type OverlayContext } from '../map-core/index.ts';
import { fetchTasks, fetchUnits } from './api.ts';
import { sayOutside } from './format.ts';
import { TASKS_KEY, UNITS_KEY } from './opsCache.ts';

const SOURCE = 'unit-intercepts';

/** The open tasks' intercept lines: unit to meeting point (dashed), and the target's present position. */
function interceptFeatures(units: readonly Unit[], tasks: readonly Task[]): GeoJSON.FeatureCollection {
  const byId = new Map(units.map((u) => [u.id, u]));
  const features: GeoJSON.Feature[] = [];
  for (const task of tasks) {
    const unit = byId.get(task.unitId);
    const i = task.intercept;
    if (!unit?.position || !i.possible) continue;
    if (task.state === 'declined' || task.state === 'completed' || task.state === 'aborted') continue;
    const from: [number, number] = [unit.position.lon, unit.position.lat];
    features.push({
      type: 'Feature',
      properties: { role: 'line', overdue: task.overdue },
      geometry: { type: 'LineString', coordinates: [from, [i.lon, i.lat]] },
    });
    features.push({
      type: 'Feature',
      properties: { role: 'meet' },
      geometry: { type: 'Point', coordinates: [i.lon, i.lat] },
    });
    if (task.targetPosition)
      features.push({
        type: 'Feature',
        properties: { role: 'target' },
        geometry: { type: 'Point', coordinates: [task.targetPosition.lon, task.targetPosition.lat] },
      });
  }
  return { type: 'FeatureCollection', features };
}

/** One unit's marker: a shape per type (CSS), its call sign, and its freshness (stale units are dimmed). */
function markerElement(unit: Unit): HTMLElement {
  const el = document.createElement('div');
  el.className = 'unit-marker';
  el.dataset.testid = 'unit-marker';
  el.dataset.type = unit.type;
  el.dataset.freshness = unit.freshness;
  el.dataset.status = unit.status;
  el.title = [
    unit.callSign,
    sayOutside('unitType', { type: unit.type }),
    unit.ownerAgency,
    sayOutside('unitStatus', { status: unit.status }),
  ].join(' · ');
  el.style.setProperty('--unit-color', UNIT_COLORS[unit.type]);
  const symbol = document.createElement('span');
  symbol.className = 'unit-marker__symbol';
  const label = document.createElement('span');
  label.className = 'unit-marker__label';
  label.textContent = unit.callSign;
  el.append(symbol, label);
  return el;
}

function bindUnits({ map, stack }: OverlayContext): () => void {
  map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  stack.add('units', {
    id: 'unit-intercept-casing',
    type: 'line',
    source: SOURCE,
    filter: ['==', ['get', 'role'], 'line'],
    paint: { 'line-color': SURFACE.casing, 'line-width': 5, 'line-opacity': 0.7 },
  });
  stack.add('units', {
    id: 'unit-intercept-line',
    type: 'line',
    source: SOURCE,
    filter: ['==', ['get', 'role'], 'line'],
    paint: {
      'line-color': ['case', ['get', 'overdue'], SURFACE.bad, UNIT_COLORS.intercept],
      'line-width': 2.5,
      'line-dasharray': [2, 1.5],
    },
  });
  stack.add('units', {
    id: 'unit-intercept-points',
    type: 'circle',
    source: SOURCE,
    filter: ['!=', ['get', 'role'], 'line'],
    paint: {
      'circle-radius': ['case', ['==', ['get', 'role'], 'meet'], 6, 4],
      'circle-color': ['case', ['==', ['get', 'role'], 'meet'], 'rgba(0,0,0,0)', SURFACE.pale],
      'circle-stroke-color': UNIT_COLORS.intercept,
      'circle-stroke-width': 2,
    },
  });

  const markers = new Map<string, { marker: Marker; key: string }>();
  /**
   * Call signs must stay readable where units gather (a harbour at a regional zoom): a label is drawn only when
   * its box does not cover one already drawn, tasked units first, then by call sign; the symbol always shows
   * and its title names the unit.
   */
  const placeLabels = (): void => {
    const held = [...markers.values()].map((h) => h.marker);
    held.sort((a, b) => {
      const ta = a.getElement().dataset.status === 'tasked' ? 0 : 1;
      const tb = b.getElement().dataset.status === 'tasked' ? 0 : 1;
      return ta - tb || (a.getElement().title < b.getElement().title ? -1 : 1);
    });
    const taken: { x: number; y: number; w: number }[] = [];
    for (const marker of held) {
      const el = marker.getElement();
      const p = map.project(marker.getLngLat());
      const w = 26 + 8 * (el.querySelector('.unit-marker__label')?.textContent?.length ?? 0);
      const clash = taken.some((t) => Math.abs(t.y - p.y) < 18 && p.x < t.x + t.w && t.x < p.x + w);
      el.dataset.label = clash ? 'off' : 'on';
      if (!clash) taken.push({ x: p.x - 10, y: p.y, w });
    }
  };
  map.on('moveend', placeLabels);
  const render = (): void => {
    const units = queryClient.getQueryData<Unit[]>(UNITS_KEY) ?? [];
    const tasks = queryClient.getQueryData<Task[]>(TASKS_KEY) ?? [];
    map.getSource<GeoJSONSource>(SOURCE)?.setData(interceptFeatures(units, tasks));
    const seen = new Set<string>();
    for (const unit of units) {
      // A lost unit is off the map, as a lost vessel is; the units list still shows it.
      if (!unit.position || unit.freshness === 'lost') continue;
      seen.add(unit.id);
      const key = `${unit.callSign}|${unit.type}|${unit.freshness}|${unit.status}`;
      const held = markers.get(unit.id);
      if (held && held.key === key) {
        held.marker.setLngLat([unit.position.lon, unit.position.lat]);
        continue;
      }
      held?.marker.remove();
      const marker = new maplibregl.Marker({ element: markerElement(unit), anchor: 'center' })
        .setLngLat([unit.position.lon, unit.position.lat])
        .addTo(map);
      markers.set(unit.id, { marker, key });
    }
    for (const [id, held] of markers)
      if (!seen.has(id)) {
        held.marker.remove();
        markers.delete(id);
      }
    placeLabels();
  };
  // The layer reads the same cached lists as the units list and the board, and fetches them if nobody has.
  void queryClient.prefetchQuery({ queryKey: UNITS_KEY, queryFn: ({ signal }) => unwrap(fetchUnits(signal)) });
  void queryClient.prefetchQuery({ queryKey: TASKS_KEY, queryFn: ({ signal }) => unwrap(fetchTasks(signal)) });
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    const key = event.query.queryKey[0];
    if (key === 'ops') render();
  });
  render();
  return () => {
    unsubscribe();
    map.off('moveend', placeLabels);
    for (const held of markers.values()) held.marker.remove();
    markers.clear();
  };
}

/** Patrol units (HTML markers: a shape per type and the call sign, with no glyphs needed) and intercept lines. */
export const unitsOverlay: MapOverlay = {
  id: 'units',
  bind: (context) => ({ unbind: bindUnits(context) }),
};
