import { useCallback, useEffect, useState } from 'react';
import type { Position } from '@tidewatch/contracts';
import { liveStore } from '../live/store.ts';
import { startLive } from '../live/startLive.ts';
import { useLive, useLiveEvent } from '../live/useLive.ts';
import { recheckSession } from '../auth/sessionActions.ts';
import { TopBar } from '../topbar/TopBar.tsx';
import { EventMap } from '../map/EventMap.tsx';
import { Legend } from '../map/Legend.tsx';
import { FeedPanel } from '../feed/FeedPanel.tsx';
import { EventDetail } from '../detail/EventDetail.tsx';
import { NewEventPanel } from '../newEvent/NewEventPanel.tsx';
import { AdminArea } from '../admin/AdminArea.tsx';
import { useSelection } from './useSelection.ts';
import { useRoute } from './useRoute.ts';
import './app.css';

interface Props {
  /** The wall display's device token, or null for a cookie session. */
  deviceToken: string | null;
}

/** The dashboard for one identity. Unmounting it (logout, another user) closes the stream and empties the store. */
export function App({ deviceToken }: Props) {
  useEffect(() => {
    const stop = startLive(liveStore, deviceToken);
    return () => {
      stop();
      liveStore.reset();
    };
  }, [deviceToken]);

  // The stream was refused: if the session has really ended, the login page takes over.
  const connection = useLive((s) => s.connection);
  useEffect(() => {
    if (connection === 'unauthorized') void recheckSession();
  }, [connection]);

  const route = useRoute();
  const { selection, flyTo, selectFromFeed, selectFromMap, showOnMap, close } = useSelection();
  const live = useLiveEvent(selection?.id ?? null);
  const shown = live ?? selection?.copy;

  const [composing, setComposing] = useState(false);
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<Position | null>(null);
  const startComposing = useCallback(() => {
    close();
    setPicked(null);
    setComposing(true);
  }, [close]);
  const stopComposing = useCallback(() => {
    setComposing(false);
    setPicking(false);
    setPicked(null);
  }, []);
  const onMapClick = useCallback((position: Position) => {
    setPicked(position);
    setPicking(false);
  }, []);

  return (
    <div className="app">
      <TopBar composing={composing} onNewEvent={startComposing} />
      <main className="app__main">
        <div className="app__map">
          <EventMap
            selectedId={selection?.id ?? null}
            flyTo={flyTo}
            onSelect={composing ? ignoreSelect : selectFromMap}
            onMapClick={picking ? onMapClick : null}
            marker={composing ? picked : null}
          />
          <Legend />
          {composing ? (
            <NewEventPanel
              picked={picked}
              picking={picking}
              onPickOnMap={() => setPicking((p) => !p)}
              onPositionChange={setPicked}
              onClose={stopComposing}
            />
          ) : (
            shown && <EventDetail key={shown.id} event={shown} stale={!live} onClose={close} onShowOnMap={showOnMap} />
          )}
        </div>
        <FeedPanel selectedId={selection?.id ?? null} onSelect={composing ? ignoreSelectEvent : selectFromFeed} />
        {route.page === 'admin' && <AdminArea tab={route.tab} />}
      </main>
    </div>
  );
}

const ignoreSelect = (): void => undefined;
const ignoreSelectEvent = (): void => undefined;
