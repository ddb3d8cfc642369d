import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents, SocketHandshake } from '@tidewatch/contracts';
import type { LiveStore } from './store.ts';
import { parseAnnotationMessage, parseEventMessage, parseEventsMessage, parseEventUpdated, seqOf } from './parse.ts';
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
      const handshake: SocketHandshake =
        token === null ? { since: store.lastSeq() } : { since: store.lastSeq(), token };
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
    markDown();
    // The gateway's auth middleware refuses with "unauthenticated: ..." or "forbidden: ...".
    if (/^(unauthenticated|forbidden)\b/.test(error.message)) store.setConnection('unauthorized');
  });

  socket.on('hello', (msg) => {
    store.setClockSkew(Date.parse(msg.serverTime), Date.now());
    store.setAgency(typeof msg.agency === 'string' ? msg.agency : null);
  });
  socket.on('event', (raw: unknown) => {
    const msg = parseEventMessage(raw);
    if (!msg) {
      const event = typeof raw === 'object' && raw !== null && 'event' in raw ? raw.event : undefined;
      store.noteRejected([seqOf(event) ?? 0]);
      return;
    }
    store.ingest([msg.event], { flash: true, receivedAt: msg.replay ? undefined : Date.now() });
    // A live event proves the replay is over even if `synced` was missed.
    if (!msg.replay) store.setConnection('live');
  });
  socket.on('events', (raw: unknown) => {
    const msg = parseEventsMessage(raw);
    if (!msg) {
      store.noteRejected([0]);
      return;
    }
    if (msg.rejectedSeqs.length > 0) store.noteRejected(msg.rejectedSeqs);
    store.ingest(msg.items, { flash: true, receivedAt: Date.now() });
    store.setConnection('live');
  });
  socket.on('synced', () => store.setConnection('live'));
  socket.on('event:updated', (raw: unknown) => {
    const event = parseEventUpdated(raw);
    if (event) store.applyUpdate(event);
  });
  socket.on('annotation', (raw: unknown) => {
    const annotation = parseAnnotationMessage(raw);
    if (annotation) publishAnnotation(annotation);
  });

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
    setActiveSocket(null);
    clearTimers();
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
    socket.disconnect();
  };
}
