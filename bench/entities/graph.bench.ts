/**
 * Link analysis over 1,000,000 links (issue 17 s.3, LINK-3/LINK-4): an entity's neighbours and a shortest path of
 * up to 4 links, through the same repository functions the API calls (batched, releasability-filtered steps
 * from both ends), on embedded PGlite and on PostgreSQL (127.0.0.1:5432, a temporary database). Two path cases:
 * a planted chain exactly 4 links long (found at the last level), and random pairs, most of them further apart
 * than 4 links (the search explores every level and finds nothing: the worst case). Links carry mixed labels
 * (GREEN, AMBER to some, RED), so the viewer's filter is part of every query. Targets: < 200 ms on PostgreSQL,
 * < 1 s on PGlite. Writes bench/results/entity-graph-<backends>.json; the load average is printed with every figure.
 *
 *   BENCH_GRAPH_LINKS=1000000    links to load
 *   BENCH_GRAPH_ENTITIES=200000  entities they join
 *   BENCH_GRAPH_RUNS=20          timed calls per case
 *   BENCH_GRAPH_BACKENDS=postgres,pglite
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createEntityGraphRepository,
  neighbours,
  nodeKey,
  openDatabase,
  shortestPath,
  sql,
  type DatabaseHandle,
  type GraphNodeRow,
} from '@tidewatch/db';
import { createTempPostgresDatabase } from '../../test/support/temp-postgres.ts';
import { writeResults } from '../support/results.ts';
import { percentile, round } from '../support/stats.ts';
import { agenciesSql } from '../trends/synthetic-events.ts';

const LINKS = Number(process.env.BENCH_GRAPH_LINKS ?? 1_000_000);
const ENTITIES = Number(process.env.BENCH_GRAPH_ENTITIES ?? 200_000);
const RUNS = Number(process.env.BENCH_GRAPH_RUNS ?? 20);
const BACKENDS = (process.env.BENCH_GRAPH_BACKENDS ?? 'postgres,pglite').split(',');
const BATCH = 100_000;
const VIEWER = { agency: 'JCA', groups: [] as string[] };
const load = () => round(loadavg()[0] ?? 0, 2);

/** Entity i's id, the same in SQL and here: md5 of its number read as a uuid. */
const entityIdSql = (expr: string) => `md5('e' || (${expr}))::uuid`;

// Labels by a hash of the row number: 80% GREEN, 15% AMBER to JCA or CBP, 5% RED of another agency.
const labelSql = (h: string) => `
  (ARRAY['JCA','CBP','USCG','IMPACS'])[1 + ${h} % 4] AS owner_agency,
  CASE WHEN ${h} % 100 < 80 THEN 'GREEN' WHEN ${h} % 100 < 95 THEN 'AMBER' ELSE 'RED' END AS tlp,
  CASE WHEN ${h} % 100 BETWEEN 80 AND 94 THEN ARRAY[(ARRAY['JCA','CBP'])[1 + ${h} % 2]] ELSE ARRAY[]::text[] END AS recipients`;

function entitiesSql(first: number, last: number) {
  return sql.raw(`
INSERT INTO entities (id, kind, name, name_key, aliases, alias_keys, identifiers, notes, owner_agency, tlp, recipients,
  sharing_groups, created_by, created_at, updated_at)
SELECT ${entityIdSql('g')}, (ARRAY['person','organisation','vessel','container'])[1 + g % 4], 'entity ' || g, 'ENTITY ' || g,
  ARRAY[]::text[], ARRAY[]::text[], '[]'::jsonb, '', l.owner_agency, l.tlp, l.recipients, ARRAY[]::text[], 'bench', now(), now()
FROM generate_series(${first}, ${last}) g, LATERAL (SELECT ${labelSql('abs(hashint4(g)::bigint)')}) l`);
}

function linksSql(first: number, last: number) {
  return sql.raw(`
INSERT INTO entity_links (from_entity_id, to_type, to_id, relation, source, owner_agency, tlp, recipients, sharing_groups,
  created_by, created_at)
SELECT ${entityIdSql(`abs(hashint4(g)::bigint) % ${ENTITIES}`)}, 'entity', (${entityIdSql(`abs(hashint4(g + 7919)::bigint) % ${ENTITIES}`)})::text,
  (ARRAY['associate_of','employs','owns','operates'])[1 + g % 4], 'bench', l.owner_agency, l.tlp, l.recipients,
  ARRAY[]::text[], 'bench', now()
FROM generate_series(${first}, ${last}) g, LATERAL (SELECT ${labelSql('abs(hashint4(g + 104729)::bigint)')}) l`);
}

/** A chain of five GREEN entities outside the random graph, four GREEN links long: a path found at the last level. */
const CHAIN_IDS = [0, 1, 2, 3, 4].map((i) => `md5('chain ${i}')::uuid`);
// Two statements: PGlite prepares each statement on its own.
const chainEntitiesSql = () =>
  sql.raw(`
INSERT INTO entities (id, kind, name, name_key, aliases, alias_keys, identifiers, notes, owner_agency, tlp, recipients,
  sharing_groups, created_by, created_at, updated_at)
SELECT id, 'person', 'chain', 'CHAIN', ARRAY[]::text[], ARRAY[]::text[], '[]'::jsonb, '', 'JCA', 'GREEN', ARRAY[]::text[],
  ARRAY[]::text[], 'bench', now(), now() FROM unnest(ARRAY[${CHAIN_IDS.join(',')}]) id`);
const chainLinksSql = () =>
  sql.raw(`
INSERT INTO entity_links (from_entity_id, to_type, to_id, relation, source, owner_agency, tlp, recipients, sharing_groups,
  created_by, created_at)
SELECT a, 'entity', b::text, 'associate_of', 'bench', 'JCA', 'GREEN', ARRAY[]::text[], ARRAY[]::text[], 'bench', now()
FROM unnest(ARRAY[${CHAIN_IDS.slice(0, 4).join(',')}], ARRAY[${CHAIN_IDS.slice(1).join(',')}]) AS t(a, b)`);

async function loadGraph(handle: DatabaseHandle): Promise<number> {
  const started = performance.now();
  await handle.db.execute(agenciesSql());
  for (let first = 0; first < ENTITIES; first += BATCH)
    await handle.db.execute(entitiesSql(first, Math.min(ENTITIES, first + BATCH) - 1));
  for (let first = 1; first <= LINKS; first += BATCH) {
    await handle.db.execute(linksSql(first, Math.min(LINKS, first + BATCH - 1)));
    process.stdout.write(`\r  ${Math.min(LINKS, first + BATCH - 1).toLocaleString('en-US')} links loaded`);
  }
  await handle.db.execute(chainEntitiesSql());
  await handle.db.execute(chainLinksSql());
  await handle.db.execute(sql`ANALYZE entities`);
  await handle.db.execute(sql`ANALYZE entity_links`);
  return round((performance.now() - started) / 1000);
}

interface Figure {
  backend: string;
  case: string;
  p50Ms: number;
  p99Ms: number;
  runs: number;
  detail: string;
  loadAverage1m: number;
}

async function time(backend: string, name: string, calls: (() => Promise<string>)[]): Promise<Figure> {
  const first = calls[0];
  if (first) await first();
  const samples: number[] = [];
  let detail = '';
  for (const call of calls) {
    const started = performance.now();
    detail = await call();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const figure = {
    backend,
    case: name,
    p50Ms: round(percentile(samples, 50)),
    p99Ms: round(percentile(samples, 99)),
    runs: samples.length,
    detail,
    loadAverage1m: load(),
  };
  console.log(
    `  ${backend} ${name}: p50 ${figure.p50Ms} ms, p99 ${figure.p99Ms} ms (${detail}; load ${figure.loadAverage1m})`,
  );
  return figure;
}

async function measure(backend: string, handle: DatabaseHandle): Promise<Figure[]> {
  const graph = createEntityGraphRepository(handle.db);
  const node = async (id: string): Promise<GraphNodeRow | undefined> =>
    (await graph.nodes([nodeKey('entity', id)], VIEWER))[0];
  // Readable starting points spread over the graph (an unreadable one would be a 404 before any traversal).
  const picks: GraphNodeRow[] = [];
  const rows = (await handle.db.execute(
    sql.raw(`SELECT ${entityIdSql(`g * 7717 % ${ENTITIES}`)}::text AS id FROM generate_series(1, ${RUNS * 4}) g`),
  )) as unknown as { rows: { id: string }[] };
  for (const { id } of rows.rows) {
    const found = await node(id);
    if (found) picks.push(found);
  }
  const pairs = picks.slice(0, RUNS * 2);
  const chain = await Promise.all([0, 4].map(async (i) => node(await chainId(handle, i))));
  const [chainStart, chainEnd] = chain;
  if (!chainStart || !chainEnd) throw new Error('chain not loaded');
  const figures: Figure[] = [];
  figures.push(
    await time(
      backend,
      'neighbours (1 hop, limit 200)',
      picks.slice(0, RUNS).map((start) => async () => {
        const n = await neighbours(graph, start, VIEWER, {}, 200);
        return `${n.nodes.length - 1} neighbours`;
      }),
    ),
  );
  figures.push(
    await time(
      backend,
      'shortest path, planted chain of 4 links',
      Array.from({ length: RUNS }, () => async () => {
        const p = await shortestPath(graph, chainStart, chainEnd, VIEWER, {}, 4);
        if (p.edges.length !== 4) throw new Error(`chain path has ${p.edges.length} links`);
        return '4 links found';
      }),
    ),
  );
  let found = 0;
  figures.push(
    await time(
      backend,
      'shortest path, random pairs (up to 4 links)',
      Array.from({ length: RUNS }, (_, i) => async () => {
        const a = pairs[i * 2];
        const b = pairs[i * 2 + 1];
        if (!a || !b) return 'no pair';
        const p = await shortestPath(graph, a, b, VIEWER, {}, 4);
        if (p.edges.length > 0) found++;
        return `${found} of the pairs so far joined within 4 links`;
      }),
    ),
  );
  return figures;
}

async function chainId(handle: DatabaseHandle, i: number): Promise<string> {
  const res = (await handle.db.execute(sql.raw(`SELECT md5('chain ${i}')::uuid::text AS id`))) as unknown as {
    rows: { id: string }[];
  };
  return res.rows[0]?.id ?? '';
}

async function main(): Promise<void> {
  const figures: Figure[] = [];
  const loads: Record<string, number> = {};
  for (const backend of BACKENDS) {
    console.log(`${backend}: ${ENTITIES.toLocaleString('en-US')} entities, ${LINKS.toLocaleString('en-US')} links`);
    if (backend === 'postgres') {
      const temp = await createTempPostgresDatabase('bench_graph');
      try {
        const handle = await openDatabase({
          databaseUrl: temp.url,
          dataDir: '',
          poolSize: 2,
          statementTimeoutMs: 600_000,
        });
        try {
          loads[backend] = await loadGraph(handle);
          console.log(`\n  loaded in ${loads[backend]} s (load ${load()})`);
          figures.push(...(await measure(backend, handle)));
        } finally {
          await handle.close();
        }
      } finally {
        await temp.drop();
      }
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'bench-graph-'));
      try {
        const handle = await openDatabase({ dataDir: dir });
        try {
          loads[backend] = await loadGraph(handle);
          console.log(`\n  loaded in ${loads[backend]} s (load ${load()})`);
          figures.push(...(await measure(backend, handle)));
        } finally {
          await handle.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  const path = writeResults(`entity-graph-${BACKENDS.join('-')}`, {
    entities: ENTITIES,
    links: LINKS,
    runs: RUNS,
    loadSeconds: loads,
    targets: { postgresMs: 200, pgliteMs: 1000 },
    figures,
  });
  console.log(`written to ${path}`);
}

await main();
