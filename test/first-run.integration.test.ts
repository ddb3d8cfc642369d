import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { ServerConfig, startServer, type RunningServer, type ServerConfigInput } from '@tidewatch/server';
import { createTempDir } from './support/temp-dir.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const DEMO_PASSWORD = 'tidewatch-demo';
const ADMIN_PASSWORD = 'a long first-run password';

// One folder goes through a deployment's life: a demo start, a DEMO=off start, the setup command, a real start.
const dir = createTempDir('first-run');
const dataDir = join(dir.path, 'data');
let server: RunningServer | undefined;

async function start(overrides: ServerConfigInput): Promise<RunningServer> {
  const config = ServerConfig.parse({
    PORT: 0,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    DATA_DIR: dataDir,
    DEMO_HISTORY_DAYS: 0,
    DEMO_VESSELS: 0,
    DEMO_INTERVAL_MS: 600_000,
    SUMMARY_SCHEDULER: 'off',
    ...overrides,
  });
  server = await startServer(config);
  return server;
}

async function stop(): Promise<void> {
  await server?.close();
  server = undefined;
}

afterAll(async () => {
  await stop();
  dir.remove();
});

async function loginStatus(
  url: string,
  username: string,
  password: string,
): Promise<{ status: number; cookie: string }> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  await res.body?.cancel();
  return { status: res.status, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

async function bearerStatus(url: string, token: string): Promise<number> {
  const res = await fetch(`${url}/api/v1/events?limit=1`, { headers: { authorization: `Bearer ${token}` } });
  await res.body?.cancel();
  return res.status;
}

function socketOutcome(url: string, token: string): Promise<'connected' | 'refused'> {
  const socket = io(url, { transports: ['websocket'], reconnection: false, auth: { token } });
  return new Promise((resolve) => {
    socket.on('connect', () => {
      socket.close();
      resolve('connected');
    });
    socket.on('connect_error', () => {
      socket.close();
      resolve('refused');
    });
  });
}

async function deployment(url: string): Promise<unknown> {
  const res = await fetch(`${url}/api/v1/deployment`);
  return res.json();
}

function runSetup(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/cli/main.ts', 'setup', ...args], {
    cwd: REPO,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const SETUP_ARGS = [
  '--agency',
  'JCA',
  '--agency-name',
  'Jamaica Customs Agency',
  '--country',
  'JM',
  '--username',
  'ops.admin',
];

describe('first run of a real deployment', () => {
  let demoCookie = '';

  it('[OPS-3] a demo start tells the sign-in page that demo credentials are active, and they work', async () => {
    const { url } = await start({ DEMO: 'on' });
    expect(await deployment(url)).toEqual({ demoCredentials: true, setupNeeded: false });
    const admin = await loginStatus(url, 'admin', DEMO_PASSWORD);
    expect(admin.status).toBe(200);
    demoCookie = admin.cookie;
    expect(await loginStatus(url, 'jca.analyst', DEMO_PASSWORD)).toMatchObject({ status: 200 });
    expect(await bearerStatus(url, 'tw_key_demo_jca')).toBe(200);
    expect(await socketOutcome(url, 'tw_dev_demo_cbp')).toBe('connected');
    await stop();
  }, 180_000);

  it('[OPS-1] a DEMO=off start on a folder that had a demo start leaves no demo login, session, key or device token working', async () => {
    const { url } = await start({ DEMO: 'off' });
    expect(await loginStatus(url, 'admin', DEMO_PASSWORD)).toMatchObject({ status: 401 });
    expect(await loginStatus(url, 'jca.analyst', DEMO_PASSWORD)).toMatchObject({ status: 401 });
    expect(await loginStatus(url, 'cbp.wall', DEMO_PASSWORD)).toMatchObject({ status: 401 });
    const me = await fetch(`${url}/api/v1/auth/me`, { headers: { cookie: demoCookie } });
    expect(me.status).toBe(401);
    for (const agency of ['jca', 'cbp', 'impacs']) {
      expect(await bearerStatus(url, `tw_key_demo_${agency}`)).toBe(401);
      expect(await bearerStatus(url, `tw_dev_demo_${agency}`)).toBe(401);
    }
    expect(await socketOutcome(url, 'tw_dev_demo_cbp')).toBe('refused');
    expect(await deployment(url)).toEqual({ demoCredentials: false, setupNeeded: true });
    await stop();
  }, 180_000);

  it('[OPS-2] the setup command creates a working administrator exactly once; a second use is refused', async () => {
    const passwordFile = join(dir.path, 'admin-password');
    writeFileSync(passwordFile, `${ADMIN_PASSWORD}\n`);

    const weak = await runSetup(SETUP_ARGS, { TIDEWATCH_ADMIN_PASSWORD: 'short' });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('password: at least 12 characters');

    const first = await runSetup([...SETUP_ARGS, '--password-file', passwordFile]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Created administrator ops.admin');

    const second = await runSetup([...SETUP_ARGS.slice(0, -1), 'intruder', '--password-file', passwordFile]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('setup has been done already');

    const { url } = await start({ DEMO: 'off' });
    expect(await loginStatus(url, 'ops.admin', ADMIN_PASSWORD)).toMatchObject({ status: 200 });
    expect(await loginStatus(url, 'intruder', ADMIN_PASSWORD)).toMatchObject({ status: 401 });
    expect(await loginStatus(url, 'admin', DEMO_PASSWORD)).toMatchObject({ status: 401 });
    expect(await deployment(url)).toEqual({ demoCredentials: false, setupNeeded: false });
    await stop();
  }, 300_000);
});
