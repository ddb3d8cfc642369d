import { COMMODITIES, type Commodity, type IntelEvent, type SeizureDetails } from '@tidewatch/contracts';
import { formatQuantity } from '../theme/describe.ts';
import { ALERT_SEVERITY } from './alertQueue.ts';

export interface TodayFigures {
  seizures: { commodity: Commodity; count: number; amounts: string }[];
  seizureTotal: number;
  alerts: number;
  events: number;
  /**
   * True when the store has let events of today go (it is full and even its oldest event was received today):
   * every figure is then a floor, shown as "5,000+", never as if it were the whole day.
   */
  atLeast: boolean;
}

/**
 * Today's (UTC) figures counted from the events this display holds (newest first, at most `capacity`). An
 * event cannot occur after it was received, and seqs follow commit order, so when the oldest event held was
 * received before today, nothing evicted can have occurred today and the figures are whole.
 */
export function countToday(events: readonly IntelEvent[], dayStart: number, capacity: number): TodayFigures {
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
  const oldest = events[events.length - 1];
  const atLeast = events.length >= capacity && oldest !== undefined && !(Date.parse(oldest.receivedAt) < dayStart);
  return { seizures, seizureTotal, alerts, events: total, atLeast };
}

/** A figure as the wall shows it: thousands grouped the language's way, and "+" when it is only a floor. */
export function figure(n: number, atLeast: boolean, locale: string): string {
  return `${n.toLocaleString(locale)}${atLeast ? '+' : ''}`;
}
