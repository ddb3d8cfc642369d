import { mkdirSync, rmSync, statSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { DatabaseLockedError } from './errors.ts';

const LOCK_FILE = 'tidewatch.lock';
const GREETING_TIMEOUT_MS = 2_000;
const MAX_SOCKET_PATH = 100;

/**
 * PGlite takes no lock on its folder and two processes writing one folder corrupt it, so a node holds the
 * folder while it runs. A pid in a file cannot say whether its writer is alive: after a container restart
 * the new process often has the old one's pid, and after a host restart the pid may belong to anything.
 * Node has no flock without a native addon, so the lock is held by two listening unix sockets, which the
 * kernel takes back the moment the process dies, however it dies:
 *
 * - an abstract socket (Linux) named after the folder's device and inode. Binding it is atomic and it leaves
 *   nothing on disk, so two processes starting together on one folder cannot both win, stale or not.
 *   Abstract names are per network namespace, hence the second socket:
 * - a socket file `tidewatch.lock` in the folder. Any process on this kernel that can see the folder can
 *   connect to it, whatever its namespaces; a file left by a dead holder refuses connections
 *   (ECONNREFUSED), so it is known stale and replaced.
 *
 * A live holder answers a connection with its pid, so the refusal can name it.
 */
export async function acquireDataDirLock(dataDir: string): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  const { dev, ino } = statSync(dataDir);
  const abstract = `\0tidewatch-data-dir-${dev}-${ino}`;
  const path = join(dataDir, LOCK_FILE);

  // Abstract sockets exist on Linux only; elsewhere the socket file alone guards the folder.
  const guard = process.platform === 'linux' ? await listenOrRefuse(abstract, dataDir, false) : undefined;
  // A unix socket path has room for about 107 bytes; a folder deeper than that keeps the abstract lock only
  // (one network namespace), rather than refusing to start.
  const withFile = !guard || Buffer.byteLength(path) <= MAX_SOCKET_PATH;
  let holder: Server | undefined;
  try {
    holder = withFile ? await listenOrRefuse(path, dataDir, true) : undefined;
  } catch (err) {
    if (guard) await closeServer(guard);
    throw err;
  }
  return async () => {
    if (holder) {
      await closeServer(holder);
      rmSync(path, { force: true });
    }
    if (guard) await closeServer(guard);
  };
}

async function listenOrRefuse(address: string, dataDir: string, canBeStale: boolean): Promise<Server> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await listen(address);
    } catch (err) {
      if (code(err) !== 'EADDRINUSE') throw err;
      const holderPid = await askHolder(address);
      // An abstract name in use always has a live owner (perhaps between bind and listen): never stale.
      if (holderPid !== 'gone' || !canBeStale)
        throw new DatabaseLockedError(dataDir, holderPid === 'gone' ? null : holderPid);
      // A socket file nobody listens on, and this process alone holds the abstract name: replace it.
      rmSync(address, { force: true });
    }
  }
  throw new Error(`could not take the lock ${address}`);
}

function listen(address: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => {
      socket.on('error', () => undefined);
      socket.end(JSON.stringify({ pid: process.pid }));
    });
    server.once('error', reject);
    server.listen({ path: address, exclusive: true }, () => {
      server.off('error', reject);
      // The lock must not keep an otherwise finished process alive.
      server.unref();
      resolve(server);
    });
  });
}

/** The pid a live holder reports, `null` if it is alive but did not say, `gone` if nobody listens. */
function askHolder(address: string): Promise<number | null | 'gone'> {
  return new Promise((resolve) => {
    const socket = createConnection({ path: address });
    let text = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(null);
    }, GREETING_TIMEOUT_MS);
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('end', () => {
      clearTimeout(timer);
      resolve(pidOf(text));
    });
    socket.on('error', (err) => {
      clearTimeout(timer);
      // ECONNREFUSED: a socket file (or an old pid file) nobody listens on; ENOENT: it went away meanwhile.
      resolve(code(err) === 'ECONNREFUSED' || code(err) === 'ENOENT' ? 'gone' : null);
    });
  });
}

function pidOf(text: string): number | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && 'pid' in parsed && typeof parsed.pid === 'number')
      return parsed.pid;
  } catch {
    // not a greeting we know
  }
  return null;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

function code(err: unknown): string | undefined {
  return err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}
