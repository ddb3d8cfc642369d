import { useCallback, useEffect, useState } from 'react';
import type { IntelEvent } from '@tidewatch/contracts';
import { liveStore } from '../live/store.ts';
import type { FlyRequest } from '../map/index.ts';

export interface Selection {
  id: string;
  /** Copy taken when selected, shown if the store later evicts the event. */
  copy: IntelEvent;
}

/**
 * Which event is open in the detail panel, and where the map should fly. Choosing in the feed flies to the
 * event; clicking on the map does not (the operator is already looking there). Esc closes.
 */
export function useSelection() {
  const [selection, setSelection] = useState<Selection | null>(null);
  const [flyTo, setFlyTo] = useState<FlyRequest | null>(null);

  const showOnMap = useCallback((event: IntelEvent) => {
    if (event.position) setFlyTo({ lon: event.position.lon, lat: event.position.lat, nonce: performance.now() });
  }, []);

  const selectFromFeed = useCallback(
    (event: IntelEvent) => {
      setSelection({ id: event.id, copy: event });
      showOnMap(event);
    },
    [showOnMap],
  );

  const selectFromMap = useCallback((id: string) => {
    const event = liveStore.getSnapshot().byId.get(id);
    if (event) setSelection({ id, copy: event });
  }, []);

  const close = useCallback(() => setSelection(null), []);

  const flyToPoint = useCallback((lon: number, lat: number, zoom?: number) => {
    setFlyTo({ lon, lat, nonce: performance.now(), ...(zoom === undefined ? {} : { zoom }) });
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') setSelection(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return { selection, flyTo, selectFromFeed, selectFromMap, showOnMap, close, flyToPoint };
}
