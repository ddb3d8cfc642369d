/**
 * Runs every benchmark (bench/**\/*.bench.ts), or those whose path contains an argument:
 *   pnpm bench            all
 *   pnpm bench realtime   only bench/realtime/*
 * Each benchmark prints its figures and writes bench/results/<name>.json.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);

function findBenchmarks(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'results' || entry.name === 'support' ? [] : findBenchmarks(path);
    return entry.name.endsWith('.bench.ts') ? [path] : [];
  });
}

const selected = findBenchmarks(benchDir)
  .sort()
  .filter((path) => filters.length === 0 || filters.some((f) => relative(benchDir, path).includes(f)));
if (selected.length === 0) {
  console.error(`no benchmark matches ${filters.join(' ')}`);
  process.exit(2);
}
let failed = 0;
for (const path of selected) {
  console.log(`\n### ${relative(benchDir, path)}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path], {
    stdio: 'inherit',
    cwd: join(benchDir, '..'),
  });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
