import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

// Each probe extends a real tsconfig of the tree and uses the DOM and Node once each; the compiler says which
// of the two that environment lacks. The probes live under node_modules/.cache so `types: ["node"]` resolves
// as it does for the package itself, and nothing is written into the source tree.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
const probes = path.join(root, 'node_modules', '.cache', 'tsconfig-probes');

const PROBE = ['export const title = document.title;', 'export const home = process.env.HOME;', ''].join('\n');

/** Which of `dom` and `node` the compiler refused in a file checked under `config`. */
function missing(config: string): string[] {
  const dir = path.join(probes, config.replaceAll('/', '_'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'probe.ts'), PROBE);
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: path.join(root, config), include: [], files: ['probe.ts'] }),
  );
  let out = '';
  try {
    execFileSync(tsc, ['-p', dir, '--noEmit', '--pretty', 'false'], { encoding: 'utf8', stdio: 'pipe' });
  } catch (err) {
    out = z.object({ stdout: z.string() }).parse(err).stdout;
  }
  const lines = [...out.matchAll(/probe\.ts\((\d+),\d+\): error TS\d+/g)].map((m) => Number(m[1]));
  return [...(lines.includes(1) ? ['dom'] : []), ...(lines.includes(2) ? ['node'] : [])];
}

afterAll(() => rmSync(probes, { recursive: true, force: true }));

describe('[GUARD-9] each package sees only its own environment', { timeout: 120_000 }, () => {
  it('[GUARD-9][GUARD-1] packages/domain and packages/contracts see neither the DOM nor Node', () => {
    expect(missing('packages/domain/tsconfig.json')).toEqual(['dom', 'node']);
    expect(missing('packages/contracts/tsconfig.json')).toEqual(['dom', 'node']);
  });

  it('[GUARD-9] apps/web sees the DOM and not Node; its Vite config sees Node', () => {
    expect(missing('apps/web/tsconfig.json')).toEqual(['node']);
    expect(missing('apps/web/tsconfig.node.json')).toEqual(['dom']);
  });

  it('[GUARD-9] the server and the Node packages see Node and not the DOM', () => {
    for (const config of [
      'apps/server/tsconfig.json',
      'packages/ais/tsconfig.json',
      'packages/db/tsconfig.json',
      'packages/simulator/tsconfig.json',
    ]) {
      expect({ config, missing: missing(config) }).toEqual({ config, missing: ['dom'] });
    }
  });
});
