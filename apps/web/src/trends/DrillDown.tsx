import type { IntelEvent } from '@tidewatch/contracts';
import { navigate } from '../routing/useRoute.ts';
import { drillStore } from './drillStore.ts';
import { useDrill } from './useDrill.ts';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { SeverityMeter } from '../theme/SeverityMeter.tsx';
import { formatPositionShort, formatUtc } from '../theme/format.ts';
import { COMMODITY_STYLE, formatUsd } from './commodities.ts';
import { describeCount } from './drillTargets.ts';

interface Props {
  /** Opens the event in the live picture (detail panel, map flies to it). */
  onOpen: (event: IntelEvent) => void;
}

function quantity(event: IntelEvent): string {
  const s = event.seizure;
  if (!s) return '';
  const q = `${s.quantity.toLocaleString('en-US')} ${s.unit}`;
  return s.estimatedValueUsd === undefined ? q : `${q} · ${formatUsd(s.estimatedValueUsd)}`;
}

/** The seizures behind one bar or row (the drill-down set the feed and the map also show), newest first. */
export function DrillDown({ onOpen }: Props) {
  const { target, items, nextCursor, loading, error } = useDrill();
  if (target === null) return null;
  const loaded = !loading || items.length > 0;

  return (
    <section className="trends-drill" data-testid="trends-drilldown" aria-label="Seizures behind the selection">
      <header className="trends-drill__head">
        <div>
          <h3 className="trends-drill__title">{target.label}</h3>
          <p className="trends-muted tabular">
            {loaded ? describeCount(items.length, target.total, nextCursor !== null) : 'Loading…'}
          </p>
        </div>
        <button type="button" className="btn" onClick={() => drillStore.clear()} aria-label="Close the drill-down">
          ✕
        </button>
      </header>
      {loaded && items.length > 0 && (
        <button
          type="button"
          className="btn btn--primary trends-drill__show"
          onClick={() => navigate('#/')}
          data-testid="trends-drill-show"
        >
          Show in the feed and on the map →
        </button>
      )}
      {error !== null && <p className="trends-error">{error}</p>}
      <ul className="trends-drill__list">
        {items.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className="trends-drill__item"
              onClick={() => onOpen(event)}
              data-testid="trends-drill-item"
              title="Open in the live picture"
            >
              <span className="trends-drill__line">
                {event.seizure && (
                  <span
                    className="trends-drill__commodity"
                    style={{ color: COMMODITY_STYLE[event.seizure.commodity].color }}
                  >
                    {COMMODITY_STYLE[event.seizure.commodity].label}
                  </span>
                )}
                <TlpBadge tlp={event.releasability.tlp} />
                <SeverityMeter severity={event.severity} />
              </span>
              <span className="trends-drill__name">{event.title}</span>
              <span className="trends-drill__meta">
                {event.place ??
                  (event.position ? formatPositionShort(event.position.lat, event.position.lon) : 'No position')}{' '}
                · {event.ownerAgency}
              </span>
              <span className="trends-drill__meta tabular">
                {formatUtc(event.occurredAt)}
                {event.seizure ? ` · ${quantity(event)}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {nextCursor !== null && (
        <button type="button" className="btn trends-drill__more" onClick={() => drillStore.more()} disabled={loading}>
          {loading ? 'Loading…' : 'Show more'}
        </button>
      )}
    </section>
  );
}
