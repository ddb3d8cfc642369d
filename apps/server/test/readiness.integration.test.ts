import { afterAll, describe, expect, it } from 'vitest';
import { ServerConfig, startServer, type RunningServer } from '@tidewatch/server';
import { demoApiKey } from '../src/demo/demo-credentials.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { freePort } from './support/server-process.ts';

const dir = createTempDir('readiness');
let server: RunningServer | undefined;
afterAll(async () => {
  await server?.close();
  dir.remove();
});

describe('readiness', () => {
  it('[OPS-L4] /readyz says ready only once the demo world has its accounts and keys; it never answers ready to a caller who then gets 401', async () => {
    // The port must be known before start-up ends, so the test picks a free one instead of port 0.
    const port = await freePort();
    const config = ServerConfig.parse({
      PORT: port,
      HOST: '127.0.0.1',
      DATA_DIR: dir.path,
      DEMO: 'on',
      DEMO_VESSELS: 0,
      DEMO_HISTORY_DAYS: 1,
      LOG_LEVEL: 'silent',
      WEB_DIST: '/nonexistent',
    });
    const starting = startServer(config).then((s) => (server = s));
    const url = `http://127.0.0.1:${port}`;
    const seen: number[] = [];
    let firstReadyCall: number | undefined;
    // Bounded by time, not by count: a loaded host can take over a minute to seed the demo world.
    const deadline = performance.now() + 150_000;
    while (firstReadyCall === undefined && performance.now() < deadline) {
      try {
        const started = performance.now();
        const res = await fetch(`${url}/readyz`);
        expect(performance.now() - started).toBeLessThan(1000);
        seen.push(res.status);
        if (res.status === 200) {
          const events = await fetch(`${url}/api/v1/events?limit=1`, {
            headers: { authorization: `Bearer ${demoApiKey('JCA')}` },
          });
          firstReadyCall = events.status;
        }
      } catch {
        // the port is not open yet
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    await starting;
    expect(firstReadyCall).toBe(200);
    // The probe was answered while start-up was still under way, and said so.
    expect(seen).toContain(503);
  }, 180_000);
});
