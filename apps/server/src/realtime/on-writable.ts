import type { TidewatchSocket } from './types.ts';

/**
 * True when the socket's transport has handed everything it was given to the operating system (WebSocket)
 * or has a poll waiting (HTTP long-polling): a message sent now goes straight out instead of waiting in
 * Engine.IO's per-socket buffer, which has no bound of its own.
 */
export function canWriteNow(socket: TidewatchSocket): boolean {
  return socket.connected && socket.conn.transport.writable;
}

/**
 * Calls `listener` each time the socket's transport becomes writable again (Engine.IO's transport `ready`,
 * after the previous write completed), following the transport across an upgrade. Returns an unbind.
 */
export function onWritable(socket: TidewatchSocket, listener: () => void): () => void {
  let transport = socket.conn.transport;
  transport.on('ready', listener);
  const onUpgrade = (next: typeof transport): void => {
    transport.off('ready', listener);
    transport = next;
    transport.on('ready', listener);
  };
  socket.conn.on('upgrade', onUpgrade);
  return () => {
    transport.off('ready', listener);
    socket.conn.off('upgrade', onUpgrade);
  };
}
