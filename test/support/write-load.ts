import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@tidewatch/contracts';
import { EXAMPLE_EVENT, postEvent, testKey } from './server.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How the writers reach a node: one REST POST per event, or the live socket's acknowledged `event:submit`. */
export type WriteTransport = 'http' | 'socket';

export interface WriteLoad {
  /** The seq of every acknowledged write, in acknowledgement order. */
  readonly acked: number[];
  readonly failed: number;
  /** Acknowledged writes per second between now and `ms` from now (the load keeps running). */
  measureRate(ms: number): Promise<MeasuredRate>;
  stop(): Promise<void>;
}

export interface MeasuredRate {
  perSecond: number;
  /**
   * CPU time this whole process used per wall-clock second over the window (1 = one core busy): near 1, the
   * single event loop running the nodes, the writers and the clients is the bottleneck, not the database.
   */
  processCores: number;
}

type SubmitSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Writes events from `workers` concurrent writers, each waiting for its acknowledgement before the next, to the
 * nodes `target()` names at that moment (none: paused), until stopped.
 */
export function startWriteLoad(target: () => string[], workers: number, transport: WriteTransport): WriteLoad {
  let running = true;
  const acked: number[] = [];
  let failed = 0;
  const sockets = new Map<string, SubmitSocket>();
  const socketFor = (url: string): SubmitSocket => {
    let socket = sockets.get(url);
    if (socket === undefined) {
      socket = io(url, { transports: ['websocket'], auth: { token: testKey('JCA') } });
      sockets.set(url, socket);
    }
    return socket;
  };
  const write = async (url: string, title: string): Promise<number | undefined> => {
    const input = { ...EXAMPLE_EVENT, title };
    if (transport === 'http') {
      const res = await postEvent(url, input);
      return res.status === 201 && typeof res.json.seq === 'number' ? res.json.seq : undefined;
    }
    const ack = await socketFor(url).timeout(10_000).emitWithAck('event:submit', input);
    return ack.ok && ack.created ? ack.seq : undefined;
  };
  const loops = Array.from({ length: workers }, async (_, w) => {
    for (let i = 0; running; i++) {
      const urls = target();
      const url = urls[(w + i) % urls.length];
      if (url === undefined) {
        await sleep(10);
        continue;
      }
      try {
        const seq = await write(url, `load ${w}-${i}`);
        if (seq === undefined) failed++;
        else acked.push(seq);
      } catch {
        failed++;
      }
    }
  });
  return {
    acked,
    get failed() {
      return failed;
    },
    async measureRate(ms) {
      const from = acked.length;
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      await sleep(ms);
      const wallMs = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      return {
        perSecond: ((acked.length - from) * 1000) / wallMs,
        processCores: (cpu.user + cpu.system) / 1000 / wallMs,
      };
    },
    async stop() {
      running = false;
      await Promise.all(loops);
      for (const socket of sockets.values()) socket.close();
    },
  };
}
