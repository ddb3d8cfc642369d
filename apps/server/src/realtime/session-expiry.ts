import { systemScheduler, type Scheduler } from '../time/scheduler.ts';
import type { TidewatchServer, TidewatchSocket } from './types.ts';

/**
 * AUTH-5: a socket never outlives its session. A cookie socket carries the time its session ends as known when
 * it connected (absolute expiry, or last activity + idle timeout, whichever is first); an open socket is not
 * activity. Past that time nothing more is sent to it and it is disconnected; if requests kept the session
 * alive meanwhile, the client reconnects and the handshake re-reads the session.
 */
export function sessionOver(socket: TidewatchSocket, nowMs: number): boolean {
  const { actor } = socket.data.principal;
  return actor.kind === 'user' && nowMs >= actor.sessionEndsAt;
}

/** Disconnects this node's sockets whose session is over; answers how many. */
export function endOverSessions(io: TidewatchServer, nowMs: number): number {
  const over = [...io.of('/').sockets.values()].filter((socket) => sessionOver(socket, nowMs));
  for (const socket of over) socket.disconnect(true);
  return over.length;
}

/** The sweep ends idle sockets that no delivery touches; deliveries check for themselves on the way out. */
export function startSessionSweep(
  io: TidewatchServer,
  nowMs: () => number,
  periodMs: number,
  scheduler: Scheduler = systemScheduler,
): () => void {
  const timer = scheduler.setInterval(() => endOverSessions(io, nowMs()), periodMs).unref();
  return () => scheduler.clear(timer);
}
