import { OVERLAY_ORDER, type OverlayId } from '../map-core/index.ts';

/** What the layer panel switches: every overlay of the registry but the measuring line, and two basemap parts. */
export type MapLayerId = Exclude<OverlayId, 'measure'> | 'graticule' | 'places';

export const MAP_LAYERS: readonly MapLayerId[] = [
  ...OVERLAY_ORDER.filter((id): id is Exclude<OverlayId, 'measure'> => id !== 'measure'),
  'graticule',
  'places',
];

function key(userId: string): string {
  return `tidewatch.map.hiddenLayers.${userId}`;
}

/** The layers this user switched off on this device (MAP-3); none when nothing is stored or it is unreadable. */
export function readHiddenLayers(userId: string): ReadonlySet<MapLayerId> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key(userId)) ?? '[]');
    if (Array.isArray(parsed)) return new Set(MAP_LAYERS.filter((id) => parsed.includes(id)));
  } catch {
    // private mode or a damaged entry: everything shows
  }
  return new Set();
}

export function storeHiddenLayers(userId: string, hidden: ReadonlySet<MapLayerId>): void {
  try {
    localStorage.setItem(key(userId), JSON.stringify([...hidden]));
  } catch {
    // private mode: the choice lasts for this page only
  }
}
