import { useEffect } from 'react';
import { liveStore } from '../live/store.ts';
import { startLive } from '../live/startLive.ts';
import { useLiveEvent } from '../live/useLive.ts';
import { TopBar } from '../topbar/TopBar.tsx';
import { EventMap } from '../map/EventMap.tsx';
import { Legend } from '../map/Legend.tsx';
import { FeedPanel } from '../feed/FeedPanel.tsx';
import { EventDetail } from '../detail/EventDetail.tsx';
import { useSelection } from './useSelection.ts';
import './app.css';

export function App() {
  useEffect(() => startLive(liveStore), []);
  const { selection, flyTo, selectFromFeed, selectFromMap, showOnMap, close } = useSelection();
  const live = useLiveEvent(selection?.id ?? null);
  const shown = live ?? selection?.copy;

  return (
    <div className="app">
      <TopBar />
      <main className="app__main">
        <div className="app__map">
          <EventMap selectedId={selection?.id ?? null} flyTo={flyTo} onSelect={selectFromMap} />
          <Legend />
          {shown && <EventDetail key={shown.id} event={shown} stale={!live} onClose={close} onShowOnMap={showOnMap} />}
        </div>
        <FeedPanel selectedId={selection?.id ?? null} onSelect={selectFromFeed} />
      </main>
    </div>
  );
}
