import type { TestProject } from 'vitest/node';
import { openDatabase } from '@tidewatch/db';
import { createTempDir } from './temp-dir.ts';

/**
 * Vitest global setup: migrates one embedded PGlite folder from empty, once per run, and hands its path to
 * the tests (inject('migratedDataDir'), see migrated-data-dir.ts). Closed before any test copies it, so the
 * copies are consistent; removed when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const template = createTempDir('migrated-template');
  const handle = await openDatabase({ dataDir: template.path, embeddedThread: 'main' });
  await handle.close();
  project.provide('migratedDataDir', template.path);
  return () => template.remove();
}
