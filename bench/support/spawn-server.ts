import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface SpawnedServer {
  url: string;
  /** CPU time (user + system) the server process has used so far, in ms; NaN where /proc is missing. */
  cpuTimeMs(): number;
  stop(): Promise<void>;
}

/** utime + stime of a process from /proc/<pid>/stat (Linux), in ms. */
function processCpuTimeMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** USER_HZ: 100 on every Linux this runs on (sysconf is not reachable from Node). */
const CLOCK_TICKS_PER_SECOND = 100;

/** Extra Node.js flags for the server process only, e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof". */
const serverNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((arg) => arg !== '');

/**
 * BENCH_SERVER_BUILD=compiled runs the production bundle (`pnpm build:server` first), as `pnpm start:prod` and
 * the service unit do: plain JavaScript, no TypeScript loader in the process. Default: the sources under tsx.
 */
const serverEntry =
  process.env.BENCH_SERVER_BUILD === 'compiled'
    ? ['apps/server/dist/main.js']
    : ['--import', 'tsx', 'apps/server/src/main.ts'];

/** Runs a real server process (as `pnpm start` would) so the benchmark's clients do not share its CPU time. */
export async function spawnServer(
  env: Record<string, string>,
  port: number,
  readyTimeoutMs = 60_000,
  /** When given, the server's stdout (its JSON log lines) goes here, one line at a time, instead of the console. */
  onStdoutLine?: (line: string) => void,
): Promise<SpawnedServer> {
  const child: ChildProcess = spawn(process.execPath, [...serverNodeArgs, ...serverEntry], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DEMO: 'off', ...env },
    stdio: ['ignore', onStdoutLine ? 'pipe' : 'inherit', 'inherit'],
  });
  if (onStdoutLine && child.stdout) createInterface({ input: child.stdout }).on('line', onStdoutLine);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`server did not become ready in ${readyTimeoutMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    cpuTimeMs: () => processCpuTimeMs(child.pid),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
