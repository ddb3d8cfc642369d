/**
 * The import-graph check behind `pnpm lint:graph`. It parses every TypeScript file of the tree with a real
 * parser (oxc, through rolldown's `parseSync`), resolves relative and workspace imports to files, and fails on:
 *   - a run-time import circle between files (type-only imports are erased by the compiler, so they are
 *     listed apart and do not fail the check);
 *   - apps/server/src/services importing apps/server/src/intel or apps/server/src/http/routes;
 *   - a loop between the feature folders of apps/web/src;
 *   - a package importing an app.
 * It prints every finding with the files involved, and exits 1 when there is one.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildImportGraph } from './import-graph/graph.ts';
import { readSourceTree } from './import-graph/tree.ts';
import { findFindings } from './import-graph/rules.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const graph = buildImportGraph(readSourceTree(root));
const report = findFindings(graph);

console.log(`import graph: ${graph.files.length} files, ${graph.edges.length} imports resolved inside the tree`);
for (const section of report.sections) {
  console.log(`\n${section.ok ? 'ok  ' : 'FAIL'} ${section.title}: ${section.lines.length === 0 ? 'none' : ''}`);
  for (const line of section.lines) console.log(`     ${line}`);
}
if (report.parseErrors.length > 0) {
  console.log('\nFAIL files the parser could not read:');
  for (const line of report.parseErrors) console.log(`     ${line}`);
}
const failed = report.sections.filter((s) => !s.ok).length + (report.parseErrors.length > 0 ? 1 : 0);
console.log(failed === 0 ? '\nimport graph: clean' : `\nimport graph: ${failed} check(s) failed`);
process.exitCode = failed === 0 ? 0 : 1;
