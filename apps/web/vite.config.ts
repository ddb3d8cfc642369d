import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
// By path, not by package name: Vite bundles a config's relative imports but loads package imports with plain
// Node, which cannot run the workspace's TypeScript sources.
import { themeCssVariables } from '../../packages/contracts/src/theme-tokens.ts';

const apiTarget = `http://127.0.0.1:${process.env.TIDEWATCH_API_PORT ?? 8080}`;

/**
 * Ops centres are often air-gapped, so the built page forbids every origin but its own: a stray CDN font or
 * tile URL fails loudly in testing instead of silently hanging on a wall display. Build only, because the dev
 * server injects inline scripts (React refresh) that this policy would block.
 */
function airGapCsp(): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
  return {
    name: 'tidewatch-air-gap-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

const THEME_TOKENS_CSS = 'virtual:theme-tokens.css';

/**
 * The theme's colours as a stylesheet generated from the shared tokens (packages/contracts/src/theme-tokens.ts),
 * the same values the map paint and the server's print palette use: `:root { --panel: ...; }`. Generated at
 * build time rather than set from script, so the first paint has them and print stylesheets can override them.
 */
function themeTokens(): Plugin {
  const resolved = `\0${THEME_TOKENS_CSS}`;
  return {
    name: 'tidewatch-theme-tokens',
    resolveId: (id) => (id === THEME_TOKENS_CSS ? resolved : undefined),
    load: (id) => {
      if (id !== resolved) return undefined;
      const declarations = Object.entries(themeCssVariables()).map(([name, value]) => `  ${name}: ${value};`);
      return `:root {\n${declarations.join('\n')}\n}\n`;
    },
  };
}

const COMPRESSIBLE = /\.(js|mjs|css|json|html|svg|txt|map)$/;

/**
 * Brotli and gzip twins of every compressible asset, written once at build time at the highest levels, so the
 * server sends each asset compressed without spending CPU per request (serveStatic's `precompressed`). The
 * bundle is about a quarter of its size over the wire; ops centres' links are often thin.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'tidewatch-precompress',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: () => {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
          entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
        );
      for (const file of walk(outDir).filter((f) => COMPRESSIBLE.test(f))) {
        const raw = readFileSync(file);
        if (raw.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), airGapCsp(), themeTokens(), precompress()],
  server: {
    proxy: {
      '/api': { target: apiTarget },
      '/healthz': { target: apiTarget },
      '/readyz': { target: apiTarget },
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // MapLibre alone is ~1 MB minified; the default 500 kB warning is noise for a wall-display app.
    chunkSizeWarningLimit: 1600,
  },
});
