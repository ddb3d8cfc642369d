import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { createTempDir } from './support/temp-dir.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
// One level under apps/server, like dist/: the bundle finds the migrations and the web build from there.
const outdir = mkdtempSync(join(REPO, 'apps/server/.dist-test-'));
const dir = createTempDir('server-build');
const PASSWORD = 'compiled first-run password';
let server: ChildProcess | undefined;

afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(outdir, { recursive: true, force: true });
  dir.remove();
});

function run(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(command, args, { cwd: REPO, env: { PATH: process.env.PATH ?? '', ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

/** The command lines ps lists (ps exits 1 when it lists none). */
const ps = (select: string[]) => spawnSync('ps', ['-o', 'args=', ...select], { encoding: 'utf8' }).stdout.trim();

/** Starts the compiled server and answers its URL from the "listening" log line. */
function startCompiled(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(outdir, 'main.js')], {
    cwd: REPO,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /"url":"(http:\/\/[^"]+)".*"msg":"Tidewatch is listening"/.exec(output)?.[1];
      if (url) resolve({ child, url });
    });
    child.on('exit', (code) => reject(new Error(`compiled server exited with ${code}: ${output}`)));
  });
}

it('[OPS-4] the compiled server and setup command run on plain node: no tsx, no esbuild process beside them', async () => {
  const built = await run(process.execPath, ['--import', 'tsx', 'apps/server/build.ts', outdir], {});
  expect(built.code, built.output).toBe(0);

  const env = { DATA_DIR: join(dir.path, 'data'), DEMO: 'off', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' };
  const setup = await run(
    process.execPath,
    [
      join(outdir, 'cli.js'),
      'setup',
      '--agency',
      'CBP',
      '--agency-name',
      'US Customs and Border Protection',
      '--country',
      'US',
      '--username',
      'cbp.admin',
    ],
    {
      ...env,
      TIDEWATCH_ADMIN_PASSWORD: PASSWORD,
    },
  );
  expect(setup.code, setup.output).toBe(0);

  const started = await startCompiled(env);
  server = started.child;
  const pid = started.child.pid;
  expect(pid).toBeTypeOf('number');
  const login = await fetch(`${started.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'cbp.admin', password: PASSWORD }),
  });
  expect(login.status).toBe(200);

  // tsx keeps an `esbuild --service` child beside the server; the compiled server has no child at all, and
  // its embedded database runs in a worker thread of the same process.
  expect(ps(['--ppid', String(pid)])).toBe('');
  const cmdline = ps(['-p', String(pid)]);
  expect(cmdline).toContain('main.js');
  expect(cmdline).not.toContain('tsx');
}, 300_000);
