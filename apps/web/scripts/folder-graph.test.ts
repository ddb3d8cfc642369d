import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./folder-graph.mjs', import.meta.url));

describe('the web app folder graph', () => {
  it('[WEB-2] has no folder loop, features import each other only through index.ts, shared folders import no feature', () => {
    const run = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' });
    expect(run.stdout).toMatch(/0 in loops, 0 boundary problems/);
    expect(run.status).toBe(0);
  });
});
