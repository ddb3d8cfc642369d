import { z } from 'zod';

/**
 * The realtime protocol version this build writes. It names the whole set of socket messages and their
 * schemas (socket.ts); each message's `v` is the version of its own payload shape inside it.
 */
export const PROTOCOL_VERSION = 1 as const;

/** Every protocol version this build can speak, newest first. A server keeps an old one while clients move. */
export const SUPPORTED_PROTOCOLS: readonly number[] = [PROTOCOL_VERSION];

/** The versions a client offers in its handshake: a short list of positive integers. */
export const ProtocolOffer = z.array(z.number().int().positive()).min(1).max(16);
export type ProtocolOffer = z.infer<typeof ProtocolOffer>;

/**
 * The version a client that offers nothing is taken to speak. Clients built before the hello existed speak
 * version 1 and send no offer; they keep working for as long as the server supports version 1 (PROTO-4).
 */
export const IMPLICIT_PROTOCOL = 1;

/** The refusal's message starts with this, so a client can tell "update required" from any other refusal. */
export const PROTOCOL_REFUSAL_PREFIX = 'unsupported protocol';

export type Negotiation = { ok: true; version: number } | { ok: false; reason: string };

/**
 * Picks the newest version both sides speak (PROTO-3). Pure, so the server and the tests share it: the server
 * refuses the connection with `reason` when nothing is shared.
 */
export function negotiateProtocol(offer: readonly number[] | undefined, supported = SUPPORTED_PROTOCOLS): Negotiation {
  const offered = offer ?? [IMPLICIT_PROTOCOL];
  let best: number | undefined;
  for (const version of offered)
    if (supported.includes(version) && (best === undefined || version > best)) best = version;
  if (best !== undefined) return { ok: true, version: best };
  return {
    ok: false,
    reason: `${PROTOCOL_REFUSAL_PREFIX}: this server speaks ${supported.join(', ')}, the client offered ${offered.join(', ')}; reload to update`,
  };
}
