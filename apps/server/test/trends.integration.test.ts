import { afterAll, beforeAll, describe } from 'vitest';
import type { RunningServer } from '../src/index.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { startTestServer } from '../../../test/support/server.ts';
import { loadSeizureFixture, seizureTrendSuite } from './support/seizure-trend-fixture.ts';

const dir = createTempDir('trends');
let server: RunningServer;
let ids = new Map<string, string>();

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, SUMMARY_SCHEDULER: 'off' });
  ids = await loadSeizureFixture(server.url);
});
afterAll(async () => {
  await server.close();
  dir.remove();
});

describe('seizure trends on embedded PGlite (hand-computed fixture)', () => {
  seizureTrendSuite(
    () => server,
    () => ids,
  );
});
