/**
 * `pnpm lint:i18n`: no user-facing text in the dashboard's markup escapes the translation layer (issue 19).
 * Every .tsx file under apps/web/src is parsed (oxc, through rolldown); JSX text, `{'text'}` children and spoken
 * attributes (title, placeholder, aria-label, alt, label) written as literals are findings.
 *
 * While the screens are being moved over, the files not yet moved are listed in scripts/i18n-check/pending.txt:
 * they may still hold literals; every other file must hold none. A listed file that has become clean must leave
 * the list (so the list only shrinks), and the check fails until it does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSourceTree } from './import-graph/tree.ts';
import { findLiterals } from './i18n-check/literals.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pendingFile = path.join(root, 'scripts/i18n-check/pending.txt');
const pending = new Set(
  readFileSync(pendingFile, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#')),
);

const tree = readSourceTree(root);
const files = tree.files.filter((f) => f.startsWith('apps/web/src/') && f.endsWith('.tsx') && !f.includes('.test.'));
let failures = 0;
let pendingLiterals = 0;
for (const file of files) {
  const literals = findLiterals(file, tree.read(file));
  if (pending.has(file)) {
    pendingLiterals += literals.length;
    if (literals.length === 0) {
      failures++;
      console.log(`FAIL ${file} has no literal left: remove it from scripts/i18n-check/pending.txt`);
    }
    continue;
  }
  for (const literal of literals) {
    failures++;
    console.log(`FAIL ${file}:${literal.line} text outside the translation layer: "${literal.text}"`);
  }
}
for (const file of pending) {
  if (!files.includes(file)) {
    failures++;
    console.log(`FAIL ${file} is listed in pending.txt but is not a dashboard .tsx file`);
  }
}
console.log(
  `i18n: ${files.length} files checked, ${files.length - pending.size} fully translated, ${pending.size} pending with ${pendingLiterals} literals`,
);
process.exitCode = failures === 0 ? 0 : 1;
