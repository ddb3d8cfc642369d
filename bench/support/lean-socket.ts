import WebSocket from 'ws';

/**
 * A minimal Socket.IO v5 (Engine.IO v4) client over a raw WebSocket, for load generation only.
 *
 * 200 socket.io-client instances in one process parse 40,000 event packets a second at 200 events/s, and
 * that parsing competes with the server for this 2-core machine: the measured latency was the harness's
 * as much as the server's. A real dashboard parses its own packets on its own machine. This client speaks
 * just enough of the protocol (open, namespace connect with auth, ping/pong) and hands each text packet
 * to the caller unparsed. The benchmark still runs some real socket.io-client sockets beside these, as a
 * cross-check that the two agree.
 */
export interface LeanSocket {
  /** Resolves when the server has sent `synced` (replay done, live from here on). */
  readonly synced: Promise<void>;
  close(): void;
}

const EVENT_PREFIX = '42["event",';
const EVENTS_PREFIX = '42["events",';
const SYNCED_PREFIX = '42["synced"';

export function connectLean(
  baseUrl: string,
  auth: Record<string, unknown>,
  onEventPacket: (packet: string) => void,
): LeanSocket {
  const url = `${baseUrl.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
  const ws = new WebSocket(url);
  let resolveSynced: () => void = () => undefined;
  let rejectSynced: (err: Error) => void = () => undefined;
  const synced = new Promise<void>((resolve, reject) => {
    resolveSynced = resolve;
    rejectSynced = reject;
  });
  ws.on('message', (data, isBinary) => {
    if (isBinary) return;
    const packet = data.toString();
    if (packet.startsWith(EVENT_PREFIX) || packet.startsWith(EVENTS_PREFIX)) onEventPacket(packet);
    else if (packet === '2') ws.send('3');
    else if (packet.startsWith('0')) ws.send(`40${JSON.stringify(auth)}`);
    else if (packet.startsWith(SYNCED_PREFIX)) resolveSynced();
    else if (packet.startsWith('44')) rejectSynced(new Error(`connection refused: ${packet.slice(2)}`));
  });
  ws.on('error', (err) => rejectSynced(err));
  return { synced, close: () => ws.close() };
}

/** Where each event object of an `event` or `events` packet begins: the server writes `v` then `id` first. */
const EVENT_START = /\{"v":1,"id":"([^"]+)"/g;

/** The ids of the events in a live `event` or `events` packet, found without parsing the whole packet. */
export function liveEventIds(packet: string): string[] {
  if (packet.startsWith('42["event",') && !packet.endsWith('"replay":false}]')) return [];
  return Array.from(packet.matchAll(EVENT_START), (m) => m[1] ?? '').filter((id) => id !== '');
}
