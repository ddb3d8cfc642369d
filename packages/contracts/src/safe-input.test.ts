import { describe, expect, it } from 'vitest';
import {
  findUnsafeValue,
  IsoDate,
  IsoDateTime,
  markUnsafeText,
  MAX_JSON_DEPTH,
  unsafeTextReason,
} from './safe-input.ts';

describe('safe input', () => {
  it('[VAL-1] NUL and lone surrogates are named; a surrogate pair (an emoji) is fine', () => {
    expect(unsafeTextReason('a\u0000b')).toMatch(/NUL/);
    expect(unsafeTextReason('\ud800')).toMatch(/lone/);
    expect(unsafeTextReason('x\udfff')).toMatch(/lone/);
    expect(unsafeTextReason('ship 🚢 ok')).toBeUndefined();
    expect(markUnsafeText('a\u0000b\ud800🚢')).toBe('a\u2400b\ufffd🚢');
  });

  it('[VAL-1] the first unsafe key or value is found with its path, and deep nesting is refused without recursion', () => {
    expect(findUnsafeValue({ a: [1, { title: 'x\u0000' }] })).toEqual({
      path: 'a.1.title',
      reason: expect.stringMatching(/NUL/),
    });
    expect(findUnsafeValue(JSON.parse('{"ok": {"bad\\u0000key": 1}}'))).toEqual({
      path: 'ok.bad\u0000key',
      reason: expect.stringMatching(/^the key/),
    });
    expect(findUnsafeValue({ fine: ['a', 1, null, true] })).toBeUndefined();
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown;
    expect(findUnsafeValue(deep)?.reason).toBe(`nested deeper than ${MAX_JSON_DEPTH} levels`);
  });

  it('[VAL-1] dates are refused outside years 0001-9999', () => {
    expect(IsoDateTime().safeParse('0000-01-01T00:00:00Z').success).toBe(false);
    expect(IsoDateTime().safeParse('10000-01-01T00:00:00Z').success).toBe(false);
    expect(IsoDateTime().safeParse('0001-01-01T00:00:00Z').success).toBe(true);
    expect(IsoDateTime().safeParse('9999-12-31T23:59:59.999+05:00').success).toBe(true);
    expect(IsoDate().safeParse('0000-12-31').success).toBe(false);
    expect(IsoDate().safeParse('2026-11-20').success).toBe(true);
  });
});
