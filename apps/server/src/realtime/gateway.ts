import { EVENT_SCHEMA_VERSION, type IntelEvent } from '@tidewatch/contracts';
import { viewerScope } from '../auth/actor.ts';
import type { ServiceContext } from '../services/context.ts';
import { ingestEvent } from '../services/events/ingest-events.ts';
import { toApiError } from '../services/error-response.ts';
import { DeliveryWindow } from './delivery-window.ts';
import type { RealtimeFanout } from './fanout.ts';
import type { OrderedEventStream } from './ordered-event-stream.ts';
import type { StreamReadAudit } from './stream-read-audit.ts';
import type { TidewatchServer, TidewatchSocket } from './types.ts';
import { sessionOver } from './session-expiry.ts';

const REPLAY_BATCH = 500;

/**
 * Socket.IO side of the event stream. A client that connects with `auth.since` gets every stored event
 * after it that it may read (REL-9, STR-2), then the live stream; the switch to live happens in the same
 * tick as the final check, so no event can fall between replay and live, and `lastSeq` drops anything
 * sent twice around that seam (also events still waiting in the delivery window: they are committed, so
 * the replay read them).
 */
export function attachEventGateway(
  io: TidewatchServer,
  stream: OrderedEventStream,
  ctx: ServiceContext,
  options: { node: string; readAudit: StreamReadAudit; deliveryWindowMs: number; fanout: RealtimeFanout },
): () => void {
  const { node, readAudit, fanout } = options;
  io.on('connection', (socket) => {
    const { actor } = socket.data.principal;
    // The server's half of the hello (PROTO-3): the version chosen when the socket was accepted.
    fanout.toSocket(socket, 'hello', {
      v: EVENT_SCHEMA_VERSION,
      protocol: socket.data.protocol,
      node,
      serverTime: ctx.clock.now().toISOString(),
      agency: actor.agency,
    });
    // The payload was parsed by parseIncoming (incoming.ts) before it got here.
    socket.on('event:submit', async (input, ack) => {
      if (typeof ack !== 'function') return;
      try {
        const { event, created } = await ingestEvent({ ctx: { ...ctx, ...socket.data.principal }, input });
        ack({ ok: true, id: event.id, seq: event.seq, created });
      } catch (err) {
        ack({ ok: false, ...toApiError(err, ctx.log) });
      }
    });
    socket.on('disconnect', () => readAudit.forget(socket.id));
    void replayThenGoLive(socket, stream, ctx, readAudit, fanout);
  });

  const window = new DeliveryWindow<IntelEvent>(options.deliveryWindowMs, (events) =>
    fanout.liveEvents(events, readAudit),
  );
  const unsubscribe = stream.subscribe((events) => window.push(events));
  return () => {
    unsubscribe();
    window.flush();
    window.close();
  };
}

async function replayThenGoLive(
  socket: TidewatchSocket,
  stream: OrderedEventStream,
  ctx: ServiceContext,
  readAudit: StreamReadAudit,
  fanout: RealtimeFanout,
): Promise<void> {
  let replayed = 0;
  const scope = viewerScope(socket.data.principal.viewer);
  try {
    for (;;) {
      const from = socket.data.lastSeq;
      // Every event up to this mark was committed before the query below starts, so a short batch proves
      // there is nothing more up to it that this viewer may read.
      const committedBefore = stream.high;
      const batch = await ctx.events.listAfter(from, REPLAY_BATCH, undefined, scope);
      if (socket.disconnected) return;
      if (sessionOver(socket, ctx.clock.now().getTime())) {
        socket.disconnect(true);
        return;
      }
      replayed += fanout.replay(socket, batch, readAudit);
      // Rows this viewer may not read leave holes in seq, so a short batch also covers up to committedBefore.
      const last = batch.at(-1)?.seq ?? from;
      socket.data.lastSeq = batch.length < REPLAY_BATCH ? Math.max(last, committedBefore) : last;
      // No await between this check and going live: the stream cannot deliver in between.
      if (batch.length < REPLAY_BATCH && socket.data.lastSeq >= stream.high) break;
    }
    socket.data.live = true;
    fanout.toSocket(socket, 'synced', { v: EVENT_SCHEMA_VERSION, seq: socket.data.lastSeq, replayed });
  } catch (err) {
    ctx.log.error({ err, socket: socket.id }, 'replay failed; disconnecting so the client retries');
    socket.disconnect(true);
  }
}
