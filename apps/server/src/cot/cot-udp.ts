import { createSocket, type Socket } from 'node:dgram';
import { isIPv4 } from 'node:net';
import type { Viewer } from '@tidewatch/domain';
import type { Logger } from '../logger.ts';
import type { CotBatch, CotSink } from './cot-hub.ts';

export interface UdpSink extends CotSink {
  close(): void;
}

/** 224.0.0.0/4: a multicast group (TAK's mesh SA is 239.2.3.1:6969). */
function isMulticast(host: string): boolean {
  const first = Number(host.split('.')[0]);
  return isIPv4(host) && first >= 224 && first <= 239;
}

/**
 * COT-4: the CoT picture over UDP, one event per datagram as TAK's mesh SA carries it. UDP has no credential:
 * it carries what one configured agency may read (COT_UDP_AGENCY), to whoever listens on that network.
 */
export async function createUdpSink(target: string, viewer: Viewer, log: Logger): Promise<UdpSink> {
  const colon = target.lastIndexOf(':');
  const host = target.slice(0, colon);
  const port = Number(target.slice(colon + 1));
  const socket: Socket = createSocket({ type: 'udp4' });
  await new Promise<void>((resolve) => socket.bind(0, () => resolve()));
  // A multicast datagram stays on the local network segments unless routers are told otherwise.
  if (isMulticast(host)) socket.setMulticastTTL(1);
  socket.on('error', (err) => log.warn({ err, target }, 'cot: UDP send failed'));
  log.info({ target, agency: viewer.agency }, 'cot: sending the picture over UDP');
  return {
    viewer,
    deliver(batch: CotBatch) {
      for (const message of batch.messages) socket.send(message, port, host);
    },
    close() {
      socket.close();
    },
  };
}
