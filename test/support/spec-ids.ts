import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type ESTree, parseSync, Visitor } from 'rolldown/utils';

/** A rule ID as SPEC files write them: `REL-3`, `AUD-1a`, `OPS-L4`, `AIS-NMEA-12`. */
const ID = String.raw`[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-[A-Z]?\d+[a-z]?`;
/** One ID, or a range of IDs that differ in their last number: `AIS-GPSD-1..5`. */
const ID_OR_RANGE = new RegExp(String.raw`^(${ID})(?:\.\.(\d+))?$`);
const CITATION = new RegExp(String.raw`\[(${ID})\]`, 'g');

export interface Located {
  id: string;
  where: string;
}

/** The SPEC files that define rules: the root one and one per package. */
export function specFiles(root: string): string[] {
  const packages = readdirSync(path.join(root, 'packages'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join('packages', d.name, 'SPEC.md'))
    .filter((file) => readdirSync(path.join(root, path.dirname(file))).includes('SPEC.md'));
  return ['SPEC.md', ...packages];
}

/** IDs defined by a SPEC file: the first cell of each table row, ranges expanded. */
export function definedIds(file: string, markdown: string): Located[] {
  const out: Located[] = [];
  markdown.split('\n').forEach((line, index) => {
    const firstCell = /^\|([^|]+)\|/.exec(line)?.[1];
    if (firstCell === undefined) return;
    for (const part of firstCell.split(',').map((p) => p.trim())) {
      const match = ID_OR_RANGE.exec(part);
      if (!match?.[1]) continue;
      const where = `${file}:${index + 1}`;
      const last = match[2];
      if (last === undefined) {
        out.push({ id: match[1], where });
        continue;
      }
      const prefix = match[1].replace(/\d+$/, '');
      const first = Number(match[1].slice(prefix.length));
      for (let n = first; n <= Number(last); n++) out.push({ id: `${prefix}${n}`, where });
    }
  });
  return out;
}

/** Test files of the tiers vitest runs (unit, integration, services, e2e). */
export function testFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.test\.tsx?$/.test(entry.name)) out.push(rel);
    }
  };
  for (const top of ['apps', 'packages', 'test']) walk(top);
  return out.sort();
}

const TEST_FUNCTIONS = new Set(['it', 'test', 'describe']);

/** IDs cited in the names of `it`, `test` and `describe` blocks (with `.skip`, `.each(...)` and the like). */
export function citedIds(file: string, source: string): Located[] {
  const program = parseSync(file, source, { lang: file.endsWith('x') ? 'tsx' : 'ts' }).program;
  const out: Located[] = [];
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  new Visitor({
    CallExpression(call) {
      if (!TEST_FUNCTIONS.has(rootName(call.callee) ?? '')) return;
      const name = nameText(call.arguments[0]);
      if (name === null) return;
      for (const match of name.matchAll(CITATION)) {
        if (match[1]) out.push({ id: match[1], where: `${file}:${lineOf(call.start)}` });
      }
    },
  }).visit(program);
  return out;
}

/** `it` for `it(...)`, `it.skip(...)`, `it.each(table)(...)`, `describe.concurrent.each(...)(...)`. */
function rootName(callee: ESTree.Expression): string | null {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression') return rootName(callee.object);
  if (callee.type === 'CallExpression') return rootName(callee.callee);
  return null;
}

function nameText(arg: ESTree.Argument | undefined): string | null {
  if (arg?.type === 'Literal' && typeof arg.value === 'string') return arg.value;
  if (arg?.type === 'TemplateLiteral') return arg.quasis.map((q) => q.value.cooked ?? q.value.raw).join('');
  return null;
}

export function readText(root: string, file: string): string {
  return readFileSync(path.join(root, file), 'utf8');
}
