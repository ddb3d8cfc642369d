/**
 * The production build of the server: apps/server/src bundled with the workspace packages into
 * apps/server/dist (main.js the server, cli.js the operator commands, the PGlite worker beside them), so
 * production runs `node` on plain JavaScript. Third-party packages stay external and load from node_modules:
 * PGlite finds its WASM files and pdfkit its fonts next to their own modules.
 *
 * dist/ sits one level under apps/server like src/, so the paths the code resolves from its own location
 * (the web build at ../../web/dist, the migrations at ../../../drizzle) are the same from both.
 */
import { readFileSync, rmSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { COMPILED_WORKER_FILE } from '@tidewatch/db';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const outdir = process.argv[2] ?? here('./dist');

/** The package a bare import names: `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Third-party packages the bundle loads at run time, wherever in the workspace they were imported. */
const externalPackages = new Set<string>();

/** Bare imports other than the workspace's own packages load from node_modules at run time. */
const thirdPartyExternal: Plugin = {
  name: 'third-party-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@tidewatch/')) return undefined;
      if (!isBuiltin(args.path)) externalPackages.add(packageOf(args.path));
      return { path: args.path, external: true };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const started = performance.now();
await build({
  entryPoints: {
    main: here('./src/main.ts'),
    cli: here('./src/cli/main.ts'),
    [COMPILED_WORKER_FILE.replace(/\.js$/, '')]: here('../../packages/db/src/embedded/worker.ts'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Without the package.json of a workspace package, esbuild would look for `exports` conditions it lacks.
  conditions: ['import'],
  plugins: [thirdPartyExternal],
  logLevel: 'warning',
});

// Node resolves the bundle's imports from apps/server, so a package that only a workspace package declares (a
// domain library bundled in) would be missing at run time: refuse the build and name it (it happened twice).
const declared = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { dependencies?: Record<string, string> };
const undeclared = [...externalPackages].filter((name) => !(name in (declared.dependencies ?? {})));
if (undeclared.length > 0) {
  console.error(
    `the server bundle loads ${undeclared.join(', ')} at run time, but apps/server/package.json does not depend on ${undeclared.length === 1 ? 'it' : 'them'}: add to its dependencies`,
  );
  process.exit(1);
}
console.log(`server built into ${outdir} in ${Math.round(performance.now() - started)} ms`);
