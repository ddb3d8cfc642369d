import { hasPermission } from '../auth/actor.ts';
import type { Principal } from '../auth/actor.ts';
import type { Logger } from '../logger.ts';
import type { TidewatchServer, TidewatchSocket } from './types.ts';

function sameViewer(a: Principal, b: Principal): boolean {
  const [ga, gb] = [a.viewer.groups, b.viewer.groups];
  return a.viewer.agency === b.viewer.agency && ga.size === gb.size && [...ga].every((g) => gb.has(g));
}

/**
 * REL-10 while Redis is down (OPS-R4): a revocation on another node cannot reach this node's sockets, and
 * the database catch-up keeps feeding them. So each socket's credential is resolved again; a socket whose
 * credential is gone, may no longer read, or whose agency's agreements changed is disconnected, and
 * reconnects with what it may read now, or not at all. A database failure disconnects nobody: it is no
 * evidence of a revocation, and the next run tries again.
 */
export function revalidateSockets(
  io: TidewatchServer,
  resolve: (socket: TidewatchSocket) => Promise<Principal | undefined>,
  log: Logger,
) {
  return async (): Promise<void> => {
    for (const socket of io.of('/').sockets.values()) {
      let now: Principal | undefined;
      try {
        now = await resolve(socket);
      } catch (err) {
        log.warn({ err }, 'could not check a socket credential while redis is down; will retry');
        return;
      }
      if (now && hasPermission(now.actor, 'events:read') && sameViewer(now, socket.data.principal)) continue;
      log.info(
        { socket: socket.id, actor: socket.data.principal.actor.id },
        'credential revoked or changed while redis is down: disconnecting its socket',
      );
      socket.disconnect(true);
    }
  };
}
