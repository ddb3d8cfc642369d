import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const lastResort = fileURLToPath(new URL('./last-resort.ts', import.meta.url));

/** A real Node process that rejects a promise nobody handles, then reports whether it is still alive. */
function runWithStrayRejection(install: boolean) {
  const script = `
    import pino from 'pino';
    import { logUnhandledRejections } from ${JSON.stringify(lastResort)};
    if (${install}) logUnhandledRejections(pino());
    Promise.reject(new Error('Socket closed unexpectedly'));
    setTimeout(() => console.log('still serving'), 100);
  `;
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('last-resort handler', () => {
  it('[OPS-R1] a stray promise rejection is logged as an error and the process serves on', () => {
    const run = runWithStrayRejection(true);
    expect(run.stdout).toContain('still serving');
    expect(run.stdout).toContain('unhandled promise rejection');
    expect(run.stdout).toContain('Socket closed unexpectedly');
    expect(run.status).toBe(0);
  });

  it('[OPS-R1] without it the same rejection ends the process (what the handler is for)', () => {
    const run = runWithStrayRejection(false);
    expect(run.stdout).not.toContain('still serving');
    expect(run.status).not.toBe(0);
  });
});
