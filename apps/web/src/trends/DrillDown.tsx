import { useEffect, useState } from 'react';
import type { IntelEvent } from '@tidewatch/contracts';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { SeverityMeter } from '../theme/SeverityMeter.tsx';
import { formatPositionShort, formatUtc } from '../theme/format.ts';
import { fetchDrillDown, type DrillTarget, type TrendFilters } from './api.ts';
import { COMMODITY_STYLE, formatUsd } from './commodities.ts';

interface Props {
  filters: TrendFilters;
  target: DrillTarget;
  onClose: () => void;
  /** Opens the event in the live picture (detail panel, map flies to it). */
  onOpen: (event: IntelEvent) => void;
}

interface Held {
  items: IntelEvent[];
  nextCursor: string | null;
}

function quantity(event: IntelEvent): string {
  const s = event.seizure;
  if (!s) return '';
  const q = `${s.quantity.toLocaleString('en-US')} ${s.unit}`;
  return s.estimatedValueUsd === undefined ? q : `${q} · ${formatUsd(s.estimatedValueUsd)}`;
}

/** The seizures behind one bar or row, newest first, a page of 100 at a time. */
export function DrillDown({ filters, target, onClose, onOpen }: Props) {
  const [held, setHeld] = useState<Held | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    const abort = new AbortController();
    setHeld(null);
    setError(null);
    fetchDrillDown(filters, target, null, abort.signal)
      .then((res) => {
        if (abort.signal.aborted) return;
        if (res.ok) setHeld(res.data);
        else setError(res.message);
      })
      .catch(() => undefined);
    return () => abort.abort();
  }, [filters, target]);

  const more = (): void => {
    if (!held?.nextCursor) return;
    setLoadingMore(true);
    void fetchDrillDown(filters, target, held.nextCursor).then((res) => {
      setLoadingMore(false);
      if (res.ok) setHeld((h) => ({ items: [...(h?.items ?? []), ...res.data.items], nextCursor: res.data.nextCursor }));
      else setError(res.message);
    });
  };

  return (
    <section className="trends-drill" data-testid="trends-drilldown" aria-label="Seizures behind the selection">
      <header className="trends-drill__head">
        <div>
          <h3 className="trends-drill__title">{target.label}</h3>
          <p className="trends-muted">
            {held === null ? 'Loading…' : `${held.items.length}${held.nextCursor ? '+' : ''} seizure${held.items.length === 1 ? '' : 's'}`}
          </p>
        </div>
        <button type="button" className="btn" onClick={onClose} aria-label="Close the drill-down">
          ✕
        </button>
      </header>
      {error !== null && <p className="trends-error">{error}</p>}
      <ul className="trends-drill__list">
        {held?.items.map((event) => (
          <li key={event.id}>
            <button type="button" className="trends-drill__item" onClick={() => onOpen(event)} data-testid="trends-drill-item" title="Open in the live picture">
              <span className="trends-drill__line">
                {event.seizure && (
                  <span className="trends-drill__commodity" style={{ color: COMMODITY_STYLE[event.seizure.commodity].color }}>
                    {COMMODITY_STYLE[event.seizure.commodity].label}
                  </span>
                )}
                <TlpBadge tlp={event.releasability.tlp} />
                <SeverityMeter severity={event.severity} />
              </span>
              <span className="trends-drill__name">{event.title}</span>
              <span className="trends-drill__meta">
                {event.place ?? (event.position ? formatPositionShort(event.position.lat, event.position.lon) : 'No position')} · {event.ownerAgency}
              </span>
              <span className="trends-drill__meta tabular">
                {formatUtc(event.occurredAt)}
                {event.seizure ? ` · ${quantity(event)}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {held?.nextCursor && (
        <button type="button" className="btn trends-drill__more" onClick={more} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Show more'}
        </button>
      )}
    </section>
  );
}
