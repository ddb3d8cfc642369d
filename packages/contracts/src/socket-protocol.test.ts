import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IMPLICIT_PROTOCOL,
  negotiateProtocol,
  PROTOCOL_REFUSAL_PREFIX,
  PROTOCOL_VERSION,
  SUPPORTED_PROTOCOLS,
} from './socket-protocol.ts';
import { HelloMessage, SocketHandshake } from './socket.ts';

describe('protocol negotiation', () => {
  it('[PROTO-3] picks the newest version both sides speak', () => {
    expect(negotiateProtocol([1], [1, 2])).toEqual({ ok: true, version: 1 });
    expect(negotiateProtocol([2, 1], [1, 2])).toEqual({ ok: true, version: 2 });
    expect(negotiateProtocol([1, 3, 2], [2, 1])).toEqual({ ok: true, version: 2 });
    expect(negotiateProtocol([PROTOCOL_VERSION])).toEqual({ ok: true, version: PROTOCOL_VERSION });
  });

  it('[PROTO-3] refuses an offer with nothing in common, saying what each side speaks', () => {
    const refused = negotiateProtocol([2, 3], [1]);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.reason.startsWith(PROTOCOL_REFUSAL_PREFIX)).toBe(true);
    expect(refused.reason).toContain('speaks 1');
    expect(refused.reason).toContain('offered 2, 3');
  });

  it('[PROTO-4] a client that offers nothing is a version-1 client, served while the server speaks 1', () => {
    expect(IMPLICIT_PROTOCOL).toBe(1);
    expect(negotiateProtocol(undefined)).toEqual({ ok: true, version: 1 });
    expect(negotiateProtocol(undefined, [2]).ok).toBe(false);
  });

  it('[PROTO-3] whatever is offered, the answer is a version both speak, or a refusal exactly when none is shared', () => {
    const versions = fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 16 });
    fc.assert(
      fc.property(versions, versions, (offer, supported) => {
        const result = negotiateProtocol(offer, supported);
        const shared = offer.filter((v) => supported.includes(v));
        if (shared.length === 0) return !result.ok;
        return result.ok && result.version === Math.max(...shared);
      }),
    );
  });

  it('[PROTO-3] the handshake accepts only a short list of positive integers as an offer', () => {
    expect(SocketHandshake.safeParse({ protocols: [...SUPPORTED_PROTOCOLS] }).success).toBe(true);
    expect(SocketHandshake.safeParse({}).success).toBe(true);
    for (const bad of [[], [0], [-1], [1.5], ['1'], '1', 1, null, Array.from({ length: 17 }, (_, i) => i + 1)]) {
      const result = SocketHandshake.safeParse({ protocols: bad });
      expect(result.success, JSON.stringify(bad)).toBe(false);
      if (!result.success) expect(result.error.issues[0]?.path[0]).toBe('protocols');
    }
  });

  it('[PROTO-4] a hello from a server that predates the version field reads as version 1', () => {
    const old = { v: 1, node: 'n1', serverTime: '2026-12-07T12:00:00.000Z', agency: 'JCA' };
    expect(HelloMessage.parse(old).protocol).toBe(1);
    expect(HelloMessage.parse({ ...old, protocol: 2 }).protocol).toBe(2);
    expect(HelloMessage.safeParse({ ...old, protocol: 'two' }).success).toBe(false);
  });
});
