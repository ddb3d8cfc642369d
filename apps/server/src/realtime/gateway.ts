import { EVENT_SCHEMA_VERSION, SocketHandshake, type IntelEvent } from '@tidewatch/contracts';
import type { ServiceContext } from '../services/context.ts';
import { ingestEvent } from '../services/events/ingest-events.ts';
import { toApiError } from '../services/error-response.ts';
import type { OrderedEventStream } from './ordered-event-stream.ts';
import type { TidewatchServer, TidewatchSocket } from './types.ts';

const REPLAY_BATCH = 500;

/**
 * Socket.IO side of the event stream. A client that connects with `auth.since` gets every stored event
 * after it, then the live stream; the switch to live happens in the same tick as the final check, so no
 * event can fall between replay and live, and `lastSeq` drops anything sent twice around that seam.
 */
export function attachEventGateway(io: TidewatchServer, stream: OrderedEventStream, ctx: ServiceContext, node: string): () => void {
  io.use((socket, next) => {
    const handshake = SocketHandshake.safeParse(socket.handshake.auth ?? {});
    if (!handshake.success) {
      next(new Error(`invalid handshake: ${handshake.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`));
      return;
    }
    socket.data.lastSeq = handshake.data.since ?? stream.high;
    socket.data.live = false;
    next();
  });

  io.on('connection', (socket) => {
    socket.emit('hello', { v: EVENT_SCHEMA_VERSION, node, serverTime: ctx.clock.now().toISOString() });
    socket.on('event:submit', async (input, ack) => {
      if (typeof ack !== 'function') return;
      try {
        const { event, created } = await ingestEvent({ ctx, input });
        ack({ ok: true, id: event.id, seq: event.seq, created });
      } catch (err) {
        ack({ ok: false, ...toApiError(err, ctx.log) });
      }
    });
    void replayThenGoLive(socket, stream, ctx);
  });

  const unsubscribe = stream.subscribe((event) => deliverLive(io, event));
  return unsubscribe;
}

async function replayThenGoLive(socket: TidewatchSocket, stream: OrderedEventStream, ctx: ServiceContext): Promise<void> {
  let replayed = 0;
  try {
    for (;;) {
      const batch = await ctx.events.listAfter(socket.data.lastSeq, REPLAY_BATCH);
      if (socket.disconnected) return;
      for (const event of batch) {
        socket.emit('event', { v: EVENT_SCHEMA_VERSION, event, replay: true });
        socket.data.lastSeq = event.seq;
        replayed++;
      }
      // No await between this check and going live: the stream cannot deliver in between.
      if (batch.length < REPLAY_BATCH && socket.data.lastSeq >= stream.high) break;
    }
    socket.data.live = true;
    socket.emit('synced', { v: EVENT_SCHEMA_VERSION, seq: socket.data.lastSeq, replayed });
  } catch (err) {
    ctx.log.error({ err, socket: socket.id }, 'replay failed; disconnecting so the client retries');
    socket.disconnect(true);
  }
}

/** One encode per event for every eligible socket on this node (a local broadcast to their rooms). */
function deliverLive(io: TidewatchServer, event: IntelEvent): void {
  const targets: string[] = [];
  for (const socket of io.of('/').sockets.values()) {
    if (socket.data.live && socket.data.lastSeq < event.seq) {
      socket.data.lastSeq = event.seq;
      targets.push(socket.id);
    }
  }
  if (targets.length > 0) io.local.to(targets).emit('event', { v: EVENT_SCHEMA_VERSION, event, replay: false });
}
