import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseLockedError, acquireDataDirLock, openDatabase } from '../src/index.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';

const dir = createTempDir('lock');
afterAll(() => dir.remove());
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const lockPath = (folder: string) => join(folder, 'tidewatch.lock');

/** A child process that takes the lock on `folder`, says `won` or `refused <pid>`, and holds it until killed. */
function lockingChild(folder: string): ChildProcessWithoutNullStreams {
  const script = `import { acquireDataDirLock } from './packages/db/src/index.ts';
    acquireDataDirLock(${JSON.stringify(folder)}).then(
      () => { console.log('won'); setInterval(() => undefined, 1000); },
      (e) => { console.log('refused ' + (e.holderPid ?? e.message)); process.exit(3); });`;
  return spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot });
}

function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve(out.slice(0, nl));
    });
    child.once('exit', (code) => reject(new Error(`child exited ${code} before answering: ${out}`)));
  });
}

/** A process that opens the embedded database in `folder` (see support/data-dir-process.ts). */
function databaseProcess(command: 'hold' | 'read', folder: string, agency = ''): ChildProcessWithoutNullStreams {
  return spawn(
    process.execPath,
    ['--import', 'tsx', 'packages/db/test/support/data-dir-process.ts', command, folder, agency],
    {
      cwd: repoRoot,
    },
  );
}

/** The first line a child printed and its exit code, once it has exited. */
async function finish(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; line: string }> {
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, line: out.split('\n')[0] ?? '' };
}

async function kill(child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

describe('embedded database folder lock', () => {
  it('[OPS-L1] a second process opening the same PGlite folder fails fast with a clear message', async () => {
    const handle = await openDatabase({ dataDir: dir.path });
    try {
      const script = `import { openDatabase } from './packages/db/src/index.ts';
        openDatabase({ dataDir: ${JSON.stringify(dir.path)} }).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(3); });`;
      const started = Date.now();
      // Asynchronous: this process must stay free to answer the child's question "who holds it?".
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: repoRoot,
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const status = await new Promise((resolve) => child.once('exit', resolve));
      expect(status).toBe(3);
      expect(stderr).toContain(`in use by another Tidewatch process (pid ${process.pid})`);
      expect(Date.now() - started).toBeLessThan(15_000);
      // A second open inside this very process would corrupt the folder just the same.
      await expect(openDatabase({ dataDir: dir.path })).rejects.toBeInstanceOf(DatabaseLockedError);
    } finally {
      await handle.close();
    }
    expect(existsSync(lockPath(dir.path))).toBe(false);
  });

  it('[OPS-L1] takes over a lock left by a process that no longer exists, and holds it while open', async () => {
    writeFileSync(lockPath(dir.path), '999999999');
    const handle = await openDatabase({ dataDir: dir.path });
    try {
      expect(handle.kind).toBe('pglite');
      await expect(acquireDataDirLock(dir.path)).rejects.toBeInstanceOf(DatabaseLockedError);
    } finally {
      await handle.close();
    }
    const release = await acquireDataDirLock(dir.path);
    await release();
  });

  it('[OPS-L1] a lock file naming this very pid (a container restarted in a fresh PID namespace) is taken over and held', async () => {
    const folder = join(dir.path, 'same-pid');
    await (await acquireDataDirLock(folder))();
    writeFileSync(lockPath(folder), String(process.pid));
    const release = await acquireDataDirLock(folder);
    try {
      await expect(acquireDataDirLock(folder)).rejects.toMatchObject({ holderPid: process.pid });
    } finally {
      await release();
    }
  });

  it('[OPS-L1] a lock file naming a pid now used by an unrelated live process is taken over and held', async () => {
    const folder = join(dir.path, 'reused-pid');
    const unrelated = spawn('sleep', ['30']);
    try {
      await (await acquireDataDirLock(folder))();
      writeFileSync(lockPath(folder), String(unrelated.pid));
      const release = await acquireDataDirLock(folder);
      try {
        await expect(acquireDataDirLock(folder)).rejects.toMatchObject({ holderPid: process.pid });
      } finally {
        await release();
      }
    } finally {
      unrelated.kill('SIGKILL');
    }
  });

  it('[OPS-L1] while one process has the database open another cannot open it; after the first exits, or crashes, it can', async () => {
    const folder = join(dir.path, 'processes');
    const first = databaseProcess('hold', folder, 'FIRST');
    expect(await firstLine(first)).toBe('open FIRST');
    expect(await finish(databaseProcess('read', folder))).toEqual({ code: 3, line: `locked ${first.pid}` });
    // A clean exit: the holder closes the database and ends; the next process opens it, data and all.
    first.stdin.write('close\n');
    expect(await new Promise((resolve) => first.once('exit', resolve))).toBe(0);
    const second = databaseProcess('hold', folder, 'SECOND');
    expect(await firstLine(second)).toBe('open FIRST,SECOND');
    expect(await finish(databaseProcess('read', folder))).toEqual({ code: 3, line: `locked ${second.pid}` });
    // A crash: nothing of the holder runs after SIGKILL, yet the next process opens the folder and its data.
    await kill(second, 'SIGKILL');
    expect(await finish(databaseProcess('read', folder))).toEqual({ code: 0, line: 'agencies FIRST,SECOND' });
    // Each child compiles TypeScript and three open PGlite (the first runs initdb): minutes on a busy machine.
  }, 300_000);

  it('[OPS-L1] a holder killed with SIGKILL leaves its lock behind, and the next start takes it over', async () => {
    const folder = join(dir.path, 'killed');
    const holder = lockingChild(folder);
    expect(await firstLine(holder)).toBe('won');
    await expect(acquireDataDirLock(folder)).rejects.toMatchObject({ holderPid: holder.pid });
    await kill(holder, 'SIGKILL');
    expect(existsSync(lockPath(folder))).toBe(true);
    const release = await acquireDataDirLock(folder);
    await release();
  });

  it('[OPS-L1] two processes starting at once on one folder: exactly one wins, with or without a stale lock', async () => {
    for (let round = 0; round < 2; round++) {
      const folder = join(dir.path, `race-${round}`);
      if (round % 2 === 1) {
        await (await acquireDataDirLock(folder))();
        writeFileSync(lockPath(folder), '999999999');
      }
      const children = [lockingChild(folder), lockingChild(folder)];
      try {
        const answers = await Promise.all(children.map(firstLine));
        expect(answers.filter((a) => a === 'won')).toHaveLength(1);
        const winner = children[answers.indexOf('won')];
        expect(answers.filter((a) => a === `refused ${winner?.pid}`)).toHaveLength(1);
      } finally {
        await Promise.all(children.map((c) => kill(c)));
      }
    }
    // Each child compiles TypeScript on start: slow on a busy machine.
  }, 180_000);

  it('[OPS-L1] a folder too deep for a socket file still locks (by the abstract socket) instead of refusing to start', async () => {
    const folder = join(dir.path, 'd'.repeat(60), 'e'.repeat(60));
    const release = await acquireDataDirLock(folder);
    try {
      await expect(acquireDataDirLock(folder)).rejects.toMatchObject({ holderPid: process.pid });
    } finally {
      await release();
    }
    await (await acquireDataDirLock(folder))();
  });
});
