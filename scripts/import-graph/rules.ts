import { shortestCycle, stronglyConnected } from './cycles.ts';
import type { ImportEdge, ImportGraph, ImportKind } from './graph.ts';

export interface Section {
  title: string;
  /** False when the section's findings fail the check; informational sections are always ok. */
  ok: boolean;
  lines: string[];
}

export interface Report {
  sections: Section[];
  parseErrors: string[];
}

const WEB_SRC = 'apps/web/src/';

/** Runs every rule of the import-graph check over one graph. */
export function findFindings(graph: ImportGraph): Report {
  const runtime = graph.edges.filter((e) => e.kind === 'static');
  const runtimeCycles = fileCycles(graph.files, runtime);
  const typeCycles = fileCycles(
    graph.files,
    graph.edges.filter((e) => e.kind !== 'dynamic'),
  ).filter((line) => !runtimeCycles.includes(line));
  const sections: Section[] = [
    { title: 'run-time import circles between files', ok: runtimeCycles.length === 0, lines: runtimeCycles },
    boundary(
      'apps/server/src/services importing intel or http/routes',
      graph.edges,
      (e) =>
        e.from.startsWith('apps/server/src/services/') &&
        (e.to.startsWith('apps/server/src/intel/') || e.to.startsWith('apps/server/src/http/routes/')),
    ),
    { title: 'loops between apps/web/src folders', ...webFolderLoops(graph.edges) },
    webLayering(graph.edges),
    boundary('packages importing apps', graph.edges, (e) => e.from.startsWith('packages/') && e.to.startsWith('apps/')),
    {
      title: 'circles closed only by type imports (erased at run time; listed, not failed)',
      ok: true,
      lines: typeCycles,
    },
  ];
  return { sections, parseErrors: graph.parseErrors };
}

function fileCycles(files: readonly string[], edges: readonly ImportEdge[]): string[] {
  const next = adjacency(edges);
  return stronglyConnected(files, (f) => next.get(f) ?? [])
    .filter((c) => c.length > 1 || (next.get(c[0] ?? '') ?? new Set()).has(c[0] ?? ''))
    .map((component) => {
      const members = new Set(component);
      const start = [...component].sort()[0] ?? '';
      const cycle = shortestCycle(start, members, (f) => next.get(f) ?? []);
      const extra =
        component.length > cycle.length - 1
          ? ` (and ${component.length - cycle.length + 1} more files in the same tangle)`
          : '';
      return `${cycle.join(' -> ')}${extra}`;
    })
    .sort();
}

function boundary(title: string, edges: readonly ImportEdge[], forbidden: (e: ImportEdge) => boolean): Section {
  const lines = edges.filter(forbidden).map((e) => `${e.from} -> ${e.to}${kindNote(e.kind)}`);
  return { title, ok: lines.length === 0, lines: [...new Set(lines)].sort() };
}

/** Feature folders of the web app (the first folder under apps/web/src) whose imports go round in a loop. */
function webFolderLoops(edges: readonly ImportEdge[]): { ok: boolean; lines: string[] } {
  const examples = new Map<string, ImportEdge>();
  for (const e of edges) {
    const from = webFolder(e.from);
    const to = webFolder(e.to);
    if (from === null || to === null || from === to) continue;
    const key = `${from}\0${to}`;
    if (!examples.has(key)) examples.set(key, e);
  }
  const next = new Map<string, Set<string>>();
  for (const key of examples.keys()) {
    const [from = '', to = ''] = key.split('\0');
    next.set(from, (next.get(from) ?? new Set()).add(to));
  }
  const lines: string[] = [];
  for (const component of stronglyConnected(next.keys(), (f) => next.get(f) ?? [])) {
    if (component.length < 2) continue;
    const members = new Set(component);
    const start = [...component].sort()[0] ?? '';
    lines.push(`loop ${shortestCycle(start, members, (f) => next.get(f) ?? []).join(' -> ')}`);
    if (component.length > 2)
      lines.push(`  the loop is one of ${component.length} folders: ${[...members].sort().join(', ')}`);
    // Every folder-to-folder import inside the tangle, so each can be cut (or routed through index.ts).
    const inside = [...examples.entries()].filter(([key]) => {
      const [from = '', to = ''] = key.split('\0');
      return members.has(from) && members.has(to);
    });
    for (const [key, example] of inside.sort(([a], [b]) => a.localeCompare(b))) {
      const [from, to] = key.split('\0');
      lines.push(`  ${from} -> ${to}: ${example.from} imports ${example.to}${kindNote(example.kind)}`);
    }
  }
  return { ok: lines.length === 0, lines };
}

/**
 * Folders every web feature may import file by file: the app's core (session, transport, live stream, routing, languages,
 * map core) and shared presentation. They never import a feature (WEB-2).
 */
const WEB_SHARED_FOLDERS = new Set([
  'api',
  'data',
  'session',
  'routing',
  'live',
  'map-core',
  'theme',
  'forms',
  'markdown',
  'releasability',
  'i18n',
]);
/** The composition root: it assembles features, and only the entry point (src/main.tsx) imports it. */
const WEB_ROOT_FOLDER = 'app';

/** WEB-2: features are imported through their index.ts, shared folders import no feature, nobody imports the root. */
function webLayering(edges: readonly ImportEdge[]): Section {
  const isFeature = (folder: string) => !WEB_SHARED_FOLDERS.has(folder) && folder !== WEB_ROOT_FOLDER;
  const lines: string[] = [];
  for (const e of edges) {
    if (!e.from.startsWith(WEB_SRC) || /\.test\.tsx?$/.test(e.from)) continue;
    const from = webFolder(e.from);
    const to = webFolder(e.to);
    if (to === null || from === to) continue;
    if (isFeature(to) && !/\/index\.tsx?$/.test(e.to) && !e.to.endsWith('.css'))
      lines.push(`${e.from} imports ${e.to}: go through ${to}/index.ts`);
    if (from !== null && WEB_SHARED_FOLDERS.has(from) && isFeature(to))
      lines.push(`${e.from}: shared folder ${from} imports feature ${to}`);
    if (to === WEB_ROOT_FOLDER && from !== null) lines.push(`${e.from} imports the composition root ${e.to}`);
  }
  return {
    title: 'apps/web/src layering (features through index.ts, shared folders import no feature, root imported by none)',
    ok: lines.length === 0,
    lines: [...new Set(lines)].sort(),
  };
}

function webFolder(file: string): string | null {
  if (!file.startsWith(WEB_SRC)) return null;
  const rest = file.slice(WEB_SRC.length);
  const slash = rest.indexOf('/');
  return slash < 0 ? null : rest.slice(0, slash);
}

function adjacency(edges: readonly ImportEdge[]): Map<string, Set<string>> {
  const next = new Map<string, Set<string>>();
  for (const e of edges) next.set(e.from, (next.get(e.from) ?? new Set()).add(e.to));
  return next;
}

function kindNote(kind: ImportKind): string {
  return kind === 'static' ? '' : ` (${kind} import)`;
}
