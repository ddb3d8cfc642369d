import path from 'node:path';
import { parseSync } from 'rolldown/utils';

/** How an import reaches its target: erased by the compiler, loaded when the importer loads, or on demand. */
export type ImportKind = 'type' | 'static' | 'dynamic';

export interface ImportEdge {
  from: string;
  to: string;
  kind: ImportKind;
}

export interface ImportGraph {
  /** Files of the tree, relative to its root with `/` separators. */
  files: string[];
  /** Imports whose target is a file of the tree (external packages are left out). */
  edges: ImportEdge[];
  /** `file: message` for each file the parser rejected. */
  parseErrors: string[];
}

export interface SourceTree {
  files: readonly string[];
  read(file: string): string;
  /** Workspace import specifiers (`@tidewatch/contracts/browser`) to the file they export. */
  packages: ReadonlyMap<string, string>;
}

interface RawImport {
  specifier: string;
  kind: ImportKind;
}

const SOURCE = /\.(ts|tsx|mts|cts)$/;

/** Parses every source file of the tree and resolves its imports to files of the tree. */
export function buildImportGraph(tree: SourceTree): ImportGraph {
  const files = tree.files.filter((f) => SOURCE.test(f) && !f.endsWith('.d.ts'));
  const known = new Set(files);
  const edges: ImportEdge[] = [];
  const parseErrors: string[] = [];
  for (const file of files) {
    const parsed = importsOf(file, tree.read(file));
    if (typeof parsed === 'string') {
      parseErrors.push(`${file}: ${parsed}`);
      continue;
    }
    for (const { specifier, kind } of parsed) {
      const to = resolve(file, specifier, known, tree.packages);
      if (to !== null) edges.push({ from: file, to, kind });
    }
  }
  return { files, edges, parseErrors };
}

/** The imports and re-exports of one file, or the parser's first error. */
export function importsOf(file: string, source: string): RawImport[] | string {
  const lang = file.endsWith('x') ? 'tsx' : 'ts';
  const result = parseSync(file, source, { lang, sourceType: 'module' });
  const firstError = result.errors[0];
  if (firstError) return firstError.message;
  const text = (span: { start: number; end: number }) => source.slice(span.start, span.end);
  const out: RawImport[] = [];
  for (const statement of result.module.staticImports) {
    // `import './x'` has no entries and runs x; `import { type A }` alone is erased, as `import type` is.
    const typeOnly = statement.entries.length > 0 && statement.entries.every((e) => e.isType);
    out.push({ specifier: statement.moduleRequest.value, kind: typeOnly ? 'type' : 'static' });
  }
  for (const statement of result.module.staticExports) {
    const reexports = statement.entries.filter((e) => e.moduleRequest !== null);
    const first = reexports[0]?.moduleRequest;
    if (!first) continue;
    out.push({ specifier: first.value, kind: reexports.every((e) => e.isType) ? 'type' : 'static' });
  }
  for (const dynamic of result.module.dynamicImports) {
    const literal = /^\s*(['"`])([^'"`]+)\1\s*$/.exec(text(dynamic.moduleRequest));
    if (literal?.[2] !== undefined) out.push({ specifier: literal[2], kind: 'dynamic' });
  }
  return out;
}

/** The file an import names, or null for an external package (or a CSS/asset import). */
export function resolve(
  from: string,
  specifier: string,
  known: ReadonlySet<string>,
  packages: ReadonlyMap<string, string>,
): string | null {
  const bare = specifier.replace(/\?.*$/, '');
  const workspace = packages.get(bare);
  if (workspace !== undefined) return workspace;
  if (!bare.startsWith('.')) return null;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), bare));
  for (const candidate of [target, `${target}.ts`, `${target}.tsx`, `${target}/index.ts`, `${target}/index.tsx`]) {
    if (known.has(candidate)) return candidate;
  }
  return null;
}
