/**
 * A separate Tidewatch-like process for the data-folder lock tests: it opens the embedded database in a folder
 * the way a node does, so the lock is tested between real processes, not between two calls of one.
 *
 *   hold <dir> <agency>  opens the database, stores the agency, prints `open <codes,...>` (every stored agency),
 *                        and keeps the database open until a line `close` arrives on stdin (then closes and exits 0) or it is killed.
 *   read <dir>           opens the database, prints `agencies <codes,...>`, closes and exits 0.
 * Either prints `locked <pid>` and exits 3 when another process holds the folder.
 */
import { createInterface } from 'node:readline';
import { DatabaseLockedError, createAgencyRepository, openDatabase, type DatabaseHandle } from '../../src/index.ts';

const LOCKED_EXIT_CODE = 3;

async function open(dataDir: string): Promise<DatabaseHandle> {
  try {
    return await openDatabase({ dataDir });
  } catch (err) {
    if (!(err instanceof DatabaseLockedError)) throw err;
    console.log(`locked ${err.holderPid ?? 'unknown'}`);
    process.exit(LOCKED_EXIT_CODE);
  }
}

async function main([command, dataDir, agency]: string[]): Promise<void> {
  if (!dataDir) throw new Error('usage: hold <dir> <agency> | read <dir>');
  const handle = await open(dataDir);
  const agencies = createAgencyRepository(handle.db);
  const storedCodes = async () => (await agencies.list()).map((a) => a.code).join(',');
  if (command === 'hold' && agency) {
    await agencies.upsertMany([{ code: agency, name: `stored by pid ${process.pid}`, country: 'JM' }]);
    console.log(`open ${await storedCodes()}`);
    for await (const line of createInterface({ input: process.stdin })) if (line === 'close') break;
    // An open stdin would keep this process alive after its database closed.
    process.stdin.destroy();
  } else if (command === 'read') {
    console.log(`agencies ${await storedCodes()}`);
  } else {
    throw new Error(`unknown command ${command}`);
  }
  await handle.close();
}

await main(process.argv.slice(2));
