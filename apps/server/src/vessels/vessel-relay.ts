import type { AisMessage, DecodedAis } from '@tidewatch/ais';
import type { VesselPicture } from '@tidewatch/domain';
import type { TidewatchServer } from '../realtime/types.ts';
import type { RelayedAis } from './relayed-ais.ts';
import { systemScheduler, type Scheduler } from '../time/scheduler.ts';

/** Inter-node message name: AIS messages one node's feeds decoded, for the other nodes' pictures. */
export const RELAY_EVENT = 'tw:ais';

export const RELAY_EVERY_MS = 250;
/**
 * Only what the picture reads travels between nodes: positions, static/voyage reports, and binary
 * messages whose application it shows (persons on board, area notices, weather at sea).
 */
const PICTURE_TYPES: ReadonlySet<number> = new Set([1, 2, 3, 5, 18, 19, 24, 27]);
const PICTURE_APPLICATIONS: ReadonlySet<string> = new Set([
  'persons-on-board',
  'inland-persons',
  'area-notice',
  'met-hydro-236',
  'met-hydro-289',
]);

function readByPicture(m: AisMessage): boolean {
  if (m.type === 6 || m.type === 8) return m.application !== null && PICTURE_APPLICATIONS.has(m.application.kind);
  return PICTURE_TYPES.has(m.type);
}

export interface VesselRelay {
  /** Where this node's feeds deliver: the local picture first, then the queue for the other nodes. */
  ingest(decoded: DecodedAis): void;
  /** Sends what is queued and stops relaying. */
  close(): void;
}

/**
 * Behind a load balancer each node runs its own feeds, but a dashboard connected to any node must see every
 * vessel. Each node applies its own messages (running detectors and storing track points once, there) and
 * passes them to the other nodes through the Socket.IO adapter (Redis Streams) four times a second; they
 * apply them to their pictures only (VesselPicture.applyRelayed).
 */
export function createVesselRelay(
  io: TidewatchServer,
  picture: VesselPicture,
  ingestLocal: (decoded: DecodedAis) => void,
  scheduler: Scheduler = systemScheduler,
): VesselRelay {
  let queued: RelayedAis[] = [];
  const send = (): void => {
    if (queued.length === 0) return;
    io.serverSideEmit(RELAY_EVENT, queued);
    queued = [];
  };
  const timer = scheduler.setInterval(send, RELAY_EVERY_MS).unref();
  const receive = (batch: unknown): void => {
    if (!Array.isArray(batch)) return;
    for (const item of batch as RelayedAis[]) picture.applyRelayed(item[0], item[1]);
  };
  io.on(RELAY_EVENT, receive);
  return {
    ingest(decoded) {
      ingestLocal(decoded);
      if (readByPicture(decoded.message)) queued.push([decoded.message, decoded.receivedAtMs]);
    },
    close() {
      scheduler.clear(timer);
      send();
      io.off(RELAY_EVENT, receive);
    },
  };
}
