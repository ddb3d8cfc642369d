/**
 * Memory settings of embedded PGlite (issue 13, finding 13; docs/memory.md). PGlite runs PostgreSQL inside
 * one WebAssembly memory that grows and never shrinks, so every page PostgreSQL touches once stays in the
 * server's RSS for the life of the process. PostgreSQL's defaults size its caches for a dedicated database
 * host (shared_buffers 128 MB, maintenance_work_mem 64 MB): on a server that also holds the vessel picture,
 * those caches alone took most of the 400 MB budget. The operating system's page cache still holds the
 * folder's files, so a smaller buffer pool costs reads from memory, not from disk.
 */
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

/** Each setting is a `-c name=value` start parameter, after PGlite's own (which replacing the list would drop). */
const SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: '16MB',
  // Index builds and VACUUM (migrations, the demo's history seed) take this much at once.
  maintenance_work_mem: '16MB',
  temp_buffers: '2MB',
  work_mem: '4MB',
};

/** The options every embedded PGlite of the server opens with (worker thread and in-process alike). */
export function embeddedPgliteOptions(dataDir: string): PGliteOptions {
  const settings = Object.entries(SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
  return { dataDir, startParams: [...PGlite.defaultStartParams, ...settings] };
}
