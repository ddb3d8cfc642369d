import { z } from 'zod';
import { ENTITY_KINDS, LINK_RELATIONS } from './entities.ts';
import { Tlp } from './event.ts';
import { IsoDate } from './safe-input.ts';

/**
 * Link analysis over entities (issue 17 section 3, SPEC LINK-3..LINK-6): an entity's neighbours and the shortest
 * path between two entities. Nodes are entities, events and consignments (an event or consignment joins the
 * entities linked to it); edges are links. Only what the reader may read takes part at all.
 */

export const GRAPH_NODE_TYPES = ['entity', 'event', 'consignment'] as const;
export const GraphNodeType = z.enum(GRAPH_NODE_TYPES);
export type GraphNodeType = z.infer<typeof GraphNodeType>;

/** What a node is, for filters and icons: an entity's kind, or `event` / `consignment`. */
export const GRAPH_NODE_KINDS = [...ENTITY_KINDS, 'event', 'consignment'] as const;
export const GraphNodeKind = z.enum(GRAPH_NODE_KINDS);
export type GraphNodeKind = z.infer<typeof GraphNodeKind>;

export const MAX_PATH_HOPS = 4;

/** A comma-separated list in a query string ("person,vessel"), each value checked against `values`. */
function commaList<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .trim()
    .max(400)
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    )
    .pipe(z.array(z.enum(values)).min(1).max(values.length));
}

const windowAndKinds = {
  /** Links valid on some day in [since, until]; an undated end is open. */
  since: IsoDate().optional(),
  until: IsoDate().optional(),
  kinds: commaList(GRAPH_NODE_KINDS).optional(),
  relations: commaList(LINK_RELATIONS).optional(),
};
const windowInOrder = (q: { since?: string | undefined; until?: string | undefined }) =>
  !q.since || !q.until || q.since <= q.until;

export const GraphNeighboursQuery = z
  .object({ ...windowAndKinds, limit: z.coerce.number().int().min(1).max(1000).default(200) })
  .strict()
  .refine(windowInOrder, { path: ['until'], message: 'until is before since' });
export type GraphNeighboursQuery = z.infer<typeof GraphNeighboursQuery>;

export const GraphPathQuery = z
  .object({ ...windowAndKinds, maxHops: z.coerce.number().int().min(1).max(MAX_PATH_HOPS).default(MAX_PATH_HOPS) })
  .strict()
  .refine(windowInOrder, { path: ['until'], message: 'until is before since' });
export type GraphPathQuery = z.infer<typeof GraphPathQuery>;

export const GraphNode = z.object({
  /** `type:id`, unique in one answer; edges name their ends by it. */
  key: z.string(),
  type: GraphNodeType,
  id: z.string(),
  kind: GraphNodeKind,
  label: z.string(),
  tlp: Tlp,
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z.object({
  /** The link's id. */
  id: z.string(),
  source: z.string(),
  target: z.string(),
  relation: z.enum(LINK_RELATIONS),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  tlp: Tlp,
});
export type GraphEdge = z.infer<typeof GraphEdge>;

/** An entity and its readable neighbours (LINK-3). `truncated`: more readable links than `limit` exist. */
export const GraphNeighbourhood = z.object({
  center: z.string(),
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  truncated: z.boolean(),
});
export type GraphNeighbourhood = z.infer<typeof GraphNeighbourhood>;

/** The shortest readable path (LINK-4): nodes from start to target, edges between them; both empty when none. */
export const GraphPath = z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) });
export type GraphPath = z.infer<typeof GraphPath>;
