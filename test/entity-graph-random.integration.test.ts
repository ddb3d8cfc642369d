import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TLP_LEVELS } from '@tidewatch/contracts';
import {
  createAgencyRepository,
  createEntityGraphRepository,
  createEntityRepository,
  createEventRepository,
  createSharingGroupRepository,
  neighbours,
  nodeKey,
  openDatabase,
  shortestPath,
  type DatabaseHandle,
  type GraphNodeRow,
} from '@tidewatch/db';
import { oracleMayRead, type OracleItem } from './support/releasability-oracle.ts';
import { createTempDir } from './support/temp-dir.ts';

/**
 * Random graphs with random labels on every record, event and link: the database traversal must answer exactly
 * what a plain breadth-first search over the reader's readable subgraph answers (LINK-3, LINK-4, LINK-5).
 */
const AGENCIES = ['JCA', 'CBP', 'USCG'];
const GROUPS = new Map<string, readonly string[]>([['jca-cbp-cmaa', ['JCA', 'CBP']]]);
const MAX_HOPS = 4;

const dir = createTempDir('graph-random');
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openDatabase({ dataDir: dir.path });
  await createAgencyRepository(handle.db).upsertMany(AGENCIES.map((code) => ({ code, name: code, country: 'JM' })));
  const groups = createSharingGroupRepository(handle.db);
  for (const [code, members] of GROUPS) await groups.upsert({ code, name: code, members: [...members] });
});
afterAll(async () => {
  await handle.close();
  dir.remove();
});

const label = fc.record({
  owner: fc.constantFrom(...AGENCIES),
  tlp: fc.constantFrom(...TLP_LEVELS),
  recipients: fc.uniqueArray(fc.constantFrom(...AGENCIES), { maxLength: 2 }),
  groups: fc.uniqueArray(fc.constantFrom(...GROUPS.keys()), { maxLength: 1 }),
});
const world = fc
  .record({ entityCount: fc.integer({ min: 2, max: 9 }), eventCount: fc.integer({ min: 0, max: 2 }) })
  .chain(({ entityCount, eventCount }) =>
    fc.record({
      entities: fc.array(label, { minLength: entityCount, maxLength: entityCount }),
      events: fc.array(label, { minLength: eventCount, maxLength: eventCount }),
      links: fc.array(
        fc.record({
          from: fc.nat(entityCount - 1),
          // Targets past the entities are the events.
          to: fc.nat(entityCount + eventCount - 1),
          label,
        }),
        { maxLength: 16 },
      ),
      viewer: fc.constantFrom(...AGENCIES),
      start: fc.nat(entityCount - 1),
      target: fc.nat(entityCount - 1),
    }),
  );
type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

/** Stores one world; returns node keys by index (entities first, then events) and link ids in order. */
async function store(w: World): Promise<{ keys: string[]; linkIds: string[] }> {
  const entities = createEntityRepository(handle.db);
  const now = new Date().toISOString();
  const keys: string[] = [];
  for (const [i, l] of w.entities.entries()) {
    const row = await entities.insert({
      kind: 'person',
      name: `node ${i}`,
      nameKey: `NODE ${i}`,
      aliases: [],
      aliasKeys: [],
      identifiers: [],
      notes: '',
      ownerAgency: l.owner,
      tlp: l.tlp,
      recipients: [...l.recipients],
      sharingGroups: [...l.groups],
      createdBy: 'test',
      createdAt: now,
      updatedAt: now,
    });
    keys.push(nodeKey('entity', row.id));
  }
  const eventRows = w.events.map((l, i) => ({
    id: randomUUID(),
    kind: 'sighting_report',
    title: `event ${i}`,
    summary: '',
    occurredAt: now,
    reportedAt: now,
    receivedAt: now,
    ownerAgency: l.owner,
    tlp: l.tlp,
    recipients: [...l.recipients],
    sharingGroups: [...l.groups],
    severity: 1,
    subjects: { vessels: [], containers: [], organisations: [], persons: [] },
    status: 'new',
    stixIds: [],
  }));
  if (eventRows.length > 0) await createEventRepository(handle.db).insertMany(eventRows);
  for (const e of eventRows) keys.push(nodeKey('event', e.id));
  const linkIds: string[] = [];
  for (const link of w.links) {
    const [toType, toId] = (keys[link.to] ?? '').split(':') as [string, string];
    const row = await entities.insertLink({
      fromEntityId: (keys[link.from] ?? '').slice('entity:'.length),
      toType,
      toId,
      relation: 'associate_of',
      source: 'random',
      ownerAgency: link.label.owner,
      tlp: link.label.tlp,
      recipients: [...link.label.recipients],
      sharingGroups: [...link.label.groups],
      createdBy: 'test',
      createdAt: now,
    });
    linkIds.push(row.id);
  }
  return { keys, linkIds };
}

/** The readable subgraph by the oracle's reading of the spec, as adjacency over node indexes. */
function readableAdjacency(w: World): Map<number, Set<number>> {
  const may = (item: OracleItem) => oracleMayRead(w.viewer, GROUPS, item);
  const nodes = [...w.entities, ...w.events];
  const adjacency = new Map<number, Set<number>>();
  nodes.forEach((n, i) => {
    if (may(n)) adjacency.set(i, new Set());
  });
  for (const l of w.links) {
    if (!may(l.label) || !adjacency.has(l.from) || !adjacency.has(l.to)) continue;
    adjacency.get(l.from)?.add(l.to);
    adjacency.get(l.to)?.add(l.from);
  }
  return adjacency;
}

/** Plain breadth-first distance, or undefined beyond MAX_HOPS or when unreachable. */
function oracleDistance(adjacency: Map<number, Set<number>>, start: number, target: number): number | undefined {
  const depth = new Map([[start, 0]]);
  const queue = [start];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    const d = depth.get(at) ?? 0;
    if (at === target) return d;
    if (d === MAX_HOPS) continue;
    for (const next of adjacency.get(at) ?? [])
      if (!depth.has(next)) {
        depth.set(next, d + 1);
        queue.push(next);
      }
  }
  return undefined;
}

describe('graph traversal against an in-memory oracle', () => {
  it('[LINK-4][LINK-5] shortest paths and neighbours on random graphs equal a BFS over the readable subgraph', async () => {
    const graph = createEntityGraphRepository(handle.db);
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const { keys, linkIds } = await store(w);
        const adjacency = readableAdjacency(w);
        const viewer = {
          agency: w.viewer,
          groups: [...GROUPS].filter(([, m]) => m.includes(w.viewer)).map(([g]) => g),
        };
        const index = new Map(keys.map((k, i) => [k, i]));
        const [start] = await graph.nodes([keys[w.start] ?? ''], viewer);
        const [target] = await graph.nodes([keys[w.target] ?? ''], viewer);
        expect(start !== undefined).toBe(adjacency.has(w.start));
        expect(target !== undefined).toBe(adjacency.has(w.target));
        if (!start || !target) return;

        const around = await neighbours(graph, start, viewer, {}, 1000);
        const seen = new Set(around.nodes.map((n: GraphNodeRow) => index.get(n.key)));
        expect(seen).toEqual(new Set([w.start, ...(adjacency.get(w.start) ?? [])]));
        for (const e of around.edges) expect(linkIds).toContain(e.id);

        const found = await shortestPath(graph, start, target, viewer, {}, MAX_HOPS);
        const expected = oracleDistance(adjacency, w.start, w.target);
        if (expected === undefined) {
          expect(found).toEqual({ nodes: [], edges: [] });
          return;
        }
        expect(found.edges).toHaveLength(expected);
        const steps = found.nodes.map((n) => index.get(n.key) ?? -1);
        expect(steps[0]).toBe(w.start);
        expect(steps.at(-1)).toBe(w.target);
        // Every hop is an edge of the readable subgraph, and every edge joins the nodes either side of it.
        for (let i = 1; i < steps.length; i += 1)
          expect(adjacency.get(steps[i - 1] ?? -1)?.has(steps[i] ?? -1)).toBe(true);
        for (const [i, e] of found.edges.entries())
          expect(new Set([e.source, e.target])).toEqual(new Set([found.nodes[i]?.key, found.nodes[i + 1]?.key]));
      }),
      { numRuns: 60, seed: 1707 },
    );
  });
});
