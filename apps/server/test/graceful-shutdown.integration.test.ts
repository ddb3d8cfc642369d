import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createAgencyRepository, createApiKeyRepository, createEventRepository, openDatabase } from '@tidewatch/db';
import { sha256 } from '../src/auth/tokens.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { EXAMPLE_EVENT, testKey } from '../../../test/support/server.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const dir = createTempDir('shutdown');
afterAll(() => dir.remove());

async function prepare(): Promise<void> {
  const handle = await openDatabase({ dataDir: dir.path });
  await createAgencyRepository(handle.db).upsertMany([{ code: 'JCA', name: 'JCA', country: 'JM' }, { code: 'CBP', name: 'CBP', country: 'US' }]);
  await createApiKeyRepository(handle.db).upsertByHash({ agencyCode: 'JCA', kind: 'api', name: 'k', prefix: 'tw_key_test', keyHash: sha256(testKey('JCA')), scopes: ['events:read', 'events:write'] });
  await handle.close();
}

describe('the server process', () => {
  it('on SIGTERM finishes the writes under way, closes the database and exits 0; every acknowledged event is stored', async () => {
    await prepare();
    const port = 18_700 + Math.floor(Math.random() * 200);
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir.path, DEMO: 'off', LOG_LEVEL: 'info', WEB_DIST: '/nonexistent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${url}/readyz`)).ok) break;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const acknowledged: string[] = [];
    const posts = Array.from({ length: 40 }, async (_, i) => {
      try {
        const res = await fetch(`${url}/api/v1/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${testKey('JCA')}` },
          body: JSON.stringify({ ...EXAMPLE_EVENT, title: `in flight ${i}` }),
        });
        if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
      } catch {
        // refused after the stop began: never acknowledged, so never promised
      }
    });
    await new Promise((r) => setTimeout(r, 30));
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    await Promise.all(posts);
    expect(code).toBe(0);
    expect(log).toContain('Tidewatch stopped');
    expect(existsSync(join(dir.path, 'tidewatch.lock'))).toBe(false);
    const handle = await openDatabase({ dataDir: dir.path });
    try {
      const events = createEventRepository(handle.db);
      for (const id of acknowledged) expect(await events.getById(id)).toBeDefined();
    } finally {
      await handle.close();
    }
  });
});
