import { describe, expect, it } from 'vitest';
import { EventId } from '@tidewatch/contracts';
import { uuidV7 } from './ids.ts';

describe('uuidV7', () => {
  it('encodes the time so ids sort by creation and pass the contract check', () => {
    const random = new Uint8Array(10).fill(0xff);
    const earlier = uuidV7(Date.UTC(2026, 0, 1), random);
    const later = uuidV7(Date.UTC(2026, 0, 1) + 1, new Uint8Array(10));
    expect(earlier < later).toBe(true);
    expect(EventId.safeParse(earlier).success).toBe(true);
    expect(earlier.slice(0, 13)).toBe(
      `${Date.UTC(2026, 0, 1).toString(16).padStart(12, '0').slice(0, 8)}-${Date.UTC(2026, 0, 1).toString(16).padStart(12, '0').slice(8)}`,
    );
  });
  it('refuses too little randomness', () => {
    expect(() => uuidV7(0, new Uint8Array(4))).toThrow(RangeError);
  });
});
