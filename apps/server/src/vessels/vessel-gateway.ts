import { VESSEL_STREAM_VERSION } from '@tidewatch/contracts';
import type { FeedManager } from '../feeds/feed-manager.ts';
import type { RealtimeFanout } from '../realtime/fanout.ts';
import { canWriteNow, onWritable } from '../realtime/on-writable.ts';
import type { TidewatchServer, TidewatchSocket } from '../realtime/types.ts';
import { systemScheduler, type Scheduler } from '../time/scheduler.ts';
import type { VesselContext } from './vessel-context.ts';
import { seaNoticesNow } from './vessel-queries.ts';
import { ViewportSubscription } from './viewport-subscription.ts';

/** At most four batches a second per client (the ceiling); changes in between are coalesced. */
export const BATCH_INTERVAL_MS = 250;
export const FEED_STATS_INTERVAL_MS = 2_000;
/** Area notices and weather change at the pace of shore broadcasts (minutes): tell clients at most every 5 s. */
export const SEA_NOTICES_INTERVAL_MS = 5_000;
const FEEDS_ROOM = 'feeds';

interface Subscriber {
  socket: TidewatchSocket;
  sub: ViewportSubscription;
  unbind: () => void;
}

/**
 * Socket.IO side of the vessel picture: `vessels:subscribe` (re-sent on every viewport change) gets a
 * snapshot, then coalesced `vessels:batch` updates scoped to the viewport; `feeds:subscribe` /
 * `feeds:unsubscribe` start and stop feed statistics every 2 s. Payloads arrive parsed (realtime/incoming.ts:
 * a bad one gets an ack error there, never a disconnect) and everything leaves through the fan-out.
 *
 * Backpressure: a batch is only sent when the socket's transport has written the previous one. Until then
 * changes pile up as MMSIs in the subscription (bounded by the vessels in view) and go out as one batch from
 * the picture's state at that moment; the snapshot goes out in chunks the same way.
 */
export function attachVesselGateway(
  io: TidewatchServer,
  ctx: VesselContext,
  feeds: FeedManager,
  fanout: RealtimeFanout,
  scheduler: Scheduler = systemScheduler,
): () => void {
  const subscribers = new Map<string, Subscriber>();
  const now = () => ctx.clock.now().getTime();

  /** Sends this subscriber's next batch if its connection can take one now. */
  const pump = (s: Subscriber): void => {
    if (!canWriteNow(s.socket)) return;
    const batch = s.sub.next(ctx.picture, now());
    if (batch !== null) fanout.toSocket(s.socket, 'vessels:batch', batch);
  };

  const drop = (id: string): void => {
    subscribers.get(id)?.unbind();
    subscribers.delete(id);
  };

  /** Hands the picture's changes since the last call to every subscriber, for its next batch. */
  const distributeChanges = (): void => {
    const { changed, removed } = ctx.picture.drainChanges();
    for (const [id, s] of subscribers) {
      if (s.socket.connected) s.sub.defer(changed, removed);
      else drop(id);
    }
  };

  io.on('connection', (socket) => {
    socket.on('vessels:subscribe', (input, ack) => {
      const { bbox, zoom } = input;
      let s = subscribers.get(socket.id);
      if (s === undefined) {
        // Changes made before this subscription go to the others now: its snapshot already shows them,
        // and sending them again afterwards would repeat every vessel that changed.
        distributeChanges();
        const sub = new ViewportSubscription(bbox, zoom);
        const created: Subscriber = { socket, sub, unbind: () => undefined };
        created.unbind = onWritable(socket, () => pump(created));
        subscribers.set(socket.id, created);
        sub.restart(ctx.picture);
        s = created;
      } else {
        s.sub.reframe(ctx.picture, bbox, zoom);
      }
      pump(s);
      if (typeof ack === 'function') ack({ ok: true, vessels: s.sub.visibleCount });
    });
    socket.on('vessels:unsubscribe', (_input, ack) => {
      drop(socket.id);
      if (typeof ack === 'function') ack({ ok: true });
    });
    socket.on('feeds:subscribe', (_input, ack) => {
      void socket.join(FEEDS_ROOM);
      fanout.toSocket(socket, 'feeds:stats', { v: VESSEL_STREAM_VERSION, feeds: feeds.stats() });
      if (typeof ack === 'function') ack({ ok: true });
    });
    socket.on('feeds:unsubscribe', (_input, ack) => {
      void socket.leave(FEEDS_ROOM);
      if (typeof ack === 'function') ack({ ok: true });
    });
    socket.on('disconnect', () => drop(socket.id));
  });

  const batches = scheduler.setInterval(() => {
    distributeChanges();
    for (const s of subscribers.values()) pump(s);
  }, BATCH_INTERVAL_MS);

  const feedStats = scheduler.setInterval(() => {
    // Each node sends its own clients every node's feeds (others' as they last reported them).
    if (!io.of('/').adapter.rooms.get(FEEDS_ROOM)?.size) return;
    fanout.toRoom(FEEDS_ROOM, 'feeds:stats', { v: VESSEL_STREAM_VERSION, feeds: feeds.stats() });
  }, FEED_STATS_INTERVAL_MS);

  const seaNotices = scheduler.setInterval(() => {
    // AIS is broadcast in the clear: every live session may read it, as it reads the vessel picture.
    if (ctx.picture.takeNoticesChanged()) fanout.toReaders([], 'seaNotices:changed', seaNoticesNow(ctx));
  }, SEA_NOTICES_INTERVAL_MS);

  return () => {
    scheduler.clear(seaNotices);
    scheduler.clear(batches);
    scheduler.clear(feedStats);
    for (const id of [...subscribers.keys()]) drop(id);
  };
}
