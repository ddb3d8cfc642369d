import { useCallback, useEffect, useState } from 'react';
import type { IntelEvent, Position, VesselSummary } from '@tidewatch/contracts';
import { liveStore } from '../live/store.ts';
import { startLive } from '../live/startLive.ts';
import { useLive, useLiveEvent } from '../live/useLive.ts';
import { recheckSession } from '../auth/index.ts';
import { TopBar } from '../topbar/index.ts';
import { EventMap, type ViewBbox } from '../map/index.ts';
import { Legend } from '../map/index.ts';
import { ShortcutsHelp } from '../shortcuts/index.ts';
import { FeedPanel } from '../feed/index.ts';
import { EventDetail } from '../detail/index.ts';
import { NewEventPanel } from '../newEvent/index.ts';
import { AdminArea } from '../admin/index.ts';
import { useSelection } from './useSelection.ts';
import { useRoute } from '../routing/useRoute.ts';
import { VesselCard } from '../vessels/index.ts';
import { FeedsScreen } from '../feeds/index.ts';
import { TrendsScreen } from '../trends/index.ts';
import { SummariesScreen } from '../summaries/index.ts';
import { WatchlistsScreen } from '../watchlists/index.ts';
import { EntitiesScreen } from '../entities/index.ts';
import { CargoScreen } from '../cargo/index.ts';
import { OtherObjectsScreen, StixActions } from '../stix/index.ts';
import { OperationsPanel, useOperationsLive } from '../operations/index.ts';
import { AreasScreen, MapExportMenu } from '../gis/index.ts';
import { useCan } from '../session/useSession.ts';
import { useSeaNotices } from '../seaNotices/index.ts';
import { HighSeverityAnnouncer } from '../announcer/index.ts';
import './app.css';

interface Props {
  /** The wall display's device token, or null for a cookie session. */
  deviceToken: string | null;
}

/** The dashboard for one identity. Unmounting it closes the stream; its SessionScope (Root.tsx) empties the stores. */
export function App({ deviceToken }: Props) {
  useEffect(() => {
    const stop = startLive(liveStore, deviceToken);
    return stop;
  }, [deviceToken]);

  // The stream was refused: if the session has really ended, the login page takes over.
  const connection = useLive((s) => s.connection);
  useEffect(() => {
    if (connection === 'unauthorized') void recheckSession();
  }, [connection]);

  // Area notices and weather at sea for the map overlay, kept live by the stream.
  useSeaNotices();

  const route = useRoute();
  // Units and tasks stay live for the map layer and the board wherever the user is.
  useOperationsLive();
  const { selection, flyTo, selectFromFeed, selectFromMap, showOnMap, close, flyToPoint } = useSelection();
  const live = useLiveEvent(selection?.id ?? null);
  const shown = live ?? selection?.copy;

  // One panel on the right at a time: an event's detail or a vessel's card.
  const [vessel, setVessel] = useState<number | null>(null);
  const [trail, setTrail] = useState<[number, number][] | null>(null);
  const closeVessel = useCallback(() => setVessel(null), []);
  const selectVessel = useCallback(
    (mmsi: number) => {
      close();
      setVessel(mmsi);
    },
    [close],
  );
  const chooseVessel = useCallback(
    (summary: VesselSummary) => {
      selectVessel(summary.mmsi);
      if (summary.position) flyToPoint(summary.position.lon, summary.position.lat, 9.5);
    },
    [selectVessel, flyToPoint],
  );
  const selectEventFromFeed = useCallback(
    (event: IntelEvent) => {
      setVessel(null);
      selectFromFeed(event);
    },
    [selectFromFeed],
  );
  const selectEventFromMap = useCallback(
    (id: string) => {
      setVessel(null);
      selectFromMap(id);
    },
    [selectFromMap],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') setVessel(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // What "in view" means for the map's exports; the menu shows only to those who may export.
  const [view, setView] = useState<ViewBbox | null>(null);
  const canExport = useCan('events:export');

  const [composing, setComposing] = useState(false);
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<Position | null>(null);
  const startComposing = useCallback(() => {
    close();
    setVessel(null);
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
      <TopBar composing={composing} onNewEvent={startComposing} onChooseVessel={chooseVessel} />
      <main className="app__main">
        <div className="app__map">
          <EventMap
            selectedId={selection?.id ?? null}
            flyTo={flyTo}
            onSelect={composing ? ignoreSelect : selectEventFromMap}
            onMapClick={picking ? onMapClick : null}
            marker={composing ? picked : null}
            selectedVessel={vessel}
            vesselTrail={vessel === null ? null : trail}
            onSelectVessel={composing ? ignoreSelectVessel : selectVessel}
            onViewChange={setView}
            workbench
          />
          <Legend />
          {canExport && route.page === 'main' && <MapExportMenu view={view} />}
          {route.page === 'cargo' && <CargoScreen onSelectVessel={selectVessel} />}
          {route.page === 'operations' && <OperationsPanel />}
          {composing ? (
            <NewEventPanel
              picked={picked}
              picking={picking}
              onPickOnMap={() => setPicking((p) => !p)}
              onPositionChange={setPicked}
              onClose={stopComposing}
            />
          ) : vessel !== null ? (
            <VesselCard
              key={vessel}
              mmsi={vessel}
              onClose={closeVessel}
              onSelectEvent={selectEventFromFeed}
              onShowOnMap={(lon, lat) => flyToPoint(lon, lat)}
              onTrail={setTrail}
            />
          ) : (
            shown && <EventDetail key={shown.id} event={shown} stale={!live} onClose={close} onShowOnMap={showOnMap} />
          )}
        </div>
        <FeedPanel
          selectedId={selection?.id ?? null}
          onSelect={composing ? ignoreSelectEvent : selectEventFromFeed}
          actions={<StixActions selectedId={selection?.id ?? null} />}
        />
        {route.page === 'admin' && <AdminArea tab={route.tab} />}
        {route.page === 'feeds' && <FeedsScreen />}
        {route.page === 'trends' && <TrendsScreen onOpenEvent={selectEventFromFeed} />}
        {route.page === 'summaries' && <SummariesScreen date={route.date} />}
        {route.page === 'watchlists' && <WatchlistsScreen />}
        {route.page === 'entities' && <EntitiesScreen selected={route.id} />}
        {route.page === 'stix' && <OtherObjectsScreen />}

        {route.page === 'areas' && <AreasScreen />}
      </main>
      <ShortcutsHelp />
      <HighSeverityAnnouncer />
    </div>
  );
}

const ignoreSelect = (): void => undefined;
const ignoreSelectEvent = (): void => undefined;
const ignoreSelectVessel = (): void => undefined;
