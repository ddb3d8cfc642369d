/**
 * The server-side half of embedded PGlite in a worker thread (see worker.ts for why). It offers the part of
 * PGlite's client that drizzle's PGlite driver calls, query() and transaction(), so the same driver, dialect
 * and migrator serve it unchanged.
 */
import { Worker } from 'node:worker_threads';
import {
  deserializeError,
  type QueryResult,
  type RowMode,
  type WorkerOptions,
  type WorkerRequest,
  type WorkerResponse,
  type WorkerStartup,
} from './protocol.ts';

/** What drizzle passes with each statement; its parsers only ever keep a type as text (see rawTypes). */
export interface QueryOptions {
  rowMode?: RowMode;
  parsers?: Record<number, unknown>;
}

export interface EmbeddedQueryable {
  query(sql: string, params?: unknown[], options?: QueryOptions): Promise<QueryResult>;
}

export interface EmbeddedClient extends EmbeddedQueryable {
  transaction<T>(run: (tx: EmbeddedQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

type Pending = { resolve: (result: QueryResult | undefined) => void; reject: (err: Error) => void };
/** A request before it is numbered (Omit over each member of the union, not over the union as one). */
type RequestBody = WorkerRequest extends infer Member
  ? Member extends WorkerRequest
    ? Omit<Member, 'id'>
    : never
  : never;

/** The worker's file name beside the compiled server bundle (apps/server/build.ts puts it there). */
export const COMPILED_WORKER_FILE = 'pglite-worker.js';

/**
 * Run from source, the worker is TypeScript: workers do not inherit the loader hooks tsx registered on the main
 * thread, so the worker registers tsx itself before loading its entry (the same way under `pnpm start` and
 * under vitest). Compiled, this code sits in the server bundle and the worker is plain JavaScript beside it,
 * so production runs without tsx and its esbuild service in the process.
 */
function newWorker(options: WorkerOptions): Worker {
  const common = { workerData: options, name: 'tidewatch-pglite' };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL(`./${COMPILED_WORKER_FILE}`, import.meta.url), common);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  return new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${entry}); })`, {
    ...common,
    eval: true,
  });
}

/** Told when the worker ends without close(): a crash inside PGlite, which in-process would have ended the process. */
export type UnexpectedStop = (reason: Error) => void;

export async function startEmbeddedWorker(
  options: WorkerOptions,
  onUnexpectedStop?: UnexpectedStop,
): Promise<EmbeddedClient> {
  const worker = newWorker(options);
  return connectWorker(worker, onUnexpectedStop);
}

/** The client of a started worker that speaks the protocol; separate from the spawn so tests can hand it any worker. */
export async function connectWorker(worker: Worker, onUnexpectedStop?: UnexpectedStop): Promise<EmbeddedClient> {
  const startup = await firstMessage(worker);
  if (!startup.ready) {
    await worker.terminate();
    throw deserializeError(startup.error);
  }
  return new WorkerClient(worker, onUnexpectedStop);
}

/**
 * The worker's startup message, or its failure to send one. Only our own listeners are removed afterwards:
 * Worker keeps listeners of its own (they ref and unref its message port).
 */
function firstMessage(worker: Worker): Promise<WorkerStartup> {
  return new Promise<WorkerStartup>((resolve, reject) => {
    const onMessage = (startup: WorkerStartup) => {
      detach();
      resolve(startup);
    };
    const onError = (err: Error) => {
      detach();
      reject(err);
    };
    const onExit = (code: number) =>
      onError(new Error(`embedded database worker exited with code ${code} while starting`));
    const detach = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

class WorkerClient implements EmbeddedClient {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private nextTxId = 1;
  /** Set once the worker has gone (closed, crashed): every later call fails with it instead of hanging. */
  private stopped: Error | undefined;
  private closing = false;

  constructor(
    private readonly worker: Worker,
    private readonly onUnexpectedStop: UnexpectedStop = () => undefined,
  ) {
    worker.on('message', (response: WorkerResponse) => this.settle(response));
    worker.on('error', (err) =>
      this.stop(new Error(`embedded database worker failed: ${err.message}`, { cause: err })),
    );
    worker.on('exit', (code) => this.stop(new Error(`embedded database worker has stopped (exit code ${code})`)));
    // Idle, the worker must not keep the process alive (an idle PGlite in-process would not either).
    worker.unref();
  }

  query(sql: string, params: unknown[] = [], options: QueryOptions = {}): Promise<QueryResult> {
    return this.statement(undefined, sql, params, options);
  }

  async transaction<T>(run: (tx: EmbeddedQueryable) => Promise<T>): Promise<T> {
    const txId = this.nextTxId++;
    await this.request({ op: 'begin', txId });
    const tx: EmbeddedQueryable = {
      query: (sql, params = [], options = {}) => this.statement(txId, sql, params, options),
    };
    let result: T;
    try {
      result = await run(tx);
    } catch (err) {
      // The caller's error is the one that matters; a rollback that fails too means the worker is gone.
      await this.request({ op: 'end', txId, commit: false }).catch(() => undefined);
      throw err;
    }
    await this.request({ op: 'end', txId, commit: true });
    return result;
  }

  async close(): Promise<void> {
    if (this.stopped) return;
    // PGlite flushes and closes its folder first; only then is the thread ended.
    await this.request({ op: 'close' });
    this.closing = true;
    await this.worker.terminate();
  }

  /** One statement, inside the transaction txId or, when undefined, on its own. */
  private statement(
    txId: number | undefined,
    sql: string,
    params: unknown[],
    options: QueryOptions,
  ): Promise<QueryResult> {
    const rawTypes = Object.keys(options.parsers ?? {}).map(Number);
    return this.request({ op: 'query', txId, sql, params, rowMode: options.rowMode ?? 'object', rawTypes }).then(
      expectResult,
    );
  }

  private request(body: RequestBody): Promise<QueryResult | undefined> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      try {
        this.worker.postMessage({ ...body, id });
      } catch (err) {
        // A parameter the structured clone cannot carry (a function, say) fails here, before anything ran.
        reject(err instanceof Error ? err : new Error(String(err)));
        return;
      }
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
    });
  }

  private settle(response: WorkerResponse): void {
    const waiting = this.pending.get(response.id);
    if (waiting === undefined) return;
    this.pending.delete(response.id);
    if (this.pending.size === 0) this.worker.unref();
    if (response.ok) waiting.resolve(response.result);
    else waiting.reject(deserializeError(response.error));
  }

  private stop(reason: Error): void {
    if (this.stopped) return;
    this.stopped = reason;
    for (const waiting of this.pending.values()) waiting.reject(reason);
    this.pending.clear();
    if (!this.closing) this.onUnexpectedStop(reason);
  }
}

function expectResult(result: QueryResult | undefined): QueryResult {
  if (result === undefined) throw new Error('embedded database worker answered a query without a result');
  return result;
}
