/**
 * Per-file durations from a vitest JSON report, slowest first, as the Markdown rows docs/testing.md keeps:
 *   npx vitest run --project unit --project integration --reporter=json --outputFile=/tmp/report.json
 *   npx tsx test/tools/durations.ts /tmp/report.json [rows]
 * A file's duration is the report's endTime - startTime for it (its hooks and tests, not its import).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface AssertionResult {
  status: string;
  duration?: number | null;
}
interface FileResult {
  name: string;
  status: string;
  startTime: number;
  endTime: number;
  assertionResults: AssertionResult[];
}
interface Report {
  numTotalTests: number;
  numFailedTests: number;
  startTime: number;
  testResults: FileResult[];
}

const [path, rowsArg] = process.argv.slice(2);
if (path === undefined) {
  console.error('usage: tsx test/tools/durations.ts REPORT.json [rows]');
  process.exit(2);
}
const report = JSON.parse(readFileSync(path, 'utf8')) as Report;
const files = report.testResults
  .map((f) => ({
    file: relative(process.cwd(), f.name),
    seconds: (f.endTime - f.startTime) / 1000,
    tests: f.assertionResults.length,
    failed: f.assertionResults.filter((a) => a.status === 'failed').length,
  }))
  .sort((a, b) => b.seconds - a.seconds);
const total = files.reduce((sum, f) => sum + f.seconds, 0);
const rows = rowsArg === undefined ? files.length : Number(rowsArg);

console.log(
  `${files.length} files, ${report.numTotalTests} tests (${report.numFailedTests} failed), file time summed ${total.toFixed(0)} s`,
);
console.log('| file | s | tests | failed |\n| --- | ---: | ---: | ---: |');
for (const f of files.slice(0, rows)) console.log(`| ${f.file} | ${f.seconds.toFixed(1)} | ${f.tests} | ${f.failed} |`);
