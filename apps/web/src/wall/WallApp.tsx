import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { liveStore } from '../live/store.ts';
import { startLive } from '../live/startLive.ts';
import { useLive } from '../live/useLive.ts';
import { useNow } from '../live/useNow.ts';
import { recheckSession } from '../auth/index.ts';
import { EventMap, type FlyRequest } from '../map/index.ts';
import { FeedItem } from '../feed/index.ts';
import { Clocks } from '../topbar/index.ts';
import { ConnectionStatus } from '../topbar/index.ts';
import { BrandMark } from '../theme/BrandMark.tsx';
import { KindChip } from '../theme/KindChip.tsx';
import { formatUtc } from '../theme/format.ts';
import { kindLabel } from '../theme/kinds.ts';
import { UnitLegend, useOperationsLive, WallUnits } from '../operations/index.ts';
import { SeaNoticeLegend, useSeaNotices } from '../seaNotices/index.ts';
import { VesselLegend } from '../vessels/index.ts';
import { useVesselSummary } from '../vessels/index.ts';
import { KeyFigures } from './KeyFigures.tsx';
import { useWallAlerts } from './useWallAlerts.ts';
import type { WallAlert } from './alertQueue.ts';
import { readWallParams } from './wallParams.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import { useSpan } from './elapsed.ts';
import { usePageTitle } from '../routing/usePageTitle.ts';
import '../topbar/topbar.css';
import '../feed/feed.css';
import '../map/map.css';
import './wall.css';

/** Map views the wall rotates through with `?rotate=N`; `name` is the view's key in the wall's catalog. */
const VIEWS: {
  name: 'viewCaribbean' | 'viewJamaica' | 'viewWindward' | 'viewFlorida';
  center: [number, number];
  zoom: number;
}[] = [
  { name: 'viewCaribbean', center: [-75, 18], zoom: 4.6 },
  { name: 'viewJamaica', center: [-77.3, 17.9], zoom: 7.2 },
  { name: 'viewWindward', center: [-73.8, 19.9], zoom: 7.4 },
  { name: 'viewFlorida', center: [-80.2, 24.6], zoom: 6.8 },
];

// The product's name is a name, the same in every language.
const PRODUCT_NAME = 'Tidewatch';

/** Newest events shown in the wall's feed column (no scrolling on a wall). */
const FEED_ROWS = 8;
const ALERT_FLY_EVERY_MS = 60_000;
const ignore = (): void => undefined;

/** 1 at 1080p, 2 at 4K: the root font size is set from the viewport in wall.css. */
function uiScale(): number {
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) ? Math.max(1, px / 20) : 1;
}

function AlertBanner({
  alerts,
  onAck,
  now,
  skewMs,
}: {
  alerts: readonly WallAlert[];
  onAck: (id: string) => void;
  now: number;
  skewMs: number;
}) {
  const t = useT(translations);
  const span = useSpan();
  const [first, ...rest] = alerts;
  if (!first) return null;
  const e = first.event;
  return (
    <div className="wall-alerts" role="alert" aria-live="assertive">
      <button
        type="button"
        className="wall-alert"
        data-testid="wall-alert"
        data-severity={e.severity}
        onClick={() => onAck(e.id)}
        title={t('clickToAcknowledge')}
      >
        <span className="wall-alert__badge">
          <span className="wall-alert__icon" aria-hidden="true">
            !
          </span>
          {t('severity', { severity: e.severity })}
        </span>
        <span className="wall-alert__body">
          <span className="wall-alert__kicker">
            <KindChip kind={e.kind} /> {e.ownerAgency} · {e.place ?? t('positionOnMap')} ·{' '}
            {t('ago', { span: span(now - (Date.parse(e.occurredAt) - skewMs)) })}
          </span>
          <span className="wall-alert__title">{e.title}</span>
        </span>
        <span className="wall-alert__ack">
          {t('acknowledge')}
          <span className="wall-alert__hint">{t('acknowledgeHint')}</span>
        </span>
      </button>
      {rest.length > 0 && (
        <div className="wall-alerts__more">
          {rest.slice(0, 3).map((a) => (
            <button
              key={a.event.id}
              type="button"
              className="wall-alerts__chip"
              onClick={() => onAck(a.event.id)}
              title={t('clickToAcknowledge')}
            >
              {t('alertChip', { severity: a.event.severity, kind: kindLabel(a.event.kind), title: a.event.title })}
            </button>
          ))}
          {rest.length > 3 && (
            <span className="wall-alerts__chip wall-alerts__chip--count">
              {t('moreAlerts', { count: rest.length - 3 })}
            </span>
          )}
        </div>
      )}
    </div>
  );
}

function StaleBanner({ staleAfterSeconds }: { staleAfterSeconds: number }) {
  const t = useT(translations);
  const span = useSpan();
  const now = useNow();
  const lastEventAt = useLive((s) => s.lastEventAt);
  // Units and tasks move on the wall as on the dashboard (the same cached lists, kept by socket messages).
  useOperationsLive();
  // AIS area notices and weather at sea, drawn by their overlay and keyed in the legend.
  useSeaNotices();

  const connection = useLive((s) => s.connection);
  const { lastBatchAt } = useVesselSummary();
  const [mountedAt] = useState(() => Date.now());
  const lastDataAt = Math.max(lastEventAt ?? 0, lastBatchAt ?? 0) || null;
  const silentMs = now - (lastDataAt ?? mountedAt);
  if (silentMs < staleAfterSeconds * 1000) return null;
  return (
    <div className="wall-stale" data-testid="wall-stale-banner" role="status">
      <span className="wall-stale__title">{t('noNewDataFor', { span: span(silentMs) })}</span>
      <span className="wall-stale__detail">
        {t('staleDetail', {
          received:
            lastDataAt === null
              ? t('nothingReceived')
              : t('lastReceived', { at: formatUtc(new Date(lastDataAt).toISOString()) }),
          connection: t('connection', { state: connection }),
        })}
      </span>
    </div>
  );
}

interface Props {
  deviceToken: string | null;
}

/** The operations-centre wall: unattended, no scrolling, readable across the room, recovers by itself. */
export function WallApp({ deviceToken }: Props) {
  const t = useT(translations);
  usePageTitle(t('brandTag'));
  const params = useMemo(() => readWallParams(), []);

  // The class sets the root font size from the viewport; it must be on before the scale is read.
  const [scale] = useState(() => {
    document.documentElement.classList.add('wall-mode');
    return uiScale();
  });
  useLayoutEffect(() => {
    document.documentElement.classList.add('wall-mode');
    return () => document.documentElement.classList.remove('wall-mode');
  }, []);
  // A 4K wall shows the same area as a 1080p one, at twice the size: one zoom level per doubling.
  const zoomOffset = Math.log2(scale);

  useEffect(() => {
    const stop = startLive(liveStore, deviceToken);
    return stop;
  }, [deviceToken]);

  const connection = useLive((s) => s.connection);
  useEffect(() => {
    if (connection === 'unauthorized') void recheckSession();
  }, [connection]);

  const [flyTo, setFlyTo] = useState<FlyRequest | null>(null);
  const [view, setView] = useState(0);
  useEffect(() => {
    if (params.rotateSeconds <= 0) return;
    const timer = setInterval(() => setView((v) => (v + 1) % VIEWS.length), params.rotateSeconds * 1000);
    return () => clearInterval(timer);
  }, [params.rotateSeconds]);
  useEffect(() => {
    if (params.rotateSeconds <= 0) return;
    const v = VIEWS[view];
    if (v)
      setFlyTo({
        lon: v.center[0],
        lat: v.center[1],
        zoom: v.zoom + zoomOffset,
        centred: true,
        nonce: performance.now(),
      });
  }, [view, params.rotateSeconds, zoomOffset]);

  // A new alert brings the map to it (at most once a minute, so a burst of alerts does not make the wall
  // lurch about); rotation carries on at its next step.
  const lastAlertFly = useRef(-Infinity);
  const onNewAlert = useCallback(
    (alert: WallAlert) => {
      const p = alert.event.position;
      if (!p || performance.now() - lastAlertFly.current < ALERT_FLY_EVERY_MS) return;
      lastAlertFly.current = performance.now();
      setFlyTo({ lon: p.lon, lat: p.lat, zoom: 6.5 + zoomOffset, centred: true, nonce: performance.now() });
    },
    [zoomOffset],
  );
  const { alerts, acknowledge } = useWallAlerts(params.alertMinutes, onNewAlert);

  const events = useLive((s) => s.events);
  const arrivals = useLive((s) => s.arrivals);
  const skewMs = useLive((s) => s.skewMs);
  const agency = useLive((s) => s.agency);
  const now = useNow();
  const first = VIEWS[0] ?? { center: [-75, 18] as [number, number], zoom: 4.6 };
  const home = { center: first.center, zoom: first.zoom + zoomOffset };

  return (
    <div className="wall" data-testid="wall" data-alerts={alerts.length}>
      <header className="wall__header">
        <div className="brand">
          <BrandMark className="brand__mark" />
          <span className="brand__name">{PRODUCT_NAME}</span>
          <span className="brand__tag">{agency ? t('brandTagAgency', { agency }) : t('brandTag')}</span>
        </div>
        <ConnectionStatus />
        <Clocks />
      </header>
      <StaleBanner staleAfterSeconds={params.staleAfterSeconds} />
      <main className="wall__main">
        <div className="wall__map">
          <EventMap
            selectedId={null}
            flyTo={flyTo}
            onSelect={ignore}
            onSelectVessel={ignore}
            scale={scale}
            minSeverity={params.minSeverity}
            home={home}
            label={t('wallMap')}
          />
          <AlertBanner alerts={alerts} onAck={acknowledge} now={now} skewMs={skewMs} />
          {params.rotateSeconds > 0 && <div className="wall__view">{t(VIEWS[view]?.name ?? 'viewCaribbean')}</div>}
          <aside className="legend wall__legend" aria-label={t('mapLegend')}>
            <VesselLegend compact />
            <UnitLegend />
            <SeaNoticeLegend />
            <div className="legend__note">{t('legendNote', { minSeverity: params.minSeverity })}</div>
          </aside>
        </div>
        <aside className="wall__side">
          <KeyFigures />
          <WallUnits />
          <section className="wall-feed" aria-label={t('liveFeed')}>
            <h2 className="wall__section-title">
              {t('liveFeed')} <span className="wall__section-sub">{t('held', { count: events.length })}</span>
            </h2>
            <div className="wall-feed__rows">
              {events.slice(0, FEED_ROWS).map((e) => (
                <FeedItem
                  key={e.id}
                  event={e}
                  selected={false}
                  arrivedAt={arrivals.get(e.id)}
                  now={now}
                  skewMs={skewMs}
                  onSelect={ignore}
                />
              ))}
              {events.length === 0 && <p className="wall-feed__empty">{t('waitingForEvents')}</p>}
            </div>
          </section>
        </aside>
      </main>
    </div>
  );
}
