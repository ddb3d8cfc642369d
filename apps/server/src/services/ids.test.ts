import { describe, expect, it } from 'vitest';
import { EventId } from '@tidewatch/contracts';
import { scopedEventId } from './ids.ts';

const UUID_ID = '019ab3c2-5f1e-7abc-8def-0123456789ab';
const ULID_ID = '01ARZ3NDEKTSV4RRFFQ69G5FAV';

describe('scopedEventId', () => {
  it('[REL-12] gives one agency the same id on every retry, and another agency another id', () => {
    expect(scopedEventId('JCA', UUID_ID)).toBe(scopedEventId('JCA', UUID_ID));
    expect(scopedEventId('JCA', UUID_ID)).not.toBe(scopedEventId('CBP', UUID_ID));
    expect(scopedEventId('JCA', UUID_ID)).not.toBe(UUID_ID);
    expect(scopedEventId('JCA', UUID_ID.toUpperCase())).toBe(scopedEventId('JCA', UUID_ID));
    expect(scopedEventId('JCA', ULID_ID.toLowerCase())).toBe(scopedEventId('JCA', ULID_ID));
  });

  it("keeps the client id's time, so stored ids still sort by creation, and is itself a valid event id", () => {
    for (const id of [UUID_ID, ULID_ID]) expect(EventId.safeParse(scopedEventId('JCA', id)).success).toBe(true);
    expect(scopedEventId('JCA', UUID_ID).slice(0, 13)).toBe(UUID_ID.slice(0, 13));
    // 01ARZ3NDEK is 1469922850259 ms (the ULID specification's example).
    expect(scopedEventId('JCA', ULID_ID).replaceAll('-', '').slice(0, 12)).toBe(
      (1469922850259).toString(16).padStart(12, '0'),
    );
  });
});
