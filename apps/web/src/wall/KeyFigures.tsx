import { useMemo } from 'react';
import { COMMODITIES, type Commodity, type IntelEvent, type SeizureDetails } from '@tidewatch/contracts';
import { useLive } from '../live/useLive.ts';
import { useNow } from '../live/useNow.ts';
import { useVesselSummary } from '../vessels/useVessel.ts';
import { formatQuantity, titleCase } from '../detail/describe.ts';
import { ALERT_SEVERITY } from './alertQueue.ts';

interface Figures {
  seizures: { commodity: string; count: number; amounts: string }[];
  seizureTotal: number;
  alerts: number;
  events: number;
}

/**
 * Today's (UTC) figures counted from the events this display holds; until the trends API lands it cannot
 * see further back than the store's capacity, which covers a day many times over.
 */
function countToday(events: readonly IntelEvent[], dayStart: number): Figures {
  const byCommodity = new Map<Commodity, { count: number; byUnit: Map<SeizureDetails['unit'], number> }>(
    COMMODITIES.map((c) => [c, { count: 0, byUnit: new Map() }]),
  );
  let alerts = 0;
  let total = 0;
  let seizureTotal = 0;
  for (const e of events) {
    const at = Date.parse(e.occurredAt);
    if (!(at >= dayStart)) continue;
    total++;
    if (e.severity >= ALERT_SEVERITY) alerts++;
    if (e.kind !== 'seizure' || !e.seizure) continue;
    seizureTotal++;
    const slot = byCommodity.get(e.seizure.commodity);
    if (!slot) continue;
    slot.count++;
    slot.byUnit.set(e.seizure.unit, (slot.byUnit.get(e.seizure.unit) ?? 0) + e.seizure.quantity);
  }
  const seizures = [...byCommodity].map(([commodity, { count, byUnit }]) => ({
    commodity,
    count,
    amounts: [...byUnit].map(([unit, quantity]) => formatQuantity({ commodity, unit, quantity })).join(' · '),
  }));
  return { seizures, seizureTotal, alerts, events: total };
}

export function KeyFigures() {
  const events = useLive((s) => s.events);
  const skewMs = useLive((s) => s.skewMs);
  const now = useNow();
  const serverNow = new Date(now + skewMs);
  const dayStart = Date.UTC(serverNow.getUTCFullYear(), serverNow.getUTCMonth(), serverNow.getUTCDate());
  const figures = useMemo(() => countToday(events, dayStart), [events, dayStart]);
  const vessels = useVesselSummary();
  return (
    <section className="wall-figures" aria-label="Key figures today">
      <h2 className="wall__section-title">
        Today <span className="wall__section-sub">UTC, from events held</span>
      </h2>
      <div className="wall-figures__tiles">
        <div className="wall-figures__tile">
          <span className="wall-figures__value tabular">{figures.seizureTotal}</span>
          <span className="wall-figures__label">seizures</span>
        </div>
        <div className="wall-figures__tile" data-tone={figures.alerts > 0 ? 'alert' : undefined}>
          <span className="wall-figures__value tabular">{figures.alerts}</span>
          <span className="wall-figures__label">severity 4–5</span>
        </div>
        <div className="wall-figures__tile">
          <span className="wall-figures__value tabular">{figures.events}</span>
          <span className="wall-figures__label">events</span>
        </div>
        <div className="wall-figures__tile">
          <span className="wall-figures__value tabular">{vessels.visible ? vessels.total.toLocaleString('en-US') : '—'}</span>
          <span className="wall-figures__label">vessels on map</span>
        </div>
      </div>
      <ul className="wall-figures__commodities">
        {figures.seizures.map((s) => (
          <li key={s.commodity} data-empty={s.count === 0}>
            <span className="wall-figures__commodity">{titleCase(s.commodity)}</span>
            <span className="wall-figures__amount">{s.count > 0 ? s.amounts : ''}</span>
            <span className="wall-figures__count tabular">{s.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
