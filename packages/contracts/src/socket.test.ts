import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLIENT_TO_SERVER_PAYLOADS,
  messageSchema,
  SERVER_TO_CLIENT_MESSAGES,
  type ServerToClientName,
} from './socket.ts';

const NAMES = Object.keys(SERVER_TO_CLIENT_MESSAGES) as ServerToClientName[];

/** One valid message of each kind that needs no stored object, to check the version and shape rules on. */
const VALID: Partial<Record<ServerToClientName, unknown>> = {
  hello: { v: 1, protocol: 1, node: 'n1', serverTime: '2026-12-07T12:00:00.000Z', agency: 'JCA' },
  synced: { v: 1, seq: 12, replayed: 3 },
  events: { v: 1, events: [] },
  'event:withdrawn': { v: 1, id: 'e1' },
  'feeds:stats': { v: 1, feeds: [] },
  'vessels:batch': {
    v: 1,
    kind: 'snapshot',
    seq: 1,
    at: 1,
    rows: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    names: [[1, 'A']],
    removed: [],
  },
  'seaNotices:changed': { v: 1, at: '2026-12-07T12:00:00.000Z', areas: [], weather: [] },
};

describe('socket message schemas', () => {
  it('[PROTO-1] every server message has a schema, and every one requires its version', () => {
    expect(NAMES.sort()).toEqual(
      [
        'alert:updated',
        'annotation',
        'consignment:changed',
        'event',
        'event:updated',
        'event:withdrawn',
        'events',
        'feeds:stats',
        'hello',
        'seaNotices:changed',
        'synced',
        'task:changed',
        'unit:changed',
        'vessels:batch',
        'watchlist:changed',
        'watchlist:entry',
      ].sort(),
    );
    for (const [name, valid] of Object.entries(VALID)) {
      const schema = messageSchema(name as ServerToClientName);
      expect(schema.safeParse(valid).success, name).toBe(true);
      const wrongVersion = schema.safeParse({ ...(valid as object), v: 2 });
      expect(wrongVersion.success, name).toBe(false);
      if (!wrongVersion.success) expect(wrongVersion.error.issues.map((i) => i.path[0])).toContain('v');
    }
  });

  it('[PROTO-2] a field this version does not know is ignored, so adding an optional field needs no new version', () => {
    for (const [name, valid] of Object.entries(VALID)) {
      const parsed = messageSchema(name as ServerToClientName).safeParse({ ...(valid as object), addedLater: 'x' });
      expect(parsed.success, name).toBe(true);
      if (parsed.success) expect(parsed.data).not.toHaveProperty('addedLater');
    }
  });

  it('[PROTO-1] a vessel batch with anything but numbers in its rows is refused', () => {
    const batch = VALID['vessels:batch'] as object;
    const schema = messageSchema('vessels:batch');
    for (const rows of [[1, '2'], [null], 'rows', { 0: 1 }])
      expect(schema.safeParse({ ...batch, rows }).success).toBe(false);
  });

  it('[PROTO-7] no value from the wire makes a schema throw; only well-formed messages parse', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.anything({ withNullPrototype: true, maxDepth: 4 }), (name, raw) => {
        const result = messageSchema(name).safeParse(raw);
        // Nothing here builds a stored object, so only the kinds that need none can ever parse.
        return !result.success || name in VALID;
      }),
      { numRuns: 2_000 },
    );
  });

  it('[PROTO-6] every client-to-server payload schema refuses a value of the wrong type without throwing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(CLIENT_TO_SERVER_PAYLOADS)),
        fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.anything())),
        (schema, raw) => !schema.safeParse(raw).success,
      ),
    );
  });
});
