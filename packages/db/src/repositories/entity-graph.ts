import { and, asc, eq, inArray, isNull, lte, or, gte, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { consignments } from '../schema/cargo.ts';
import { entities, entityLinks } from '../schema/entities.ts';
import { events } from '../schema/events.ts';
import { visibleTo, type ViewerScope } from './visibility.ts';

/**
 * Link analysis in the database (SPEC LINK-3..LINK-6): one step of a breadth-first search is a few batched
 * queries, each filtered by the single releasability rule (visibleTo), so what the viewer may not read is never
 * loaded, let alone traversed. Nodes are entities, events and consignments; edges are links.
 */

export type GraphNodeTypeName = 'entity' | 'event' | 'consignment';
const NODE_TYPES: readonly GraphNodeTypeName[] = ['entity', 'event', 'consignment'];

export interface GraphNodeRow {
  key: string;
  type: GraphNodeTypeName;
  id: string;
  /** An entity's kind, or the node type for events and consignments. */
  kind: string;
  label: string;
  tlp: string;
}

export interface GraphEdgeRow {
  id: string;
  source: string;
  target: string;
  relation: string;
  validFrom: string | null;
  validTo: string | null;
  tlp: string;
  createdAt: string;
}

export interface GraphFilter {
  since?: string | undefined;
  until?: string | undefined;
  /** Node kinds allowed besides the nodes the search starts from (entity kinds, `event`, `consignment`). */
  kinds?: readonly string[] | undefined;
  relations?: readonly string[] | undefined;
}

export interface GraphStep {
  /** Readable edges touching the frontier whose other end is readable and allowed by the filter. */
  edges: GraphEdgeRow[];
  /** Those other ends (not the frontier, not the nodes passed as already known). */
  nodes: GraphNodeRow[];
}

export const nodeKey = (type: GraphNodeTypeName, id: string): string => `${type}:${id}`;

function parseKey(key: string): { type: GraphNodeTypeName; id: string } | undefined {
  const at = key.indexOf(':');
  const type = NODE_TYPES.find((t) => t === key.slice(0, at));
  return type ? { type, id: key.slice(at + 1) } : undefined;
}

function idsOf(keys: Iterable<string>, type: GraphNodeTypeName): string[] {
  const ids: string[] = [];
  for (const key of keys) {
    const parsed = parseKey(key);
    if (parsed?.type === type) ids.push(parsed.id);
  }
  return ids;
}

/** A link is valid in [since, until] when its own dates overlap it; a missing date is an open end. */
function linkFilter(filter: GraphFilter): SQL | undefined {
  return and(
    filter.relations ? inArray(entityLinks.relation, [...filter.relations]) : undefined,
    filter.until ? or(isNull(entityLinks.validFrom), lte(entityLinks.validFrom, filter.until)) : undefined,
    filter.since ? or(isNull(entityLinks.validTo), gte(entityLinks.validTo, filter.since)) : undefined,
  );
}

export function createEntityGraphRepository(db: Db) {
  /** The readable links touching the frontier, by the link's own label only (ends are checked after). */
  async function linksTouching(frontier: readonly string[], viewer: ViewerScope, filter: GraphFilter) {
    const touching: SQL[] = [];
    const entityIds = idsOf(frontier, 'entity');
    if (entityIds.length > 0)
      touching.push(
        inArray(entityLinks.fromEntityId, entityIds),
        and(eq(entityLinks.toType, 'entity'), inArray(entityLinks.toId, entityIds)) as SQL,
      );
    for (const type of ['event', 'consignment'] as const) {
      const ids = idsOf(frontier, type);
      if (ids.length > 0) touching.push(and(eq(entityLinks.toType, type), inArray(entityLinks.toId, ids)) as SQL);
    }
    if (touching.length === 0) return [];
    return db
      .select({
        id: entityLinks.id,
        fromEntityId: entityLinks.fromEntityId,
        toType: entityLinks.toType,
        toId: entityLinks.toId,
        relation: entityLinks.relation,
        validFrom: entityLinks.validFrom,
        validTo: entityLinks.validTo,
        tlp: entityLinks.tlp,
        createdAt: entityLinks.createdAt,
      })
      .from(entityLinks)
      .where(and(or(...touching), visibleTo(viewer, entityLinks), linkFilter(filter)))
      .orderBy(asc(entityLinks.createdAt), asc(entityLinks.id));
  }

  /** The readable nodes among `keys` whose kind the filter allows, each looked up by primary key. */
  async function readableNodes(keys: Iterable<string>, viewer: ViewerScope, filter: GraphFilter) {
    const allowed = (kind: string) => !filter.kinds || filter.kinds.includes(kind);
    const found: GraphNodeRow[] = [];
    const entityIds = idsOf(keys, 'entity').filter(isUuidText);
    if (entityIds.length > 0) {
      const rows = await db
        .select({ id: entities.id, kind: entities.kind, label: entities.name, tlp: entities.tlp })
        .from(entities)
        .where(
          and(
            inArray(entities.id, entityIds),
            visibleTo(viewer, entities),
            filter.kinds ? inArray(entities.kind, [...filter.kinds]) : undefined,
          ),
        );
      for (const r of rows) found.push({ ...r, type: 'entity', key: nodeKey('entity', r.id) });
    }
    const eventIds = idsOf(keys, 'event');
    if (eventIds.length > 0 && allowed('event')) {
      const rows = await db
        .select({ id: events.id, label: events.title, tlp: events.tlp })
        .from(events)
        .where(and(inArray(events.id, eventIds), visibleTo(viewer, events)));
      for (const r of rows) found.push({ ...r, type: 'event', kind: 'event', key: nodeKey('event', r.id) });
    }
    const consignmentIds = idsOf(keys, 'consignment').filter(isUuidText);
    if (consignmentIds.length > 0 && allowed('consignment')) {
      const rows = await db
        .select({ id: consignments.id, label: consignments.billOfLading, tlp: consignments.tlp })
        .from(consignments)
        .where(and(inArray(consignments.id, consignmentIds), visibleTo(viewer, consignments)));
      for (const r of rows)
        found.push({ ...r, type: 'consignment', kind: 'consignment', key: nodeKey('consignment', r.id) });
    }
    return found;
  }

  /**
   * One breadth-first step: the edges from `frontier` (nodes already known readable) to nodes the viewer may read.
   * `known` are nodes already shown readable (the frontier is always among them); they are not looked up again.
   */
  async function step(
    frontier: readonly string[],
    viewer: ViewerScope,
    filter: GraphFilter,
    known: ReadonlySet<string> = new Set(frontier),
  ): Promise<GraphStep> {
    const links = await linksTouching(frontier, viewer, filter);
    const ends = links.map((l) => ({
      link: l,
      source: nodeKey('entity', l.fromEntityId),
      target: NODE_TYPES.includes(l.toType as GraphNodeTypeName)
        ? nodeKey(l.toType as GraphNodeTypeName, l.toId)
        : undefined,
    }));
    const unknown = new Set<string>();
    for (const e of ends)
      for (const key of [e.source, e.target]) if (key !== undefined && !known.has(key)) unknown.add(key);
    const nodes = await readableNodes(unknown, viewer, filter);
    const readable = new Set([...known, ...nodes.map((n) => n.key)]);
    const edges: GraphEdgeRow[] = [];
    for (const { link, source, target } of ends) {
      // An edge exists only if the link AND both its ends are readable (LINK-1): nothing else comes back.
      if (target === undefined || !readable.has(source) || !readable.has(target)) continue;
      edges.push({
        id: link.id,
        source,
        target,
        relation: link.relation,
        validFrom: link.validFrom,
        validTo: link.validTo,
        tlp: link.tlp,
        createdAt: link.createdAt,
      });
    }
    return { edges, nodes };
  }

  return {
    step,
    /** Readable nodes by key, without any kind filter (the ends a caller asked for by name). */
    nodes: (keys: readonly string[], viewer: ViewerScope) => readableNodes(keys, viewer, {}),
  };
}

const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Entity and consignment ids are uuids; a key naming anything else reaches nothing (and must not break the query). */
function isUuidText(id: string): boolean {
  return UUID_TEXT.test(id);
}

export type EntityGraphRepository = ReturnType<typeof createEntityGraphRepository>;
