import type { MiddlewareHandler } from 'hono';
import type { Logger } from './logger.ts';
import { toApiError } from './services/error-response.ts';
import { ServiceError } from './services/errors.ts';
import type { TidewatchServer } from './realtime/types.ts';

/**
 * OPS-L2. Once a node has been told to stop it takes no new work, on any path: what it accepted before
 * may finish (its ack follows its commit), anything newer is refused so the client retries on another
 * node instead of being acknowledged by a process about to exit.
 */
export const STOPPING = (): ServiceError =>
  new ServiceError('unavailable', 'this node is shutting down; retry (another node will answer)');

/** HTTP: 503 + Retry-After, and the keep-alive connection is closed so the client reconnects elsewhere. */
export function refuseHttpWhileStopping(
  isStopping: () => boolean,
  retryAfterSeconds: string,
  log: Logger,
): MiddlewareHandler {
  return async (c, next) => {
    if (!isStopping()) return next();
    c.header('Retry-After', retryAfterSeconds);
    c.header('Connection', 'close');
    return c.json(toApiError(STOPPING(), log), 503);
  };
}

/** Socket.IO: every incoming event with an ack gets the same refusal; events without one are dropped. */
export function refuseSocketWorkWhileStopping(io: TidewatchServer, isStopping: () => boolean, log: Logger): void {
  io.on('connection', (socket) => {
    socket.use((packet, next) => {
      if (!isStopping()) return next();
      const ack = packet[packet.length - 1];
      if (typeof ack === 'function') ack({ ok: false, ...toApiError(STOPPING(), log) });
    });
  });
}
