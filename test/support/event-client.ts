import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, IntelEvent, ServerToClientEvents } from '@tidewatch/contracts';
import { testKey } from './server.ts';

/**
 * A real Socket.IO client that behaves like the dashboard: it remembers the highest seq it saw and sends it
 * as `since` on every (re)connection.
 */
export class EventClient {
  readonly received: IntelEvent[] = [];
  lastSeq: number;
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  #synced = 0;
  readonly #waiters: { predicate: () => boolean; resolve: () => void }[] = [];

  constructor(url: string, since?: number, token: string = testKey('JCA')) {
    this.lastSeq = since ?? -1;
    this.socket = io(url, {
      transports: ['websocket'],
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
      auth: (cb) => cb(this.lastSeq >= 0 ? { since: this.lastSeq, token } : { token }),
    });
    this.socket.on('event', ({ event }) => this.#receive([event]));
    this.socket.on('events', ({ events }) => this.#receive(events));
    this.socket.on('synced', ({ seq }) => {
      this.#synced++;
      this.lastSeq = Math.max(this.lastSeq, seq);
      this.#check();
    });
  }

  #receive(events: readonly IntelEvent[]): void {
    for (const event of events) {
      this.received.push(event);
      this.lastSeq = Math.max(this.lastSeq, event.seq);
    }
    this.#check();
  }

  get syncCount(): number {
    return this.#synced;
  }

  waitFor(predicate: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(`timed out waiting for ${what}; received seqs ${this.received.map((e) => e.seq).join(',')}`),
          ),
        timeoutMs,
      );
      this.#waiters.push({
        predicate,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  waitForSynced(count = 1): Promise<void> {
    return this.waitFor(() => this.#synced >= count, 5000, `synced #${count}`);
  }

  close(): void {
    this.socket.close();
  }

  #check(): void {
    for (let i = this.#waiters.length - 1; i >= 0; i--) {
      const waiter = this.#waiters[i];
      if (waiter?.predicate()) {
        this.#waiters.splice(i, 1);
        waiter.resolve();
      }
    }
  }
}
