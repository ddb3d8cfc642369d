import { io, type Socket } from 'socket.io-client';
import {
  PROTOCOL_REFUSAL_PREFIX,
  SUPPORTED_PROTOCOLS,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type SocketHandshake,
} from '@tidewatch/contracts';
import type { LiveStore } from './store.ts';
import { listen } from './messages.ts';
import { parseEachEvent, seqOf } from './parse.ts';
import { publishAnnotation } from './annotationBus.ts';
import { setActiveSocket } from './activeSocket.ts';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Short blips show "reconnecting"; past this the wall should say plainly that it is offline. */
const OFFLINE_AFTER_MS = 20_000;
/** Socket.IO stops retrying by itself when the server refuses us; we keep trying at this pace. */
const MANUAL_RETRY_MS = 5_000;

/**
 * Connects the live stream into the store and returns a function that closes it.
 * `auth` is a function so every reconnect sends the latest seq held at that moment, and the server
 * replays exactly what was missed.
 */
export function connectLiveSocket(
  store: LiveStore,
  token: string | null,
  onServerDisconnect: () => void = () => undefined,
): () => void {
  const socket: LiveSocket = io({
    path: '/socket.io',
    auth: (cb) => {
      // Browsers with a session send their cookie; a wall display sends its device token.
      // `protocols` is our half of the hello (PROTO-3): the server answers with the version it chose, or refuses.
      const base = { since: store.lastSeq(), protocols: [...SUPPORTED_PROTOCOLS] };
      const handshake: SocketHandshake = token === null ? base : { ...base, token };
      cb(handshake);
    },
  });

  let offlineTimer: ReturnType<typeof setTimeout> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  const clearTimers = (): void => {
    if (offlineTimer !== null) clearTimeout(offlineTimer);
    if (retryTimer !== null) clearTimeout(retryTimer);
    offlineTimer = retryTimer = null;
  };

  const markDown = (): void => {
    if (closed) return;
    if (!navigator.onLine) {
      store.setConnection('offline');
      return;
    }
    const current = store.getSnapshot().connection;
    if (current !== 'offline') store.setConnection(current === 'connecting' ? 'connecting' : 'reconnecting');
    offlineTimer ??= setTimeout(() => store.setConnection('offline'), OFFLINE_AFTER_MS);
    // socket.active is false when the server (or a middleware) refused us: Socket.IO will not retry alone.
    if (!socket.active)
      retryTimer ??= setTimeout(() => {
        retryTimer = null;
        if (!closed) socket.connect();
      }, MANUAL_RETRY_MS);
  };

  socket.on('connect', () => {
    clearTimers();
    store.setConnection('syncing');
  });
  socket.on('disconnect', (reason) => {
    // The server closes sockets whose rights changed (agreement, key or user revoked, REL-10). What this
    // display holds was filtered under the old rights, so start over rather than resume from the last seq.
    if (reason === 'io server disconnect' && !closed) {
      onServerDisconnect();
      return;
    }
    markDown();
  });
  socket.on('connect_error', (error) => {
    // A server that speaks none of our protocol versions: retrying cannot help, a newer page can (PROTO-4).
    if (error.message.startsWith(PROTOCOL_REFUSAL_PREFIX)) {
      outdated();
      return;
    }
    markDown();
    // The gateway's auth middleware refuses with "unauthenticated: ..." or "forbidden: ...".
    if (/^(unauthenticated|forbidden)\b/.test(error.message)) store.setConnection('unauthorized');
  });

  const outdated = (): void => {
    clearTimers();
    closed = true;
    socket.disconnect();
    store.setConnection('outdated');
  };

  const stopListening = [
    listen(socket, 'hello', (msg) => {
      // A server answering in a version we did not offer would be misread: stop rather than guess.
      if (!SUPPORTED_PROTOCOLS.includes(msg.protocol)) return outdated();
      store.setClockSkew(Date.parse(msg.serverTime), Date.now());
      store.setAgency(msg.agency);
    }),
    listen(
      socket,
      'event',
      (msg) => {
        store.ingest([msg.event], { flash: true, receivedAt: msg.replay ? undefined : Date.now() });
        // A live event proves the replay is over even if `synced` was missed.
        if (!msg.replay) store.setConnection('live');
      },
      // Still "seen": `since` moves past it, or every reconnect would replay the same reject.
      (raw) => store.noteRejected([seqOf(fieldOf(raw, 'event')) ?? 0]),
    ),
    listen(
      socket,
      'events',
      (msg) => {
        store.ingest(msg.events, { flash: true, receivedAt: Date.now() });
        store.setConnection('live');
      },
      // One bad event must not hide the others committed with it: keep those that parse on their own.
      (raw) => {
        const list = fieldOf(raw, 'events');
        const { items, rejectedSeqs } = parseEachEvent(Array.isArray(list) ? list : []);
        store.noteRejected(rejectedSeqs.length > 0 ? rejectedSeqs : [0]);
        if (items.length > 0) store.ingest(items, { flash: true, receivedAt: Date.now() });
        store.setConnection('live');
      },
    ),
    listen(socket, 'synced', () => store.setConnection('live')),
    listen(socket, 'event:updated', (msg) => store.applyUpdate(msg.event)),
    listen(socket, 'event:withdrawn', (msg) => store.applyWithdrawal(msg.id)),
    listen(socket, 'annotation', (msg) => publishAnnotation(msg.annotation)),
  ];

  const onOffline = (): void => store.setConnection('offline');
  const onOnline = (): void => {
    if (!socket.connected) {
      store.setConnection('reconnecting');
      if (!socket.active) socket.connect();
    }
  };
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);
  setActiveSocket(socket);

  return () => {
    closed = true;
    for (const stop of stopListening) stop();
    setActiveSocket(null);
    clearTimers();
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
    socket.disconnect();
  };
}

function fieldOf(raw: unknown, key: string): unknown {
  return typeof raw === 'object' && raw !== null && key in raw ? Reflect.get(raw, key) : undefined;
}
