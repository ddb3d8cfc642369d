import { cpSync, existsSync, readdirSync } from 'node:fs';
import { createTempDir } from './temp-dir.ts';

/**
 * A fresh embedded PGlite folder costs an initdb plus every migration (seconds, tens of seconds on a loaded
 * machine), and most tests only need an empty database of the current schema. The vitest global setup
 * (test/support/migrated-template.global-setup.ts) builds one such folder per run; tests copy it instead.
 * The first-run path (migrating from nothing) keeps its own tests, which open empty folders directly.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated, closed PGlite folder made once for this run; absent outside the projects that build it. */
    migratedDataDir?: string;
  }
}

/** The run's migrated template folder, when running under a vitest project that made one (benches do not). */
async function migratedTemplate(): Promise<string | undefined> {
  if (!process.env.VITEST) return undefined;
  const { inject } = await import('vitest');
  return inject('migratedDataDir');
}

const isEmptyFolder = (path: string): boolean => !existsSync(path) || readdirSync(path).length === 0;

/**
 * Fills an empty (or absent) folder with a copy of the run's migrated template, so the server or database
 * opened on it finds every migration applied. Answers false, leaving the folder alone, when the folder
 * already holds something (a test reopening its own data) or no template exists (outside vitest); the
 * database then migrates as it always does.
 */
export async function seedMigratedDataDir(path: string): Promise<boolean> {
  if (!isEmptyFolder(path)) return false;
  const template = await migratedTemplate();
  if (template === undefined) return false;
  cpSync(template, path, { recursive: true });
  return true;
}

/** createTempDir whose folder already holds a migrated embedded database (or is empty outside vitest). */
export async function createMigratedDataDir(label: string): Promise<{ path: string; remove(): void }> {
  const dir = createTempDir(label);
  await seedMigratedDataDir(dir.path);
  return dir;
}
