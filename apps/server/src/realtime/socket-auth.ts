import type { IncomingMessage } from 'node:http';
import { negotiateProtocol, SocketHandshake } from '@tidewatch/contracts';
import { hasPermission, type Principal } from '../auth/actor.ts';
import type { ServiceContext } from '../services/context.ts';
import { principalFromBearer, principalFromSessionForSocket } from '../services/auth/principal.ts';
import { SESSION_COOKIE } from '../http/request-context.ts';
import type { OrderedEventStream } from './ordered-event-stream.ts';
import type { TidewatchServer, TidewatchSocket } from './types.ts';

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/**
 * AUTH-7: a browser's WebSocket must come from an allowed origin. With no list configured, only the
 * server's own origin is allowed. Clients that send no Origin (feeds, scripts) authenticate by token.
 */
export function originAllowed(req: IncomingMessage, allowList: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (allowList.length > 0) return allowList.includes(origin);
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** Whom the socket's credential (token in `auth`, or the session cookie) stands for now. */
export function principalOf(ctx: ServiceContext, socket: TidewatchSocket): Promise<Principal | undefined> {
  const handshake = SocketHandshake.safeParse(socket.handshake.auth ?? {});
  const token = handshake.success ? handshake.data.token : undefined;
  const cookie = cookieValue(socket.handshake.headers.cookie, SESSION_COOKIE);
  return token
    ? principalFromBearer(ctx, token)
    : cookie
      ? principalFromSessionForSocket(ctx, cookie)
      : Promise.resolve(undefined);
}

/** Authenticates each socket (token in `auth`, or the session cookie) and puts it in the rooms revocation uses. */
export function attachSocketAuth(io: TidewatchServer, stream: OrderedEventStream, ctx: ServiceContext): void {
  // biome-ignore lint/nursery/noMisusedPromises: socket.io ignores the promise; the body catches every error and always calls next.
  io.use(async (socket, next) => {
    try {
      const handshake = SocketHandshake.safeParse(socket.handshake.auth ?? {});
      if (!handshake.success) {
        next(
          new Error(
            `invalid handshake: ${handshake.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
          ),
        );
        return;
      }
      const { since, protocols } = handshake.data;
      // PROTO-3: refuse before anything is read or sent, so a client never misreads messages it cannot speak.
      const negotiated = negotiateProtocol(protocols);
      if (!negotiated.ok) {
        next(new Error(negotiated.reason));
        return;
      }
      const principal = await principalOf(ctx, socket);
      if (!principal) {
        next(new Error('unauthenticated: log in, or pass an API key or device token as auth.token'));
        return;
      }
      if (!hasPermission(principal.actor, 'events:read')) {
        next(new Error('forbidden: this credential may not read events'));
        return;
      }
      socket.data.principal = principal;
      socket.data.lastSeq = since ?? stream.high;
      socket.data.live = false;
      socket.data.protocol = negotiated.version;
      const { actor } = principal;
      const rooms = [`agency:${actor.agency}`, actor.kind === 'user' ? `user:${actor.id}` : `key:${actor.id}`];
      if (actor.kind === 'user') rooms.push(`session:${actor.sessionHash}`);
      await socket.join(rooms);
      next();
    } catch (err) {
      ctx.log.error({ err }, 'socket authentication failed');
      next(new Error('authentication failed'));
    }
  });
}
