import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

// The real biome.jsonc, run by the real Biome over probe files laid out as in the tree: the per-folder
// import rules are proved on imports planted for the purpose, not on whatever the tree holds today.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const biome = path.join(root, 'node_modules', '.bin', 'biome');

const BiomeReport = z.object({
  diagnostics: z.array(
    z.object({
      category: z.string(),
      message: z.string(),
      location: z.object({ path: z.string(), start: z.object({ line: z.number() }) }),
    }),
  ),
});

const probes: Record<string, string> = {
  'packages/domain/src/probe.ts': [
    "import { readFileSync } from 'node:fs';",
    "import { eq } from 'drizzle-orm';",
    "import { createDatabase } from '@tidewatch/db';",
    "import { Pool } from 'pg';",
    "import { Server } from 'socket.io';",
    "import { createClient } from 'redis';",
    "import pino from 'pino';",
    "import { z } from 'zod';",
    "import { Tlp } from '@tidewatch/contracts';",
    "import { mmsiOf } from '@tidewatch/ais';",
    "import { local } from './local.ts';",
  ].join('\n'),
  'packages/domain/src/probe.test.ts': "import { readFileSync } from 'node:fs';",
  'packages/ais/src/probe.ts': [
    "import { readFileSync } from 'node:fs';",
    "import { startServer } from '@tidewatch/server';",
    "import { main } from '../../../apps/server/src/main.ts';",
  ].join('\n'),
  'packages/db/src/probe.ts': [
    "import { eventStixIds } from '@tidewatch/stix';",
    "import { main } from '../../../apps/server/src/main.ts';",
    "import { Tlp } from '@tidewatch/contracts';",
    "import { eq } from 'drizzle-orm';",
  ].join('\n'),
  'apps/server/src/http/routes/probe.ts': [
    "import { createEventRepository } from '@tidewatch/db';",
    "import { eq } from 'drizzle-orm';",
    "import { createAnnotation } from '../../services/annotations/create-annotation.ts';",
    "import { Hono } from 'hono';",
  ].join('\n'),
  'apps/web/src/feed/probe.ts': [
    "import { EventMap } from '../map/EventMap.tsx';",
    "import { EventMapFace } from '../map/index.ts';",
    "import { local } from './local.ts';",
    "import { request } from '../api/http.ts';",
    "import '../map/map.css';",
  ].join('\n'),
};

let dir = '';

/** `file:line` of each restricted import Biome reports, with the rule ID its message names. */
function restricted(args: string[]): string[] {
  let out: string;
  try {
    out = execFileSync(biome, ['lint', '--reporter=json', '--vcs-enabled=false', '--max-diagnostics=none', ...args], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (err) {
    // Biome exits 1 when it reports an error; the report is still on stdout.
    out = z.object({ stdout: z.string() }).parse(err).stdout;
  }
  return BiomeReport.parse(JSON.parse(out))
    .diagnostics.filter((d) => d.category === 'lint/style/noRestrictedImports')
    .map(
      (d) =>
        `${d.location.path}:${d.location.start.line} ${/\(((?:GUARD|XFED)-\d+)\)/.exec(d.message)?.[1] ?? d.message}`,
    )
    .sort();
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tidewatch-guardrails-'));
  copyFileSync(path.join(root, 'biome.jsonc'), path.join(dir, 'biome.jsonc'));
  for (const [file, source] of Object.entries(probes)) {
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dir, file), `${source}\n`);
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Biome starts twice per run; on a loaded two-core machine that takes seconds.
describe('import boundaries (biome.jsonc)', { timeout: 60_000 }, () => {
  let findings: string[] = [];
  beforeAll(() => {
    findings = restricted(['packages', 'apps/server']);
  }, 60_000);

  it('[GUARD-1] the domain imports nothing with I/O; zod, the contracts, the AIS package and its own files are fine', () => {
    expect(findings.filter((f) => f.startsWith('packages/domain/'))).toEqual([
      'packages/domain/src/probe.ts:1 GUARD-1',
      'packages/domain/src/probe.ts:2 GUARD-1',
      'packages/domain/src/probe.ts:3 GUARD-1',
      'packages/domain/src/probe.ts:4 GUARD-1',
      'packages/domain/src/probe.ts:5 GUARD-1',
      'packages/domain/src/probe.ts:6 GUARD-1',
      'packages/domain/src/probe.ts:7 GUARD-1',
    ]);
  });

  it('[GUARD-2] a package imports no app, by name or by path; other packages may use node:*', () => {
    expect(findings.filter((f) => f.startsWith('packages/ais/'))).toEqual([
      'packages/ais/src/probe.ts:2 GUARD-2',
      'packages/ais/src/probe.ts:3 GUARD-2',
    ]);
  });

  it('[XFED-2] [GUARD-2] storage imports no STIX mapping and no app; contracts and drizzle are fine', () => {
    expect(findings.filter((f) => f.startsWith('packages/db/'))).toEqual([
      'packages/db/src/probe.ts:1 XFED-2',
      'packages/db/src/probe.ts:2 GUARD-2',
    ]);
  });

  it('[GUARD-3] an HTTP route imports no storage; service verbs and hono are fine', () => {
    expect(findings.filter((f) => f.startsWith('apps/server/'))).toEqual([
      'apps/server/src/http/routes/probe.ts:1 GUARD-3',
      'apps/server/src/http/routes/probe.ts:2 GUARD-3',
    ]);
  });

  it('[GUARD-4] a web feature imports another only through its index.ts; shared folders and styles file by file', () => {
    expect(restricted(['apps/web'])).toEqual(['apps/web/src/feed/probe.ts:1 GUARD-4']);
  });
});
