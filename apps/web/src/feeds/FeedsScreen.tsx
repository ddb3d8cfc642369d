import { useEffect, useState } from 'react';
import { type FeedStats, VESSEL_STREAM_VERSION } from '@tidewatch/contracts';
import { watchActiveSocket } from '../live/activeSocket.ts';
import { listen } from '../live/messages.ts';
import { useLive } from '../live/useLive.ts';
import { useNow } from '../live/useNow.ts';
import { navigate } from '../routing/useRoute.ts';
import { fetchFeeds } from '../vessels/index.ts';
import { formatAge } from '../theme/format.ts';
import './feeds.css';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

/** Samples of lines/s kept per feed for the sparkline: two minutes at the server's 2 s cadence. */
const HISTORY = 60;

interface Held {
  feeds: FeedStats[];
  /** Client-clock ms of the last statistics received. */
  at: number;
  history: ReadonlyMap<string, readonly number[]>;
}

/** Feed names are unique per node only: two nodes may each run a feed called `http`. */
const feedKey = (f: FeedStats): string => `${f.node}/${f.name}`;

function withHistory(previous: Held | null, feeds: FeedStats[]): Held {
  const history = new Map<string, readonly number[]>();
  for (const f of feeds) {
    const past = previous?.history.get(feedKey(f)) ?? [];
    history.set(feedKey(f), [...past.slice(-(HISTORY - 1)), f.linesPerSecond]);
  }
  return { feeds, at: Date.now(), history };
}

/** Live statistics of every node's AIS feeds (`feeds:stats` every 2 s), so a bad receiver is noticed. */
function useFeedStats(): { held: Held | null; error: string | null } {
  const [held, setHeld] = useState<Held | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    fetchFeeds(abort.signal)
      .then((res) => {
        if (res.ok) setHeld((h) => h ?? withHistory(null, res.data));
        else setError(res.message);
      })
      .catch(() => undefined);
    return () => abort.abort();
  }, []);

  useEffect(() => {
    let detach: (() => void) | null = null;
    const unwatch = watchActiveSocket((socket) => {
      detach?.();
      detach = null;
      if (!socket) return;
      const subscribe = (): void => {
        socket.emit('feeds:subscribe', { v: VESSEL_STREAM_VERSION });
      };
      const stopStats = listen(socket, 'feeds:stats', (msg) => {
        setError(null);
        setHeld((h) => withHistory(h, msg.feeds));
      });
      socket.on('connect', subscribe);
      if (socket.connected) subscribe();
      detach = () => {
        stopStats();
        socket.off('connect', subscribe);
        // Leaving the screen (or switching socket): the server stops sending statistics nobody reads.
        if (socket.connected) socket.emit('feeds:unsubscribe', { v: VESSEL_STREAM_VERSION });
      };
    });
    return () => {
      unwatch();
      detach?.();
    };
  }, []);
  return { held, error };
}

function Sparkline({ values }: { values: readonly number[] }) {
  if (values.length < 2) return <svg className="feeds__spark" viewBox="0 0 100 24" aria-hidden="true" />;
  const max = Math.max(1, ...values);
  const step = 100 / (HISTORY - 1);
  const offset = (HISTORY - values.length) * step;
  const points = values
    .map((v, i) => `${(offset + i * step).toFixed(1)},${(22 - (v / max) * 20).toFixed(1)}`)
    .join(' ');
  return (
    <svg className="feeds__spark" viewBox="0 0 100 24" preserveAspectRatio="none" aria-hidden="true">
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}

const STATE_TONE: Record<FeedStats['state'], 'ok' | 'warn' | 'bad' | 'idle'> = {
  connected: 'ok',
  listening: 'ok',
  ready: 'ok',
  connecting: 'warn',
  backoff: 'warn',
  stopped: 'idle',
  failed: 'bad',
};

export function FeedsScreen() {
  const t = useT(translations);
  const intl = useIntl();
  const n = (v: number): string => intl.formatNumber(v);
  const { held, error } = useFeedStats();
  const now = useNow();
  const connection = useLive((s) => s.connection);
  const feeds = held?.feeds ?? [];
  const totalRate = feeds.reduce((sum, f) => sum + f.linesPerSecond, 0);
  const nodes = new Set(feeds.map((f) => f.node));
  return (
    <div className="feeds" data-testid="feeds-screen">
      <header className="feeds__header">
        <div>
          <h2 className="feeds__title">{t('title')}</h2>
          <p className="feeds__sub">
            {t('feedCount', { count: feeds.length })}
            {nodes.size > 1 && t('onNodes', { count: nodes.size })} · {t('totalRate', { rate: Math.round(totalRate) })}{' '}
            · {held ? t('updated', { age: formatAge(now - held.at) }) : t('waiting')}
            {connection !== 'live' && <span className="feeds__warn">{t('stream', { connection })}</span>}
          </p>
        </div>
        <button type="button" className="btn" onClick={() => navigate('#/')}>
          {t('backToLive')}
        </button>
      </header>
      {error && <p className="form-error">{t('loadFailed', { error })}</p>}
      {held && feeds.length === 0 && (
        <p className="feeds__empty">{t('noFeed', { setting: 'AIS_FEEDS', example: 'tcp-server:10110,http' })}</p>
      )}
      <div className="feeds__list">
        {feeds.map((f) => {
          const reasons = Object.entries(f.rejectedByReason).sort((a, b) => b[1] - a[1]);
          const decodedPct = f.lines > 0 ? (f.decoded / f.lines) * 100 : null;
          const age = f.lastMessageAgeSeconds;
          const ageTone = age === null ? 'idle' : age > 300 ? 'bad' : age > 60 ? 'warn' : 'ok';
          return (
            <article
              key={feedKey(f)}
              className="feeds__card"
              data-testid="feed-card"
              data-feed={f.name}
              data-node={f.node}
            >
              <div className="feeds__ident">
                <h3 className="feeds__name">{f.name}</h3>
                {nodes.size > 1 && <span className="feeds__node mono">{t('onNode', { node: f.node })}</span>}
                <span className="feeds__kind">{t('kind', { kind: f.kind.replace('-', '_') })}</span>
                <span className="feeds__endpoint mono" title={f.endpoint}>
                  {f.endpoint}
                </span>
              </div>
              <div className="feeds__state" data-tone={STATE_TONE[f.state]}>
                <span className="feeds__dot" aria-hidden="true" />
                {t('state', { state: f.state })}
                {f.connections > 0 && (
                  <span className="feeds__conns">{t('connections', { count: f.connections })}</span>
                )}
              </div>
              <div className="feeds__metric feeds__metric--rate">
                <span className="feeds__value tabular">{n(Math.round(f.linesPerSecond))}</span>
                <span className="feeds__label">{t('linesPerSecond')}</span>
                <Sparkline values={held?.history.get(feedKey(f)) ?? []} />
              </div>
              <div className="feeds__metric">
                <span className="feeds__value tabular">{n(f.decoded)}</span>
                <span className="feeds__label">
                  {decodedPct === null ? t('decoded') : t('decodedShare', { share: decodedPct, lines: f.lines })}
                </span>
              </div>
              <div className="feeds__metric">
                <span className="feeds__value tabular" data-tone={f.rejected > 0 ? 'warn' : 'ok'}>
                  {n(f.rejected)}
                </span>
                <span className="feeds__label">{t('rejected')}</span>
                {reasons.length > 0 && (
                  <ul className="feeds__reasons">
                    {reasons.map(([reason, count]) => (
                      <li key={reason}>
                        <span className="mono">{reason.replace(/_/g, ' ')}</span>{' '}
                        <span className="tabular">{n(count)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <div className="feeds__metric">
                <span className="feeds__value tabular" data-tone={ageTone}>
                  {age === null ? '—' : formatAge(age * 1000)}
                </span>
                <span className="feeds__label">{t('lastMessage')}</span>
                {f.reconnects > 0 && <span className="feeds__label">{t('reconnects', { count: f.reconnects })}</span>}
              </div>
              {f.lastError && <p className="feeds__error">{t('lastError', { error: f.lastError })}</p>}
            </article>
          );
        })}
      </div>
    </div>
  );
}
