import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, IntelEvent, ServerToClientEvents } from '@tidewatch/contracts';

export interface InterServerEvents {
  'tw:events': (events: IntelEvent[]) => void;
}

export interface SocketData {
  /** Highest seq this socket has been sent; live delivery skips anything at or below it. */
  lastSeq: number;
  live: boolean;
}

export type TidewatchServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type TidewatchSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
