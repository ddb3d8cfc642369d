import { createConnection, createServer, type Socket } from 'node:net';

export interface BlackHoleProxy {
  port: number;
  /** On: every connection, open or new, is accepted and then hears nothing (a silent network); off: bytes flow again. */
  blackHole(on: boolean): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of a real server that can turn into a black hole: packets are neither answered nor
 * refused, as when a firewall drops them or a host vanishes. Pausing (not dropping) keeps the protocol
 * intact, so the connections that survive resume where they stopped.
 */
export async function startBlackHoleProxy(target: { host: string; port: number }): Promise<BlackHoleProxy> {
  let silent = false;
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
    if (silent) s.pause();
  };
  const server = createServer((client) => {
    const upstream = createConnection(target);
    track(client);
    track(upstream);
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => client.write(chunk));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('proxy has no port');
  return {
    port: address.port,
    blackHole(on) {
      silent = on;
      for (const s of sockets) {
        if (on) s.pause();
        else s.resume();
      }
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
