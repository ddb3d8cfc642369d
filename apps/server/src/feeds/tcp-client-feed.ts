import { Socket } from 'node:net';
import type { Feed } from './feed.ts';
import { systemScheduler, type Scheduler, type Timer } from '../time/scheduler.ts';

export interface Stoppable {
  stop(): Promise<void>;
}

const MIN_BACKOFF_MS = 500;

/** Backoff before reconnect attempt `n` (0-based): doubling from 0.5 s, capped, with +-20 % jitter. */
export function backoffMs(attempt: number, maxMs: number, random: () => number = Math.random): number {
  const base = Math.min(maxMs, MIN_BACKOFF_MS * 2 ** Math.min(attempt, 20));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * Connects out to a feed host and reads lines; on any close or error it waits (exponential backoff, reset
 * once data flows) and reconnects, until stopped.
 */
export function startTcpClientFeed(
  feed: Feed,
  host: string,
  port: number,
  maxBackoffMs: number,
  scheduler: Scheduler = systemScheduler,
): Stoppable {
  let socket: Socket | undefined;
  let timer: Timer | undefined;
  let attempt = 0;
  let stopped = false;

  const connect = () => {
    if (stopped) return;
    feed.state = 'connecting';
    const s = new Socket();
    socket = s;
    const lines = feed.streamSplitter();
    s.setEncoding('latin1');
    s.setKeepAlive(true, 30_000);
    s.on('connect', () => {
      feed.state = 'connected';
      feed.connections = 1;
      feed.lastError = null;
    });
    s.on('data', (chunk: string) => {
      attempt = 0;
      lines.push(chunk);
    });
    s.on('error', (err) => {
      feed.lastError = err.message;
    });
    s.on('close', () => {
      lines.end();
      feed.connections = 0;
      if (stopped) return;
      feed.state = 'backoff';
      feed.reconnects++;
      timer = scheduler.setTimeout(connect, backoffMs(attempt++, maxBackoffMs));
    });
    s.connect(port, host);
  };
  connect();

  return {
    async stop() {
      stopped = true;
      scheduler.clear(timer);
      feed.state = 'stopped';
      socket?.destroy();
    },
  };
}
