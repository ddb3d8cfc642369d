import {
  messageSchema,
  SERVER_TO_CLIENT_MESSAGES,
  type ServerToClientMessage,
  type ServerToClientName,
} from '@tidewatch/contracts';
import type { LiveSocket } from './socket.ts';

type Handler<K extends ServerToClientName> = (msg: ServerToClientMessage<K>) => void;
/** A listener with its schema bound in: takes the raw payload, answers whether it parsed. */
type RawListener = (raw: unknown) => boolean;

const dropped = new Map<string, number>();

function isMessageName(name: string): name is ServerToClientName {
  return Object.hasOwn(SERVER_TO_CLIENT_MESSAGES, name);
}

/** Counts a message that was not delivered; the first of each name is logged, never every one. */
function noteDropped(name: string, detail: unknown): void {
  const n = (dropped.get(name) ?? 0) + 1;
  dropped.set(name, n);
  if (n === 1) console.warn(`[tidewatch] dropped a "${name}" message that does not match the contract`, detail);
}

/** Messages dropped since the page loaded, per name (the debug handle and the tests read it). */
export function droppedMessages(): ReadonlyMap<string, number> {
  return dropped;
}

/**
 * PROTO-7: every message from the server is parsed here with its contract schema before any listener sees it,
 * through one `onAny` per socket. A message that does not parse is dropped and counted (and offered to the
 * listener's `onInvalid`, so the live store can still move its resume point past a bad event); a listener
 * that throws is logged and does not stop the others. Nothing from the wire can crash a wall display.
 */
class MessageRouter {
  readonly #listeners = new Map<ServerToClientName, Set<RawListener>>();

  constructor(socket: LiveSocket) {
    socket.onAny((name: string, raw: unknown) => this.#dispatch(name, raw));
  }

  on<K extends ServerToClientName>(name: K, handler: Handler<K>, onInvalid?: (raw: unknown) => void): () => void {
    const schema = messageSchema(name);
    const listener: RawListener = (raw) => {
      const parsed = schema.safeParse(raw);
      if (parsed.success) guarded(name, () => handler(parsed.data));
      else if (onInvalid) guarded(name, () => onInvalid(raw));
      return parsed.success;
    };
    const listeners = this.#listeners.get(name) ?? new Set<RawListener>();
    this.#listeners.set(name, listeners);
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** Messages nobody listens to are not parsed at all (feed statistics while the feeds screen is closed). */
  #dispatch(name: string, raw: unknown): void {
    if (!isMessageName(name)) {
      noteDropped(name, 'not a message of this protocol version');
      return;
    }
    let rejected = false;
    for (const listener of this.#listeners.get(name) ?? []) if (!listener(raw)) rejected = true;
    if (rejected) noteDropped(name, raw);
  }
}

function guarded(name: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    console.error(`[tidewatch] a "${name}" listener failed`, error);
  }
}

const routers = new WeakMap<LiveSocket, MessageRouter>();

/**
 * Listens to one server message on `socket`, parsed and typed. Returns the function that stops listening.
 * `onInvalid` receives the raw payload of a message of this name that failed its schema.
 */
export function listen<K extends ServerToClientName>(
  socket: LiveSocket,
  name: K,
  handler: Handler<K>,
  onInvalid?: (raw: unknown) => void,
): () => void {
  let router = routers.get(socket);
  if (router === undefined) {
    router = new MessageRouter(socket);
    routers.set(socket, router);
  }
  return router.on(name, handler, onInvalid);
}
