import { createSocket } from 'node:dgram';
import type { Feed } from './feed.ts';
import type { ListeningFeed } from './tcp-server-feed.ts';

/** Listens for UDP datagrams, each holding one or more NMEA lines (what most AIS receivers send). */
export async function startUdpFeed(feed: Feed, host: string, port: number): Promise<ListeningFeed> {
  const socket = createSocket({ type: host.includes(':') ? 'udp6' : 'udp4' });
  socket.on('message', (msg) => {
    feed.pushText(msg.toString('latin1'));
  });
  socket.on('error', (err) => {
    feed.lastError = err.message;
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, host, () => {
      socket.off('error', reject);
      resolve();
    });
  });
  feed.state = 'listening';
  return {
    port: socket.address().port,
    async stop() {
      feed.state = 'stopped';
      await new Promise<void>((resolve) => socket.close(() => resolve()));
    },
  };
}
