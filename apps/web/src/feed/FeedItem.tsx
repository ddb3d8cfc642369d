import { type KeyboardEvent, memo } from 'react';
import type { IntelEvent } from '@tidewatch/contracts';
import { KindChip } from '../theme/KindChip.tsx';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { SeverityMeter } from '../theme/SeverityMeter.tsx';
import { OriginBadge } from '../theme/OriginBadge.tsx';
import { formatAge, formatPositionShort, formatUtc } from '../theme/format.ts';
import { type Translator, useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

/** Length of the arrival flash; must match the `feed-flash` animation in feed.css. */
export const FLASH_MS = 6_000;

interface Props {
  event: IntelEvent;
  selected: boolean;
  /** Client-clock ms when it arrived live, if it did. */
  arrivedAt: number | undefined;
  now: number;
  skewMs: number;
  onSelect: (event: IntelEvent) => void;
  /** The one row of the list reached with Tab (roving focus); the others by the arrow keys. Default: reachable. */
  tabStop?: boolean;
  /** The list's keys (A11Y-1: arrows, Home, End, Enter), handled on the focused row itself. */
  onKeyDown?: (e: KeyboardEvent<HTMLElement>) => void;
}

function placeText(event: IntelEvent, t: Translator<keyof typeof translations.messages.en>): string {
  if (event.place) return event.place;
  if (event.position) return formatPositionShort(event.position.lat, event.position.lon);
  return t('noPosition');
}

export const FeedItem = memo(function FeedItem({
  event,
  selected,
  arrivedAt,
  now,
  skewMs,
  onSelect,
  tabStop = true,
  onKeyDown,
}: Props) {
  const t = useT(translations);
  const flashAge = arrivedAt === undefined ? Infinity : now - arrivedAt;
  const flashing = flashAge < FLASH_MS;
  const occurred = Date.parse(event.occurredAt) - skewMs;
  return (
    <button
      type="button"
      className={`feed-item${selected ? ' feed-item--selected' : ''}${flashing ? ' feed-item--new' : ''}`}
      // A negative delay resumes the flash where it was, so a row recycled by the virtual list while
      // scrolling does not flash again from the start.
      style={flashing ? { animationDelay: `-${Math.max(0, flashAge)}ms` } : undefined}
      onClick={() => onSelect(event)}
      onKeyDown={onKeyDown}
      aria-pressed={selected}
      tabIndex={tabStop ? 0 : -1}
      data-testid="feed-item"
      data-event-id={event.id}
      data-seq={event.seq}
    >
      <span className="feed-item__head">
        <KindChip kind={event.kind} />
        <TlpBadge tlp={event.releasability.tlp} />
        <SeverityMeter severity={event.severity} />
        <OriginBadge origin={event.origin} />
      </span>
      <span className="feed-item__title">{event.title}</span>
      <span className="feed-item__meta">
        <span className="feed-item__agency">{event.ownerAgency}</span>
        <span className="feed-item__place">{placeText(event, t)}</span>
        <time
          className="feed-item__time tabular"
          dateTime={event.occurredAt}
          title={t('occurred', { at: formatUtc(event.occurredAt) })}
        >
          {Number.isFinite(occurred) ? formatAge(now - occurred) : '—'}
        </time>
      </span>
    </button>
  );
});
