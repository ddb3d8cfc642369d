import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildImportGraph, type SourceTree } from '../scripts/import-graph/graph.ts';
import { findFindings, type Section } from '../scripts/import-graph/rules.ts';
import { readSourceTree } from '../scripts/import-graph/tree.ts';

function tree(files: Record<string, string>, packages: Record<string, string> = {}): SourceTree {
  return {
    files: Object.keys(files),
    read: (file) => files[file] ?? '',
    packages: new Map(Object.entries(packages)),
  };
}

function section(sections: readonly Section[], title: string): Section {
  const found = sections.find((s) => s.title.startsWith(title));
  if (!found) throw new Error(`no section ${title}`);
  return found;
}

describe('import graph', () => {
  it('resolves relative, extensionless, index and workspace imports; external packages and CSS are left out', () => {
    const graph = buildImportGraph(
      tree(
        {
          'apps/server/src/a.ts': [
            "import { b } from './b.ts';",
            "import { c } from './c';",
            "import { d } from './d';",
            "import { z } from 'zod';",
            "import './style.css';",
            "import { X } from '@tidewatch/contracts';",
            "export * from './e.ts';",
            "const lazy = () => import('./f.ts');",
          ].join('\n'),
          'apps/server/src/b.ts': 'export const b = 1;',
          'apps/server/src/c.tsx': 'export const c = <div />;',
          'apps/server/src/d/index.ts': 'export const d = 1;',
          'apps/server/src/e.ts': 'export type E = string;',
          'apps/server/src/f.ts': 'export const f = 1;',
          'packages/contracts/src/index.ts': 'export const X = 1;',
        },
        { '@tidewatch/contracts': 'packages/contracts/src/index.ts' },
      ),
    );
    expect(graph.parseErrors).toEqual([]);
    expect(graph.edges.map((e) => `${e.to} ${e.kind}`)).toEqual([
      'apps/server/src/b.ts static',
      'apps/server/src/c.tsx static',
      'apps/server/src/d/index.ts static',
      'packages/contracts/src/index.ts static',
      'apps/server/src/e.ts static',
      'apps/server/src/f.ts dynamic',
    ]);
  });

  it('[GUARD-5] fails on a run-time circle, and only lists a circle closed by a type import', () => {
    const report = findFindings(
      buildImportGraph(
        tree({
          'packages/domain/src/a.ts': "import { b } from './b.ts';\nexport const a = b;",
          'packages/domain/src/b.ts': "import { c } from './c.ts';\nexport const b = c;",
          'packages/domain/src/c.ts': "import { a } from './a.ts';\nexport const c = () => a;",
          'packages/domain/src/t1.ts': "import type { T2 } from './t2.ts';\nexport type T1 = T2 | 1;",
          'packages/domain/src/t2.ts': "import { type T1 } from './t1.ts';\nexport type T2 = T1[];",
        }),
      ),
    );
    const cycles = section(report.sections, 'run-time import circles');
    expect(cycles.ok).toBe(false);
    expect(cycles.lines).toEqual([
      'packages/domain/src/a.ts -> packages/domain/src/b.ts -> packages/domain/src/c.ts -> packages/domain/src/a.ts',
    ]);
    const typeOnly = section(report.sections, 'circles closed only by type imports');
    expect(typeOnly.ok).toBe(true);
    expect(typeOnly.lines).toEqual([
      'packages/domain/src/t1.ts -> packages/domain/src/t2.ts -> packages/domain/src/t1.ts',
    ]);
  });

  it('[GUARD-6][GUARD-2] fails when services import intel or http/routes (type imports too), and when a package imports an app', () => {
    const report = findFindings(
      buildImportGraph(
        tree({
          'apps/server/src/services/verb.ts': [
            "import type { IntelContext } from '../intel/intel-context.ts';",
            "import { route } from '../http/routes/events.ts';",
            "import { helper } from '../http/helper.ts';",
          ].join('\n'),
          'apps/server/src/intel/intel-context.ts': 'export interface IntelContext {}',
          'apps/server/src/http/routes/events.ts': 'export const route = 1;',
          'apps/server/src/http/helper.ts': 'export const helper = 1;',
          'packages/domain/src/leak.ts': "import { route } from '../../../apps/server/src/http/routes/events.ts';",
        }),
      ),
    );
    expect(section(report.sections, 'apps/server/src/services importing').lines).toEqual([
      'apps/server/src/services/verb.ts -> apps/server/src/http/routes/events.ts',
      'apps/server/src/services/verb.ts -> apps/server/src/intel/intel-context.ts (type import)',
    ]);
    expect(section(report.sections, 'packages importing apps').lines).toEqual([
      'packages/domain/src/leak.ts -> apps/server/src/http/routes/events.ts',
    ]);
  });

  it('[GUARD-7] fails on a loop between web folders, naming one import per hop; a one-way dependency passes', () => {
    const oneWay = findFindings(
      buildImportGraph(
        tree({
          'apps/web/src/app/App.tsx': "import { Map } from '../map/index.ts';",
          'apps/web/src/map/index.ts': "export { Map } from './Map.tsx';",
          'apps/web/src/map/Map.tsx': "import { useRoute } from './route.ts';\nexport const Map = useRoute;",
          'apps/web/src/map/route.ts': 'export const useRoute = 1;',
        }),
      ),
    );
    expect(section(oneWay.sections, 'loops between apps/web/src folders').ok).toBe(true);

    const loop = findFindings(
      buildImportGraph(
        tree({
          'apps/web/src/app/App.tsx': "import { Map } from '../map/Map.tsx';\nexport const route = 1;",
          'apps/web/src/map/Map.tsx': "import { route } from '../app/App.tsx';\nexport const Map = route;",
          'apps/web/src/main.tsx': "import { Map } from './map/Map.tsx';",
        }),
      ),
    );
    const web = section(loop.sections, 'loops between apps/web/src folders');
    expect(web.ok).toBe(false);
    expect(web.lines).toEqual([
      'loop app -> map -> app',
      '  app -> map: apps/web/src/app/App.tsx imports apps/web/src/map/Map.tsx',
      '  map -> app: apps/web/src/map/Map.tsx imports apps/web/src/app/App.tsx',
    ]);
  });

  it('reports a file the parser cannot read instead of skipping it silently', () => {
    const graph = buildImportGraph(tree({ 'packages/ais/src/broken.ts': 'import { from "./x.ts";' }));
    expect(graph.parseErrors).toHaveLength(1);
    expect(graph.parseErrors[0]).toMatch(/^packages\/ais\/src\/broken\.ts: /);
  });
});

describe('[ARCH-1] the real tree', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const report = findFindings(buildImportGraph(readSourceTree(root)));

  it('has no run-time import circle, and services import neither intel nor routes', () => {
    expect(section(report.sections, 'run-time import circles').lines).toEqual([]);
    expect(section(report.sections, 'apps/server/src/services importing').lines).toEqual([]);
    expect(report.parseErrors).toEqual([]);
  });

  it('has no circle in the server source, not even one closed by type imports', () => {
    const typeCircles = section(report.sections, 'circles closed only by type imports').lines;
    expect(typeCircles.filter((line) => line.startsWith('apps/server/src/'))).toEqual([]);
  });
});
