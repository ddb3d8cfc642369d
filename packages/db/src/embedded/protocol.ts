/**
 * Messages between the server's event loop and the worker thread that runs embedded PGlite. Everything here
 * crosses `postMessage`, so it must survive the structured clone: plain data, no functions, no classes.
 */

export type RowMode = 'array' | 'object';

export type WorkerRequest =
  | {
      op: 'query';
      id: number;
      /** The open transaction this statement belongs to; absent outside a transaction. */
      txId?: number | undefined;
      sql: string;
      params: unknown[];
      rowMode: RowMode;
      /** Type OIDs to hand back as the text PostgreSQL sent (drizzle parses dates and intervals itself). */
      rawTypes: number[];
    }
  /** Answered once BEGIN has run, so statements sent with this txId are inside it. */
  | { op: 'begin'; id: number; txId: number }
  /** Answered once COMMIT (or ROLLBACK) has run; a failed COMMIT answers its error. */
  | { op: 'end'; id: number; txId: number; commit: boolean }
  | { op: 'close'; id: number };

export interface QueryResult {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number | undefined;
}

/** A PostgreSQL error's fields (SQLSTATE code, constraint, ...) as data; `Error` itself loses them in the clone. */
export interface SerializedError {
  name: string;
  message: string;
  fields: Record<string, string | number | undefined>;
}

export type WorkerResponse =
  | { id: number; ok: true; result?: QueryResult | undefined }
  | { id: number; ok: false; error: SerializedError };

/** The worker's first message: PGlite opened its folder (and ran recovery if it had to), or could not. */
export type WorkerStartup = { ready: true } | { ready: false; error: SerializedError };

export interface WorkerOptions {
  dataDir: string;
}

/** The fields of pg-protocol's DatabaseError, which PGlite throws, that callers read (e.g. code 23505). */
const DATABASE_ERROR_FIELDS = [
  'code',
  'severity',
  'detail',
  'hint',
  'position',
  'where',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'routine',
] as const;

export function serializeError(err: unknown): SerializedError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err), fields: {} };
  const fields: SerializedError['fields'] = {};
  const source = err as Error & Record<string, unknown>;
  for (const key of DATABASE_ERROR_FIELDS) {
    const value = source[key];
    if (typeof value === 'string' || typeof value === 'number') fields[key] = value;
  }
  return { name: err.name, message: err.message, fields };
}

export function deserializeError(serialized: SerializedError): Error {
  const err = new Error(serialized.message);
  err.name = serialized.name;
  return Object.assign(err, serialized.fields);
}
