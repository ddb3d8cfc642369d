import { EVENT_SCHEMA_VERSION, findUnsafeValue, type IntelEvent } from '@tidewatch/contracts';
import { canRead } from '@tidewatch/domain';
import { viewerScope } from '../auth/actor.ts';
import type { ServiceContext } from '../services/context.ts';
import { ingestEvent } from '../services/events/ingest-events.ts';
import { invalidInput, toApiError } from '../services/error-response.ts';
import { DeliveryWindow } from './delivery-window.ts';
import type { OrderedEventStream } from './ordered-event-stream.ts';
import type { StreamReadAudit } from './stream-read-audit.ts';
import type { TidewatchServer, TidewatchSocket } from './types.ts';
import { endOverSessions, sessionOver } from './session-expiry.ts';

const REPLAY_BATCH = 500;

/** The releasable shape of a stored event, as the policy reads it. */
export function releasableOf(event: IntelEvent) {
  return { ownerAgency: event.ownerAgency, ...event.releasability };
}

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
  options: { node: string; readAudit: StreamReadAudit; deliveryWindowMs: number },
): () => void {
  const { node, readAudit } = options;
  io.on('connection', (socket) => {
    const { actor } = socket.data.principal;
    socket.emit('hello', {
      v: EVENT_SCHEMA_VERSION,
      node,
      serverTime: ctx.clock.now().toISOString(),
      agency: actor.agency,
    });
    socket.on('event:submit', async (input, ack) => {
      if (typeof ack !== 'function') return;
      // VAL-2: the same check as every HTTP JSON body, so the ack names the field.
      const unsafe = findUnsafeValue(input);
      if (unsafe) return ack({ ok: false, ...invalidInput(unsafe.path, unsafe.reason) });
      try {
        const { event, created } = await ingestEvent({ ctx: { ...ctx, ...socket.data.principal }, input });
        ack({ ok: true, id: event.id, seq: event.seq, created });
      } catch (err) {
        ack({ ok: false, ...toApiError(err, ctx.log) });
      }
    });
    socket.on('disconnect', () => readAudit.forget(socket.id));
    void replayThenGoLive(socket, stream, ctx, readAudit);
  });

  const window = new DeliveryWindow<IntelEvent>(options.deliveryWindowMs, (events) =>
    deliverLive(io, events, readAudit, ctx.clock.now().getTime()),
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
      for (const event of batch) {
        socket.emit('event', { v: EVENT_SCHEMA_VERSION, event, replay: true });
        readAudit.delivered(socket, event);
        replayed++;
      }
      // Rows this viewer may not read leave holes in seq, so a short batch also covers up to committedBefore.
      const last = batch.at(-1)?.seq ?? from;
      socket.data.lastSeq = batch.length < REPLAY_BATCH ? Math.max(last, committedBefore) : last;
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

/**
 * Live delivery of the events of one delivery window, in seq order. Sockets are grouped by the subset they may read
 * (one group per viewer class in practice), and each group gets one encode and, per socket, one write: the
 * events as one `events` packet when there are several, else the single `event`.
 */
function deliverLive(
  io: TidewatchServer,
  events: readonly IntelEvent[],
  readAudit: StreamReadAudit,
  nowMs: number,
): void {
  const releasables = events.map(releasableOf);
  const groups = new Map<string, { events: IntelEvent[]; sockets: string[] }>();
  let over = false;
  for (const socket of io.of('/').sockets.values()) {
    if (!socket.data.live) continue;
    // AUTH-5: the sweep may not have come round yet; a socket past its session's end gets nothing more.
    if (sessionOver(socket, nowMs)) {
      over = true;
      continue;
    }
    const readable: IntelEvent[] = [];
    events.forEach((event, i) => {
      const releasable = releasables[i];
      if (event.seq <= socket.data.lastSeq || !releasable || !canRead(socket.data.principal.viewer, releasable)) return;
      readable.push(event);
      readAudit.delivered(socket, event);
    });
    const last = events.at(-1);
    if (last && last.seq > socket.data.lastSeq) socket.data.lastSeq = last.seq;
    if (readable.length === 0) continue;
    const key = readable.map((e) => e.seq).join(',');
    const group = groups.get(key);
    if (group) group.sockets.push(socket.id);
    else groups.set(key, { events: readable, sockets: [socket.id] });
  }
  for (const { events: readable, sockets } of groups.values()) {
    const [only] = readable;
    if (readable.length === 1 && only)
      io.local.to(sockets).emit('event', { v: EVENT_SCHEMA_VERSION, event: only, replay: false });
    else io.local.to(sockets).emit('events', { v: EVENT_SCHEMA_VERSION, events: readable });
  }
  if (over) endOverSessions(io, nowMs);
}
