import {
  GraphNeighboursQuery,
  GraphPathQuery,
  type GraphEdge,
  type GraphNeighbourhood,
  type GraphNode,
  type GraphPath,
  type LinkRelation,
  type Tlp,
  type GraphNodeKind,
} from '@tidewatch/contracts';
import {
  neighbours,
  nodeKey,
  shortestPath,
  type EntityGraphRepository,
  type GraphEdgeRow,
  type GraphNodeRow,
} from '@tidewatch/db';
import { isRestrictedTlp } from '@tidewatch/domain';
import { viewerScope } from '../../auth/actor.ts';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { notFound, validationError } from '../errors.ts';
import { isUuid } from '../ids.ts';

/** The graph storage; the entities module owns it and hands it to its routes, which pass it on untouched. */
export type EntityGraphStore = EntityGraphRepository;

/** What every graph verb gets: the request's context and the graph storage. */
export interface GraphVerb {
  ctx: RequestContext;
  graph: EntityGraphRepository;
}

function toNode(row: GraphNodeRow): GraphNode {
  return { ...row, kind: row.kind as GraphNodeKind, tlp: row.tlp as Tlp };
}

function toEdge(row: GraphEdgeRow): GraphEdge {
  return {
    id: row.id,
    source: row.source,
    target: row.target,
    relation: row.relation as LinkRelation,
    validFrom: row.validFrom,
    validTo: row.validTo,
    tlp: row.tlp as Tlp,
  };
}

/** A readable entity by id, or the 404 an unreadable or missing one answers alike (REL-9). */
async function readableEntity({ ctx, graph }: GraphVerb, id: string): Promise<GraphNodeRow> {
  const [node] = isUuid(id) ? await graph.nodes([nodeKey('entity', id)], viewerScope(ctx.viewer)) : [];
  if (!node) throw notFound('entity', id);
  return node;
}

/** AUD-1: every AMBER, AMBER+STRICT or RED node or link a graph answer shows is in the audit trail. */
function auditGraphRead(ctx: RequestContext, nodes: readonly GraphNodeRow[], edges: readonly GraphEdgeRow[]): void {
  const restricted = (type: string) => nodes.filter((n) => n.type === type && isRestrictedTlp(n.tlp)).map((n) => n.id);
  const detail = {
    entities: restricted('entity'),
    events: restricted('event'),
    consignments: restricted('consignment'),
    links: edges.filter((e) => isRestrictedTlp(e.tlp)).map((e) => e.id),
  };
  if (Object.values(detail).every((ids) => ids.length === 0)) return;
  ctx.audit.record({ actor: ctx.actor, action: 'entity.graph.read', targetType: 'entity', outcome: 'success', detail });
}

/** LINK-3: a readable entity and its readable neighbours, optionally within a window, kinds and relations. */
export async function entityNeighbours(verb: GraphVerb & { id: string; query: unknown }): Promise<GraphNeighbourhood> {
  const { ctx, graph } = verb;
  requirePermission(ctx, 'events:read');
  const parsed = GraphNeighboursQuery.safeParse(verb.query);
  if (!parsed.success) throw validationError(parsed.error, 'query');
  const start = await readableEntity(verb, verb.id);
  const { limit, ...filter } = parsed.data;
  const found = await neighbours(graph, start, viewerScope(ctx.viewer), filter, limit);
  auditGraphRead(ctx, found.nodes, found.edges);
  return {
    center: start.key,
    nodes: found.nodes.map(toNode),
    edges: found.edges.map(toEdge),
    truncated: found.truncated,
  };
}

/** LINK-4: the shortest readable path between two readable entities, at most `maxHops` links; empty when none. */
export async function entityPath(
  verb: GraphVerb & { id: string; targetId: string; query: unknown },
): Promise<GraphPath> {
  const { ctx, graph } = verb;
  requirePermission(ctx, 'events:read');
  const parsed = GraphPathQuery.safeParse(verb.query);
  if (!parsed.success) throw validationError(parsed.error, 'query');
  const start = await readableEntity(verb, verb.id);
  const target = await readableEntity(verb, verb.targetId);
  const { maxHops, ...filter } = parsed.data;
  const found = await shortestPath(graph, start, target, viewerScope(ctx.viewer), filter, maxHops);
  auditGraphRead(ctx, found.nodes, found.edges);
  return { nodes: found.nodes.map(toNode), edges: found.edges.map(toEdge) };
}
