import { IntelEvent } from '@tidewatch/contracts';

let warned = 0;

/**
 * Validates one event from the wire against the shared contract. A malformed event is dropped and logged
 * (a few times, not forever) rather than crashing a wall display that has to run unattended.
 */
export function parseEvent(raw: unknown): IntelEvent | null {
  const result = IntelEvent.safeParse(raw);
  if (result.success) return result.data;
  if (warned < 5) {
    warned++;
    console.warn('[tidewatch] dropped an event that does not match the contract', result.error.issues);
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The seq of something that failed validation, if it has a plausible one: the client has still "seen" it,
 * so `since` must move past it or every reconnect would replay the same rejects.
 */
export function seqOf(raw: unknown): number | null {
  const seq = isRecord(raw) ? raw.seq : undefined;
  return typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0 ? seq : null;
}

/** Events checked one by one, so one bad event does not hide the others. */
export function parseEachEvent(list: readonly unknown[]): { items: IntelEvent[]; rejectedSeqs: number[] } {
  const items: IntelEvent[] = [];
  const rejectedSeqs: number[] = [];
  for (const item of list) {
    const event = parseEvent(item);
    if (event) items.push(event);
    else rejectedSeqs.push(seqOf(item) ?? 0);
  }
  return { items, rejectedSeqs };
}

/** REST page: items are checked one by one so one bad row does not hide the other 499. */
export function parseEventPageItems(raw: unknown): { items: IntelEvent[]; rejectedSeqs: number[] } | null {
  if (!isRecord(raw) || !Array.isArray(raw.items)) return null;
  return parseEachEvent(raw.items);
}
