/**
 * Worker thread entry: runs embedded PGlite off the server's event loop. PGlite executes every statement in
 * WASM on the thread that calls it; on the main thread a 400 ms trend query or a group commit would hold up
 * the live stream, the heartbeats and every HTTP answer for as long. Here it holds up only this thread.
 *
 * PGlite serialises statements itself: a plain query waits while a transaction is open, and statements sent
 * with that transaction's id run inside it, exactly as on a single PGlite in-process.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import {
  serializeError,
  type QueryResult,
  type WorkerOptions,
  type WorkerRequest,
  type WorkerResponse,
  type WorkerStartup,
} from './protocol.ts';
import { embeddedPgliteOptions } from './pglite-settings.ts';

const port = parentPort;
if (port === null) throw new Error('embedded database worker: must run as a worker thread');
const { dataDir } = workerData as WorkerOptions;

/** Thrown inside PGlite's transaction callback to make it roll back; never leaves this file. */
const ROLLBACK = Symbol('rollback');

interface OpenTransaction {
  tx: Transaction;
  /** Settles PGlite's transaction callback: true commits, false rolls back. */
  finish(commit: boolean): void;
  /** PGlite's transaction() call: resolves after COMMIT or ROLLBACK has run. */
  done: Promise<void>;
}

const open = new Map<number, OpenTransaction>();
const keepRaw = (value: unknown): unknown => value;
/** Parser maps by their type list: drizzle sends the same one or two lists with every statement. */
const parserMaps = new Map<string, Record<number, typeof keepRaw>>();

function parsersKeepingRaw(oids: number[]): Record<number, typeof keepRaw> {
  const key = oids.join(',');
  let parsers = parserMaps.get(key);
  if (parsers === undefined) {
    parsers = Object.fromEntries(oids.map((oid) => [oid, keepRaw]));
    parserMaps.set(key, parsers);
  }
  return parsers;
}

function reply(response: WorkerResponse): void {
  port?.postMessage(response);
}

async function runQuery(db: PGlite, request: Extract<WorkerRequest, { op: 'query' }>): Promise<QueryResult> {
  const target = request.txId === undefined ? db : open.get(request.txId)?.tx;
  if (target === undefined) throw new Error(`no open transaction ${request.txId}`);
  const parsers = parsersKeepingRaw(request.rawTypes);
  const { rows, fields, affectedRows } = await target.query(request.sql, request.params, {
    rowMode: request.rowMode,
    parsers,
  });
  return { rows, fields: fields.map(({ name, dataTypeID }) => ({ name, dataTypeID })), affectedRows };
}

/** Resolves once BEGIN has run and the transaction is registered under txId. */
function begin(db: PGlite, txId: number): Promise<void> {
  return new Promise((begun, failed) => {
    let started = false;
    const done = db
      .transaction(
        (tx) =>
          new Promise<void>((commit, rollback) => {
            started = true;
            open.set(txId, { tx, finish: (ok) => (ok ? commit() : rollback(ROLLBACK)), done });
            begun();
          }),
      )
      .catch((err: unknown) => {
        if (!started) failed(err);
        else if (err !== ROLLBACK) throw err;
      })
      .finally(() => open.delete(txId));
  });
}

async function end(txId: number, commit: boolean): Promise<void> {
  const transaction = open.get(txId);
  if (transaction === undefined) throw new Error(`no open transaction ${txId}`);
  transaction.finish(commit);
  await transaction.done;
}

async function handle(db: PGlite, request: WorkerRequest): Promise<void> {
  try {
    switch (request.op) {
      case 'query':
        reply({ id: request.id, ok: true, result: await runQuery(db, request) });
        return;
      case 'begin':
        await begin(db, request.txId);
        break;
      case 'end':
        await end(request.txId, request.commit);
        break;
      case 'close':
        await db.close();
        break;
    }
    reply({ id: request.id, ok: true });
  } catch (err) {
    reply({ id: request.id, ok: false, error: serializeError(err) });
  }
}

try {
  const db = await PGlite.create(embeddedPgliteOptions(dataDir));
  port.on('message', (request: WorkerRequest) => void handle(db, request));
  port.postMessage({ ready: true } satisfies WorkerStartup);
} catch (err) {
  port.postMessage({ ready: false, error: serializeError(err) } satisfies WorkerStartup);
}
