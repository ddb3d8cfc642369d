import { createServer, type Server, type Socket } from 'node:net';
import type { Feed } from './feed.ts';
import type { Stoppable } from './tcp-client-feed.ts';

export interface ListeningFeed extends Stoppable {
  /** The bound port (useful when configured as 0). */
  port: number;
}

/** Listens for receivers that push NMEA lines over TCP; each connection has its own line buffer. */
export async function startTcpServerFeed(feed: Feed, host: string, port: number): Promise<ListeningFeed> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    feed.connections = sockets.size;
    const lines = feed.streamSplitter();
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => lines.push(chunk));
    socket.on('error', (err) => {
      feed.lastError = err.message;
    });
    socket.on('close', () => {
      lines.end();
      sockets.delete(socket);
      feed.connections = sockets.size;
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (err) => {
    feed.lastError = err.message;
  });
  feed.state = 'listening';
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  return {
    port: bound,
    async stop() {
      feed.state = 'stopped';
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
