import type { EntityGraphRepository, GraphEdgeRow, GraphFilter, GraphNodeRow } from './entity-graph.ts';
import type { ViewerScope } from './visibility.ts';

/**
 * Neighbours and shortest paths over the readable graph (SPEC LINK-3, LINK-4). Every hop is one batched,
 * releasability-filtered step in the database (entity-graph.ts); nothing here ever sees an unreadable node, so a
 * path through one cannot be found and an answer cannot depend on one.
 */

export interface Neighbourhood {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
  truncated: boolean;
}

export async function neighbours(
  graph: EntityGraphRepository,
  start: GraphNodeRow,
  viewer: ViewerScope,
  filter: GraphFilter,
  limit: number,
): Promise<Neighbourhood> {
  const { edges, nodes } = await graph.step([start.key], viewer, filter);
  const kept = edges.slice(0, limit);
  const keys = new Set(kept.flatMap((e) => [e.source, e.target]));
  return { nodes: [start, ...nodes.filter((n) => keys.has(n.key))], edges: kept, truncated: edges.length > limit };
}

interface Reached {
  depth: number;
  /** The edge and node it was reached from; undefined at the side's origin. */
  via?: { edge: GraphEdgeRow; from: string } | undefined;
  node: GraphNodeRow;
}

export interface FoundPath {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
}

/** The chain of nodes and edges from a side's origin to `key`, origin first. */
function chain(side: ReadonlyMap<string, Reached>, key: string): FoundPath {
  const nodes: GraphNodeRow[] = [];
  const edges: GraphEdgeRow[] = [];
  let at = side.get(key);
  while (at) {
    nodes.unshift(at.node);
    if (!at.via) break;
    edges.unshift(at.via.edge);
    at = side.get(at.via.from);
  }
  return { nodes, edges };
}

/**
 * Bidirectional breadth-first search, one level at a time from the side with the smaller frontier, at most
 * `maxHops` edges in all. Links are followed in either direction. The first level at which the two sides meet
 * holds a shortest path; the meeting node with the smallest total depth gives it.
 */
export async function shortestPath(
  graph: EntityGraphRepository,
  start: GraphNodeRow,
  target: GraphNodeRow,
  viewer: ViewerScope,
  filter: GraphFilter,
  maxHops: number,
): Promise<FoundPath> {
  if (start.key === target.key) return { nodes: [start], edges: [] };
  const forward = new Map<string, Reached>([[start.key, { depth: 0, node: start }]]);
  const backward = new Map<string, Reached>([[target.key, { depth: 0, node: target }]]);
  let forwardFrontier = [start.key];
  let backwardFrontier = [target.key];
  let hops = 0;
  while (hops < maxHops && forwardFrontier.length > 0 && backwardFrontier.length > 0) {
    const growForward = forwardFrontier.length <= backwardFrontier.length;
    const [side, other, frontier] = growForward
      ? [forward, backward, forwardFrontier]
      : [backward, forward, backwardFrontier];
    const known = new Set([...forward.keys(), ...backward.keys()]);
    const { edges, nodes } = await graph.step(frontier, viewer, filter, known);
    const byKey = new Map(nodes.map((n) => [n.key, n]));
    const inFrontier = new Set(frontier);
    const next: string[] = [];
    const meetings: string[] = [];
    for (const edge of edges) {
      for (const [from, to] of [
        [edge.source, edge.target],
        [edge.target, edge.source],
      ] as const) {
        if (!inFrontier.has(from) || side.has(to)) continue;
        const node = byKey.get(to) ?? other.get(to)?.node;
        if (!node) continue;
        const depth = (side.get(from)?.depth ?? 0) + 1;
        side.set(to, { depth, via: { edge, from }, node });
        next.push(to);
        if (other.has(to)) meetings.push(to);
      }
    }
    hops += 1;
    if (meetings.length > 0) {
      const total = (key: string) => (forward.get(key)?.depth ?? 0) + (backward.get(key)?.depth ?? 0);
      const meet = meetings.reduce((best, key) => (total(key) < total(best) ? key : best));
      const head = chain(forward, meet);
      const tail = chain(backward, meet);
      return {
        nodes: [...head.nodes, ...tail.nodes.slice(0, -1).reverse()],
        edges: [...head.edges, ...tail.edges.reverse()],
      };
    }
    if (growForward) forwardFrontier = next;
    else backwardFrontier = next;
  }
  return { nodes: [], edges: [] };
}
