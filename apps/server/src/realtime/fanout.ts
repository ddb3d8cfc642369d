import {
  EVENT_SCHEMA_VERSION,
  type IntelEvent,
  type ServerToClientEvents,
  type ServerToClientMessage,
  type ServerToClientName,
} from '@tidewatch/contracts';
import { canRead, type Releasable } from '@tidewatch/domain';
import type { StreamReadAudit } from './stream-read-audit.ts';
import { endOverSessions, sessionOver } from './session-expiry.ts';
import type { TidewatchServer, TidewatchSocket } from './types.ts';

/** The releasable shape of anything stored with an owner and a releasability (events, watchlists, alerts...). */
export function releasableItem(item: {
  ownerAgency: string;
  releasability: { tlp: Releasable['tlp']; recipients: string[]; sharingGroups: string[] };
}): Releasable {
  return { ownerAgency: item.ownerAgency, ...item.releasability };
}

/** The releasable shape of a stored event, as the policy reads it. */
export const releasableOf = (event: IntelEvent): Releasable => releasableItem(event);

/**
 * Socket.IO's typed emit reads a message's arguments through Parameters<S2C[K]>, which TypeScript cannot
 * resolve for a generic K. By construction (contracts socket.ts) S2C[K] is (msg: ServerToClientMessage<K>) =>
 * void, so this assertion restates the definition; it is the only one on the outgoing path.
 */
function argumentsOf<K extends ServerToClientName>(msg: ServerToClientMessage<K>): Parameters<ServerToClientEvents[K]> {
  return [msg] as Parameters<ServerToClientEvents[K]>;
}

/**
 * Every server-to-client message leaves this node through here (PROTO-5), so the two rules that decide who
 * gets what are written once:
 *  - AUTH-5: a socket whose session is over gets nothing more, and is disconnected on the way;
 *  - REL-7 / REL-9: a socket gets an item only if its viewer may read it (and, for a note on something, what
 *    the note is on), by the domain's `canRead`.
 * Each node filters its own sockets; the notifiers carry changes to the other nodes, which call this there.
 */
export class RealtimeFanout {
  readonly #io: TidewatchServer;
  readonly #nowMs: () => number;

  constructor(io: TidewatchServer, nowMs: () => number) {
    this.#io = io;
    this.#nowMs = nowMs;
  }

  /**
   * A message for one socket that carries nothing releasable (hello, synced, vessel batches, feed
   * statistics). Answers false, and disconnects the socket, when its session is over.
   */
  toSocket<K extends ServerToClientName>(socket: TidewatchSocket, name: K, msg: ServerToClientMessage<K>): boolean {
    if (sessionOver(socket, this.#nowMs())) {
      socket.disconnect(true);
      return false;
    }
    socket.emit(name, ...argumentsOf(msg));
    return true;
  }

  /** A message for every socket of this node in `room` whose session is live (feed statistics). */
  toRoom<K extends ServerToClientName>(room: string, name: K, msg: ServerToClientMessage<K>): number {
    const members = this.#io.of('/').adapter.rooms.get(room);
    if (members === undefined || members.size === 0) return 0;
    const sockets = this.#io.of('/').sockets;
    const ids = this.#select(
      [...members].flatMap((id) => sockets.get(id) ?? []),
      [],
    );
    if (ids.length > 0) this.#io.local.to(ids).emit(name, ...argumentsOf(msg));
    return ids.length;
  }

  /**
   * A notification made of `items` (an annotation and what it is on; a watchlist; an alert) for every socket
   * of this node that may read all of them. Answers how many sockets it went to.
   */
  toReaders<K extends ServerToClientName>(
    items: readonly Releasable[],
    name: K,
    msg: ServerToClientMessage<K>,
  ): number {
    const ids = this.readers(items);
    if (ids.length > 0) this.#io.local.to(ids).emit(name, ...argumentsOf(msg));
    return ids.length;
  }

  /**
   * FED-14: sends to this node's sockets that may read `before` and may not read `after` (null: nobody may): the
   * readers an item was just taken from.
   */
  toFormerReaders<K extends ServerToClientName>(
    before: Releasable,
    after: Releasable | null,
    name: K,
    msg: ServerToClientMessage<K>,
  ): number {
    const still = new Set(after ? this.readers([after]) : []);
    const ids = this.readers([before]).filter((id) => !still.has(id));
    if (ids.length > 0) this.#io.local.to(ids).emit(name, ...argumentsOf(msg));
    return ids.length;
  }

  /** Ids of this node's sockets with a live session whose viewer may read every item. */
  readers(items: readonly Releasable[]): string[] {
    return this.#select(this.#io.of('/').sockets.values(), items);
  }

  /**
   * Stored events replayed to one socket after `since`. The query already asked for only what this viewer may
   * read; the policy is applied here as well so that a query bug cannot become a leak. Answers how many went.
   */
  replay(socket: TidewatchSocket, events: readonly IntelEvent[], readAudit: StreamReadAudit): number {
    let sent = 0;
    for (const event of events) {
      if (!canRead(socket.data.principal.viewer, releasableOf(event))) continue;
      socket.emit('event', { v: EVENT_SCHEMA_VERSION, event, replay: true });
      readAudit.delivered(socket, event);
      sent++;
    }
    return sent;
  }

  /**
   * Live delivery of the events of one delivery window, in seq order, to every live socket of this node.
   * Sockets are grouped by the subset they may read (one group per viewer class in practice), and each group
   * gets one encode and, per socket, one write: the events as one `events` packet when there are several,
   * else the single `event`. `lastSeq` drops anything a socket already had from its replay.
   */
  liveEvents(events: readonly IntelEvent[], readAudit: StreamReadAudit): void {
    const nowMs = this.#nowMs();
    const releasables = events.map(releasableOf);
    const groups = new Map<string, { events: IntelEvent[]; sockets: string[] }>();
    let over = false;
    for (const socket of this.#io.of('/').sockets.values()) {
      if (!socket.data.live) continue;
      // AUTH-5: the sweep may not have come round yet; a socket past its session's end gets nothing more.
      if (sessionOver(socket, nowMs)) {
        over = true;
        continue;
      }
      const readable: IntelEvent[] = [];
      events.forEach((event, i) => {
        const releasable = releasables[i];
        if (event.seq <= socket.data.lastSeq || !releasable || !canRead(socket.data.principal.viewer, releasable))
          return;
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
        this.#io.local.to(sockets).emit('event', { v: EVENT_SCHEMA_VERSION, event: only, replay: false });
      else this.#io.local.to(sockets).emit('events', { v: EVENT_SCHEMA_VERSION, events: readable });
    }
    if (over) endOverSessions(this.#io, nowMs);
  }

  /**
   * Ids of the sockets with a live session whose viewer may read every item (with no items: every live
   * socket). Sockets whose session is over are disconnected on the way.
   */
  #select(sockets: Iterable<TidewatchSocket>, items: readonly Releasable[]): string[] {
    const nowMs = this.#nowMs();
    const ids: string[] = [];
    let over = false;
    for (const socket of sockets) {
      if (sessionOver(socket, nowMs)) over = true;
      else if (items.every((item) => canRead(socket.data.principal.viewer, item))) ids.push(socket.id);
    }
    if (over) endOverSessions(this.#io, nowMs);
    return ids;
  }
}
