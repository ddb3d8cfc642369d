import type { Server, Socket } from 'socket.io';
import type { Annotation, ClientToServerEvents, IntelEvent, ServerToClientEvents } from '@tidewatch/contracts';
import type { Principal } from '../auth/actor.ts';
import type { Releasable } from '@tidewatch/domain';
import type { IntelBroadcast } from '../services/intel-context.ts';
import type { RelayedAis } from '../vessels/relayed-ais.ts';
import type { FeedStatsReport } from '../feeds/feed-stats-report.ts';

import type { OpsBroadcast } from '../services/operations/ops-services.ts';

export interface InterServerEvents {
  'tw:events': (events: IntelEvent[]) => void;
  'tw:annotation': (annotation: Annotation, target: Releasable | null) => void;
  'tw:event-updated': (event: IntelEvent) => void;
  'tw:event-withdrawn': (id: string, before: Releasable, after: Releasable | null) => void;
  'tw:revoke': () => void;
  /** Watchlist, alert, consignment and area changes (issue 5). */
  'tw:intel': (msg: IntelBroadcast) => void;
  /** AIS messages from another node's feeds (vessel-relay.ts). */
  'tw:ais': (batch: RelayedAis[]) => void;
  /** One node's AIS feed statistics, every 2 s (cluster-feed-stats.ts). */
  'tw:feeds': (report: FeedStatsReport) => void;
  /** Unit and task changes (operations-runtime.ts). */
  'tw:ops': (msg: OpsBroadcast) => void;
}

export interface SocketData {
  /** Highest seq this socket has been sent; live delivery skips anything at or below it. */
  lastSeq: number;
  live: boolean;
  principal: Principal;
  /** The protocol version chosen in the hello (PROTO-3). */
  protocol: number;
}

export type TidewatchServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type TidewatchSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
