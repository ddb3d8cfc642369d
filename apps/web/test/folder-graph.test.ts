import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildImportGraph } from '../../../scripts/import-graph/graph.ts';
import { findFindings, type Section } from '../../../scripts/import-graph/rules.ts';
import { readSourceTree } from '../../../scripts/import-graph/tree.ts';

function section(sections: readonly Section[], title: string): Section {
  const found = sections.find((s) => s.title.startsWith(title));
  if (!found) throw new Error(`no section ${title}`);
  return found;
}

describe('the web app folder graph', () => {
  it('[WEB-2] has no folder loop, features import each other only through index.ts, shared folders import no feature', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const report = findFindings(buildImportGraph(readSourceTree(root)));
    expect(section(report.sections, 'loops between apps/web/src folders').lines).toEqual([]);
    expect(section(report.sections, 'apps/web/src layering').lines).toEqual([]);
  });

  it('[WEB-2] names a feature reached past its index.ts, a shared folder importing a feature, and an import of the root', () => {
    const files: Record<string, string> = {
      'apps/web/src/theme/format.ts': "import { x } from '../cargo/CargoScreen.tsx';\nexport const y = x;",
      'apps/web/src/cargo/CargoScreen.tsx': "import { App } from '../app/App.tsx';\nexport const x = App;",
      'apps/web/src/cargo/index.ts': "export { x } from './CargoScreen.tsx';",
      'apps/web/src/trends/Chart.tsx': "import { x } from '../cargo/index.ts';\nexport const z = x;",
      'apps/web/src/app/App.tsx': 'export const App = 1;',
    };
    const report = findFindings(
      buildImportGraph({ files: Object.keys(files), read: (f) => files[f] ?? '', packages: new Map() }),
    );
    expect(section(report.sections, 'apps/web/src layering').lines).toEqual([
      'apps/web/src/cargo/CargoScreen.tsx imports the composition root apps/web/src/app/App.tsx',
      'apps/web/src/theme/format.ts imports apps/web/src/cargo/CargoScreen.tsx: go through cargo/index.ts',
      'apps/web/src/theme/format.ts: shared folder theme imports feature cargo',
    ]);
  });
});
