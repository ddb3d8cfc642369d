import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@tidewatch/server';
import { EventClient } from './support/event-client.ts';
import { EXAMPLE_EVENT, postEvent, startTestServer } from './support/server.ts';
import { createTempDir } from './support/temp-dir.ts';

/**
 * FAULT-3: thousands of live-stream sockets opened, synced and closed against one real server (in this
 * process, so one heap holds both sides), with events flowing meanwhile. Whatever a socket leaves behind on
 * the server (rooms, stream-audit state, resume state, listeners) shows as heap that does not come back.
 */
const CONNECTIONS = 2_000;
const WAVE = 100;
/** Heap allowed to stay after the churn and a full GC: 4 KB a socket. */
const HEAP_BOUND_MB = 8;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function settledHeapMb(): Promise<number> {
  // Disconnect handling and the audit flush of closed sockets run on timers: let them finish first.
  await sleep(1_500);
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** One wave: `count` sockets connect and sync at once, then all close. */
async function wave(url: string, count: number): Promise<void> {
  const clients = Array.from({ length: count }, () => new EventClient(url));
  try {
    // Generous: on a loaded 2-core machine a wave of syncs can take seconds; a leak is what this test measures.
    await Promise.all(clients.map((c) => c.waitFor(() => c.syncCount >= 1, 60_000, 'synced')));
  } finally {
    for (const c of clients) c.close();
  }
}

describe('FAULT-3 socket churn', () => {
  const dir = createTempDir('socket-churn');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer({ DATA_DIR: dir.path });
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    dir.remove();
  });

  it('[FAULT-3] 2,000 sockets opened and closed in waves of 100 with events flowing: heap comes back to its baseline', async () => {
    // Warm-up: the first sockets and events allocate what every later one shares (code, pools, caches).
    await postEvent(server.url, { ...EXAMPLE_EVENT, title: 'churn warm-up' });
    await wave(server.url, WAVE);
    const baseline = await settledHeapMb();

    let writes = 0;
    let running = true;
    const writer = (async () => {
      while (running) {
        await postEvent(server.url, { ...EXAMPLE_EVENT, title: `churn ${writes++}` });
        await sleep(20);
      }
    })();
    const started = performance.now();
    try {
      for (let done = 0; done < CONNECTIONS; done += WAVE) await wave(server.url, WAVE);
    } finally {
      running = false;
      await writer;
    }
    const seconds = (performance.now() - started) / 1000;
    const after = await settledHeapMb();
    const kbPerSocket = ((after - baseline) * 1024) / CONNECTIONS;
    console.info(
      `[FAULT-3] ${CONNECTIONS} sockets in waves of ${WAVE} over ${seconds.toFixed(1)} s with ${writes} events written: ` +
        `heap ${baseline.toFixed(1)} -> ${after.toFixed(1)} MB (${kbPerSocket.toFixed(2)} KB a socket)`,
    );
    expect(after - baseline).toBeLessThan(HEAP_BOUND_MB);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  }, 300_000);
});
