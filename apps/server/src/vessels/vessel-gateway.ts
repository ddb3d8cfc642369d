import { FeedsSubscribe, VESSEL_STREAM_VERSION, VesselSubscribe, VesselUnsubscribe } from '@tidewatch/contracts';
import type { FeedManager } from '../feeds/feed-manager.ts';
import { toApiError } from '../services/error-response.ts';
import { validationError } from '../services/errors.ts';
import type { TidewatchServer } from '../realtime/types.ts';
import type { VesselContext } from './vessel-context.ts';
import { ViewportSubscription } from './viewport-subscription.ts';

/** At most four batches a second per client (the ceiling); changes in between are coalesced. */
const BATCH_INTERVAL_MS = 250;
const FEED_STATS_INTERVAL_MS = 2_000;
const FEEDS_ROOM = 'feeds';

/**
 * Socket.IO side of the vessel picture: `vessels:subscribe` (re-sent on every viewport change) gets a
 * snapshot, then coalesced `vessels:batch` updates scoped to the viewport; `feeds:subscribe` gets feed
 * statistics every 2 s. Every payload is parsed with zod; a bad one gets an ack error, never a disconnect.
 */
export function attachVesselGateway(io: TidewatchServer, ctx: VesselContext, feeds: FeedManager): () => void {
  const subscriptions = new Map<string, ViewportSubscription>();
  const now = () => ctx.clock.now().getTime();

  io.on('connection', (socket) => {
    socket.on('vessels:subscribe', (input, ack) => {
      const parsed = VesselSubscribe.safeParse(input);
      if (!parsed.success) {
        if (typeof ack === 'function') ack({ ok: false, ...toApiError(validationError(parsed.error, 'vessels:subscribe'), ctx.log) });
        return;
      }
      const { bbox, zoom } = parsed.data;
      const existing = subscriptions.get(socket.id);
      let sub: ViewportSubscription;
      if (existing === undefined) {
        sub = new ViewportSubscription(bbox, zoom);
        subscriptions.set(socket.id, sub);
        socket.emit('vessels:batch', sub.snapshot(ctx.picture, now()));
      } else {
        sub = existing;
        const batch = sub.reframe(ctx.picture, bbox, zoom, now());
        if (batch.rows.length > 0 || batch.removed.length > 0) socket.emit('vessels:batch', batch);
      }
      if (typeof ack === 'function') ack({ ok: true, vessels: sub.visibleCount });
    });
    socket.on('vessels:unsubscribe', (input) => {
      if (VesselUnsubscribe.safeParse(input).success) subscriptions.delete(socket.id);
    });
    socket.on('feeds:subscribe', (input, ack) => {
      const parsed = FeedsSubscribe.safeParse(input);
      if (!parsed.success) {
        if (typeof ack === 'function') ack({ ok: false, ...toApiError(validationError(parsed.error, 'feeds:subscribe'), ctx.log) });
        return;
      }
      void socket.join(FEEDS_ROOM);
      socket.emit('feeds:stats', { v: VESSEL_STREAM_VERSION, feeds: feeds.stats() });
      if (typeof ack === 'function') ack({ ok: true });
    });
    socket.on('disconnect', () => subscriptions.delete(socket.id));
  });

  const batches = setInterval(() => {
    const { changed, removed } = ctx.picture.drainChanges();
    if (subscriptions.size === 0 || (changed.length === 0 && removed.length === 0)) return;
    const at = now();
    for (const [id, sub] of subscriptions) {
      const socket = io.of('/').sockets.get(id);
      if (socket === undefined) {
        subscriptions.delete(id);
        continue;
      }
      const batch = sub.update(ctx.picture, changed, removed, at);
      if (batch !== null) socket.emit('vessels:batch', batch);
    }
  }, BATCH_INTERVAL_MS);

  const feedStats = setInterval(() => {
    // Local: each node reports its own feeds to its own clients.
    const room = io.of('/').adapter.rooms.get(FEEDS_ROOM);
    if (room === undefined || room.size === 0) return;
    io.local.to(FEEDS_ROOM).emit('feeds:stats', { v: VESSEL_STREAM_VERSION, feeds: feeds.stats() });
  }, FEED_STATS_INTERVAL_MS);

  return () => {
    clearInterval(batches);
    clearInterval(feedStats);
    subscriptions.clear();
  };
}
