import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeizuresOverTime, TrendSettings } from '@tidewatch/contracts';
import type { RunningServer } from '../src/index.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { getJson, startTestServer } from '../../../test/support/server.ts';

const dir = createTempDir('trend-settings');
let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, SUMMARY_TZ: 'Europe/Madrid' });
});

afterAll(async () => {
  await server?.close();
  dir.remove();
});

describe('the operations zone of trends', () => {
  it('is announced to a signed-in client and used when a query names no zone', async () => {
    const settings = await getJson<TrendSettings>(server.url, '/api/v1/trends/settings');
    expect(settings).toEqual({ status: 200, json: { timeZone: 'Europe/Madrid' } });
    const series = await getJson<SeizuresOverTime>(
      server.url,
      '/api/v1/trends/seizures/over-time?from=2026-11-01T00:00:00Z&to=2026-11-03T00:00:00Z',
    );
    expect(series.json.tz).toBe('Europe/Madrid');
    // Madrid is UTC+1 in November: its first local day starts at 23:00 UTC the evening before.
    expect(series.json.points[0]).toMatchObject({ bucketStart: '2026-11-01', startsAt: '2026-10-31T23:00:00.000Z' });
  });

  it('is not told to anyone without credentials', async () => {
    expect((await getJson(server.url, '/api/v1/trends/settings', { agency: null })).status).toBe(401);
  });
});
