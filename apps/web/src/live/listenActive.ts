import type { ServerToClientMessage, ServerToClientName } from '@tidewatch/contracts';
import { watchActiveSocket } from './activeSocket.ts';
import { listen } from './messages.ts';

/**
 * Listens to one server message on whichever socket is the live one, following it when it is replaced.
 * Returns the function that stops listening (for a React effect's cleanup).
 */
export function listenActive<K extends ServerToClientName>(
  name: K,
  handler: (msg: ServerToClientMessage<K>) => void,
): () => void {
  let stop: (() => void) | null = null;
  const unwatch = watchActiveSocket((socket) => {
    stop?.();
    stop = socket ? listen(socket, name, handler) : null;
  });
  return () => {
    unwatch();
    stop?.();
  };
}
