import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseLockedError, openDatabase } from '../src/index.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';

const dir = createTempDir('lock');
afterAll(() => dir.remove());
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('embedded database folder lock', () => {
  it('a second process opening the same PGlite folder fails fast with a clear message', async () => {
    const handle = await openDatabase({ dataDir: dir.path });
    try {
      const script = `import { openDatabase } from './packages/db/src/index.ts';
        openDatabase({ dataDir: ${JSON.stringify(dir.path)} }).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(3); });`;
      const started = Date.now();
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
      expect(child.status).toBe(3);
      expect(child.stderr).toContain(`in use by another Tidewatch process (pid ${process.pid})`);
      expect(Date.now() - started).toBeLessThan(15_000);
      await expect(openDatabase({ dataDir: dir.path })).rejects.toBeInstanceOf(DatabaseLockedError);
    } finally {
      await handle.close();
    }
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    writeFileSync(join(dir.path, 'tidewatch.lock'), '999999999');
    const handle = await openDatabase({ dataDir: dir.path });
    await handle.close();
  });
});
