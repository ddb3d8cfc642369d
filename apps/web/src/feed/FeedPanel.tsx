import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { IntelEvent } from '@tidewatch/contracts';
import { useLiveSnapshot } from '../live/useLive.ts';
import { DrillBanner } from '../drill/index.ts';
import { useDrill } from '../trends/index.ts';
import { useNow } from '../live/useNow.ts';
import { FeedItem } from './FeedItem.tsx';
import { useRemPx } from './useRemPx.ts';
import { focusEventDetail } from '../detail/index.ts';
import { prefersReducedMotion } from '../map-core/index.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import './feed.css';

/** Fixed row height (rem): fixed rows make keeping the reader's place on prepend exact. Matches feed.css. */
const ROW_REM = 6.6;

interface Props {
  selectedId: string | null;
  onSelect: (event: IntelEvent) => void;
  /** Actions on the feed's events (STIX export and import), under its header. */
  actions?: ReactNode;
}

/**
 * Newest first, virtualized so thousands of events scroll smoothly on a wall PC. While a trend drill-down is
 * shown, the feed lists exactly its seizures (in their latest live version when held) until it is dismissed.
 */
export function FeedPanel({ selectedId, onSelect, actions }: Props) {
  const t = useT(translations);
  const live = useLiveSnapshot();
  const drill = useDrill();
  const drilling = drill.target !== null;
  const { arrivals, skewMs } = live;
  const events = useMemo(
    () => (drilling ? drill.items.map((e) => live.byId.get(e.id) ?? e) : live.events),
    [drilling, drill.items, live.byId, live.events],
  );
  const eventsRef = useRef(events);
  useLayoutEffect(() => {
    eventsRef.current = events;
  }, [events]);
  const now = useNow();
  const remPx = useRemPx();
  const rowPx = Math.round(ROW_REM * remPx);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [unseen, setUnseen] = useState(0);

  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowPx,
    getItemKey: (index) => events[index]?.id ?? index,
    overscan: 6,
  });

  useEffect(() => {
    virtualizer.measure();
  }, [rowPx, virtualizer]);

  // New events are prepended. At the top, let them push in (the wall-display case); scrolled down, an
  // analyst is reading: keep their rows still and count what arrived above instead.
  // Switching between the live stream and a drill-down is a new list: back to its top, nothing counted as new.
  const previousFirst = useRef<string | null>(null);
  const previousList = useRef(drilling);
  useLayoutEffect(() => {
    const first = events[0]?.id ?? null;
    const before = previousFirst.current;
    previousFirst.current = first;
    const el = scrollRef.current;
    if (previousList.current !== drilling) {
      previousList.current = drilling;
      setUnseen(0);
      if (el) el.scrollTop = 0;
      return;
    }
    if (!el || before === null || before === first || el.scrollTop < rowPx / 2) return;
    const shift = events.findIndex((e) => e.id === before);
    if (shift > 0) {
      el.scrollTop += shift * rowPx;
      setUnseen((n) => n + shift);
    }
  }, [events, rowPx, drilling]);

  // A selection made on the map brings its row into view (a no-op when it is already visible).
  useEffect(() => {
    if (selectedId === null) return;
    const index = eventsRef.current.findIndex((e) => e.id === selectedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    // Only on selection change: following the row as new events push it down would fight the reader.
  }, [selectedId]);

  const onScroll = (): void => {
    if (unseen > 0 && (scrollRef.current?.scrollTop ?? 0) < rowPx / 2) setUnseen(0);
  };

  const jumpToTop = (): void => {
    scrollRef.current?.scrollTo({ top: 0, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    setUnseen(0);
  };

  // The row the keyboard moved to, focused once the virtual list has drawn it (A11Y-1).
  const focusPending = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = focusPending.current;
    if (id === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
    if (row) {
      focusPending.current = null;
      row.focus();
    }
  });

  // A11Y-1: arrows (and Home/End) walk the feed, selecting as they go so the detail and the map follow;
  // Enter opens the focused event and takes the focus into its detail.
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === 'Enter') {
        const id =
          e.target instanceof HTMLElement
            ? e.target.closest<HTMLElement>('[data-event-id]')?.dataset.eventId
            : undefined;
        const event = id === undefined ? undefined : events.find((ev) => ev.id === id);
        if (!event) return;
        e.preventDefault();
        onSelect(event);
        focusEventDetail();
        return;
      }
      const current = selectedId === null ? -1 : events.findIndex((ev) => ev.id === selectedId);
      const next = nextIndex(e.key, current, events.length);
      const event = next === null ? undefined : events[next];
      if (next === null || !event) return;
      e.preventDefault();
      onSelect(event);
      focusPending.current = event.id;
      virtualizer.scrollToIndex(next, { align: 'auto' });
    },
    [events, selectedId, onSelect, virtualizer],
  );
  // The rows (buttons, memoised) get one stable handler that calls the latest one, so a new event re-renders
  // only the rows whose own props changed.
  const latestKeyDown = useRef(onKeyDown);
  latestKeyDown.current = onKeyDown;
  const onRowKeyDown = useCallback((e: KeyboardEvent<HTMLElement>) => latestKeyDown.current(e), []);
  // One tab stop for the whole list (roving focus): the selected row, or the newest when none is.
  const tabStopId =
    selectedId !== null && events.some((e) => e.id === selectedId) ? selectedId : (events[0]?.id ?? null);

  return (
    <section className="feed" aria-label={t('liveFeed')}>
      <header className="feed__header">
        <h2 className="feed__title">{drilling ? t('drillDown') : t('liveFeed')}</h2>
        <span className="feed__count tabular">{t('count', { count: events.length })}</span>
      </header>
      {actions}
      <DrillBanner />
      {unseen > 0 && (
        <button type="button" className="feed__unseen" onClick={jumpToTop}>
          {t('unseen', { count: unseen })}
        </button>
      )}
      <div
        ref={scrollRef}
        className="feed__scroll"
        data-testid="feed"
        data-mode={drilling ? 'drill-down' : 'live'}
        onScroll={onScroll}
      >
        {events.length === 0 ? (
          <p className="feed__empty">
            {drilling ? (drill.loading ? t('loadingDrill') : t('noSeizures')) : t('waiting')}
          </p>
        ) : (
          <ul className="feed__rows" style={{ height: virtualizer.getTotalSize() }} aria-label={t('keyboardHint')}>
            {virtualizer.getVirtualItems().map((row) => {
              const event = events[row.index];
              if (!event) return null;
              return (
                <li
                  key={row.key}
                  className="feed__row"
                  style={{ height: rowPx, transform: `translateY(${row.start}px)` }}
                >
                  <FeedItem
                    event={event}
                    selected={event.id === selectedId}
                    arrivedAt={arrivals.get(event.id)}
                    now={now}
                    skewMs={skewMs}
                    onSelect={onSelect}
                    tabStop={event.id === tabStopId}
                    onKeyDown={onRowKeyDown}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}

/** Where a navigation key moves in a list of `length` rows from `current` (-1: none yet); null for other keys. */
function nextIndex(key: string, current: number, length: number): number | null {
  if (length === 0) return null;
  const clamp = (i: number): number => Math.min(length - 1, Math.max(0, i));
  if (key === 'ArrowDown') return clamp(current + 1);
  if (key === 'ArrowUp') return clamp(current - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return length - 1;
  return null;
}
