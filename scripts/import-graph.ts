import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The import graph of one source folder: which file imports which (relative imports only, type-only imports
 * included, since a type cycle still ties two folders together). Reports import circles and edges that the
 * layering forbids. Run: `tsx scripts/import-graph.ts` (exit code 1 on any finding).
 */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/** A folder (prefix, relative to the graph's root) that must not import another. */
export interface ForbiddenImport {
  from: string;
  to: string;
  why: string;
}

export interface ForbiddenEdge {
  from: string;
  to: string;
  why: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// `import … from './x'`, `export … from './x'`, `import './x'` and `import('./x')`; only relative specifiers
// name files of this tree. (TypeScript 7 has no JavaScript API to preprocess with, hence a pattern.)
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function relativeSpecifiers(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...withoutComments.matchAll(RELATIVE_IMPORT)].flatMap((match) => (match[1] ? [match[1]] : []));
}

/** Files under `root` (paths relative to it, `/`-separated) and the files each one imports under `root`. */
export function importGraph(root: string): ImportGraph {
  const absoluteRoot = resolve(root);
  const files = sourceFiles(absoluteRoot);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = relativeSpecifiers(readFileSync(file, 'utf8'))
      .map((specifier) => resolve(dirname(file), specifier))
      .filter((target) => known.has(target))
      .map((target) => toKey(absoluteRoot, target));
    graph.set(toKey(absoluteRoot, file), [...new Set(targets)].sort());
  }
  return graph;
}

const toKey = (root: string, file: string): string => relative(root, file).split('\\').join('/');

/** Every import circle, each once, as the files along it (strongly connected components of two or more). */
export function importCycles(graph: ImportGraph): string[][] {
  // Tarjan's algorithm, iterative so a deep tree cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; edge: number }[] = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      const edges = graph.get(frame.node) ?? [];
      const target = edges[frame.edge++];
      if (target !== undefined) {
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, edge: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(target) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        onStack.delete(member);
        component.push(member);
        if (member === frame.node) break;
      }
      if (component.length > 1) cycles.push(component.sort());
    }
  }
  return cycles;
}

const within = (file: string, folder: string): boolean => file === folder || file.startsWith(`${folder}/`);

/** Imports that cross a forbidden boundary. */
export function forbiddenEdges(graph: ImportGraph, rules: readonly ForbiddenImport[]): ForbiddenEdge[] {
  const found: ForbiddenEdge[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      for (const rule of rules) {
        if (within(from, rule.from) && within(to, rule.to)) found.push({ from, to, why: rule.why });
      }
    }
  }
  return found;
}

/** The server's layering (issue 14): verbs know nothing of HTTP or of the runtimes built on them. */
export const SERVER_RULES: readonly ForbiddenImport[] = [
  { from: 'services', to: 'intel', why: 'services are below the intel runtime' },
  { from: 'services', to: 'http', why: 'services know nothing of HTTP' },
  { from: 'services', to: 'modules', why: 'services are below the feature modules' },
  { from: 'intel', to: 'http', why: 'the intel runtime knows nothing of HTTP; its module wires its routes' },
  { from: 'intel', to: 'modules', why: 'runtimes are below the feature modules' },
  { from: 'http', to: 'modules', why: 'routes are below the feature modules' },
];

export const SERVER_SOURCE = fileURLToPath(new URL('../apps/server/src', import.meta.url));

function main(): void {
  const graph = importGraph(SERVER_SOURCE);
  const cycles = importCycles(graph);
  const edges = forbiddenEdges(graph, SERVER_RULES);
  for (const cycle of cycles) console.log(`import circle: ${cycle.join(' <-> ')}`);
  for (const edge of edges) console.log(`forbidden import: ${edge.from} -> ${edge.to} (${edge.why})`);
  console.log(`${graph.size} files, ${cycles.length} import circles, ${edges.length} forbidden imports`);
  if (cycles.length > 0 || edges.length > 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
