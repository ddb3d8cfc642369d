import { useEffect, useId, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CoreMap } from '../map-core/index.ts';
import { useSession } from '../session/useSession.ts';
import { useT } from '../i18n/index.ts';
import { useVesselSummary, vesselStore } from '../vessels/index.ts';
import { MAP_LAYERS, readHiddenLayers, storeHiddenLayers, type MapLayerId } from './layerChoices.ts';
import { translations } from './translations.ts';

/** The basemap's grid line layer (map-core's offline style). */
const GRATICULE_LAYER = 'graticule';

function apply(core: Pick<CoreMap, 'map' | 'stack'>, id: MapLayerId, visible: boolean): void {
  if (id === 'vessels') return; // the vessel store switches its layer and its feed (vessels/)
  if (id === 'graticule') setStyleLayer(core.map, GRATICULE_LAYER, visible);
  else if (id === 'places') core.map.getContainer().classList.toggle('map--hide-places', !visible);
  else core.stack.setVisible(id, visible);
}

function setStyleLayer(map: MapLibreMap, layer: string, visible: boolean): void {
  if (map.getLayer(layer)) map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
}

/**
 * MAP-3: one panel with a switch for every layer of the map, under the map tools in the top-left corner (in
 * `host`, a map control). What
 * a user switches off stays off for that user on this device (localStorage), from the next load on.
 */
export function LayerPanel({ core, host }: { core: Pick<CoreMap, 'map' | 'stack'> | null; host: HTMLElement }) {
  const t = useT(translations);
  const session = useSession();
  const userId = session.kind === 'user' ? session.user.id : 'device';
  const [hidden, setHidden] = useState(() => readHiddenLayers(userId));
  const [open, setOpen] = useState(false);
  const vessels = useVesselSummary();
  const panelId = useId();

  useEffect(() => setHidden(readHiddenLayers(userId)), [userId]);
  useEffect(() => {
    if (!core) return;
    for (const id of MAP_LAYERS) apply(core, id, !hidden.has(id));
  }, [core, hidden]);

  const shown = (id: MapLayerId): boolean => (id === 'vessels' ? vessels.visible : !hidden.has(id));
  const toggle = (id: MapLayerId): void => {
    if (id === 'vessels') {
      vesselStore.setVisible(!vessels.visible);
      return;
    }
    const next = new Set(hidden);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setHidden(next);
    storeHiddenLayers(userId, next);
  };

  return createPortal(
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the panel closes it (keyboard users)
    <div
      className="map-layers__box"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        className="map-layers__open"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="layer-panel-toggle"
        onClick={() => setOpen(!open)}
      >
        {t('layers')}
        <span aria-hidden="true">{open ? ' ▾' : ' ▸'}</span>
      </button>
      {open && (
        <fieldset id={panelId} className="map-layers__panel" data-testid="layer-panel">
          <legend className="map-layers__legend">{t('layersTitle')}</legend>
          {MAP_LAYERS.map((id) => (
            <label key={id} className="map-layers__item">
              <input type="checkbox" checked={shown(id)} data-testid={`layer-${id}`} onChange={() => toggle(id)} />
              {t(`layer_${id}`)}
            </label>
          ))}
        </fieldset>
      )}
    </div>,
    host,
  );
}
