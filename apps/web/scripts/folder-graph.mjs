#!/usr/bin/env node
// Folder-level import graph of apps/web/src: prints every folder edge that sits on a cycle, every import of a
// feature from outside it that bypasses the feature's index.ts, and every shared folder that imports a
// feature; exits 1 if any exists. Folders are the first path segment under src/ ("(root)" for files in src/).
// Why a script of our own: the rules are about folders, not files, and it needs no dependency to check.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const sourceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const importPattern =
  /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function sourceFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function folderOf(path) {
  const parts = relative(sourceRoot, path).split(sep);
  return parts.length > 1 ? parts[0] : '(root)';
}

/**
 * Folders every feature may import file by file: the app's core (session, transport, live stream, routing,
 * map core) and shared presentation. They never import a feature. Every other folder is a feature, imported
 * from outside only through its index.ts.
 */
const SHARED_FOLDERS = new Set([
  'api',
  'session',
  'routing',
  'live',
  'map-core',
  'theme',
  'forms',
  'markdown',
  'releasability',
]);
/** Composition roots: they assemble features and nothing imports them but the entry point. */
const ROOT_FOLDERS = new Set(['(root)', 'app']);
const problems = [];

const edges = new Map();
for (const file of sourceFiles(sourceRoot)) {
  const from = folderOf(file);
  for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    const target = resolve(dirname(file), specifier);
    const to = folderOf(target);
    if (to === from) continue;
    const isFeature = (folder) => !SHARED_FOLDERS.has(folder) && !ROOT_FOLDERS.has(folder);
    const where = relative(sourceRoot, file);
    if (isFeature(to) && !/\/index\.tsx?$/.test(target) && !/\.css$/.test(target))
      problems.push(`${where} imports ${relative(sourceRoot, target)}: go through ${to}/index.ts`);
    if (SHARED_FOLDERS.has(from) && isFeature(to))
      problems.push(`${where}: shared folder ${from} imports feature ${to}`);
    if (ROOT_FOLDERS.has(to) && from !== '(root)') problems.push(`${where} imports the composition root ${to}`);
    if (!edges.has(from)) edges.set(from, new Map());
    const targets = edges.get(from);
    targets.set(to, [...(targets.get(to) ?? []), relative(sourceRoot, file)]);
  }
}

// Tarjan's strongly connected components: a component of more than one folder is a loop.
let index = 0;
const order = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const components = [];
function visit(node) {
  order.set(node, index);
  low.set(node, index);
  index += 1;
  stack.push(node);
  onStack.add(node);
  for (const next of edges.get(node)?.keys() ?? []) {
    if (!order.has(next)) {
      visit(next);
      low.set(node, Math.min(low.get(node), low.get(next)));
    } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), order.get(next)));
  }
  if (low.get(node) === order.get(node)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    components.push(component);
  }
}
const folders = new Set([...edges.keys(), ...[...edges.values()].flatMap((targets) => [...targets.keys()])]);
for (const folder of folders) if (!order.has(folder)) visit(folder);

const loops = components.filter((component) => component.length > 1);
const verbose = process.argv.includes('--verbose');
for (const loop of loops) {
  const members = new Set(loop);
  console.log(`loop of ${loop.length} folders: ${[...loop].sort().join(', ')}`);
  for (const from of [...loop].sort()) {
    for (const [to, files] of edges.get(from) ?? []) {
      if (members.has(to)) console.log(`  ${from} -> ${to}${verbose ? `  (${[...new Set(files)].join(', ')})` : ''}`);
    }
  }
}
for (const problem of problems) console.log(problem);
console.log(
  `${folders.size} folders, ${loops.reduce((sum, loop) => sum + loop.length, 0)} in loops, ${problems.length} boundary problems`,
);
process.exit(loops.length > 0 || problems.length > 0 ? 1 : 0);
