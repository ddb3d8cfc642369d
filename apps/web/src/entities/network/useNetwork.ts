import { useQueries, useQuery } from '@tanstack/react-query';
import type { GraphEdge, GraphNode } from '@tidewatch/contracts';
import { errorMessage, unwrap } from '../../data/index.ts';
import { fetchNetwork, fetchPath, type NetworkFilter } from './api.ts';

const networkKey = (id: string, filter: NetworkFilter) => ['entities', 'network', id, filter] as const;

export interface NetworkGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** Adds what `more` has that `into` lacks, by node key and edge id. */
function merge(into: NetworkGraph, more: NetworkGraph): NetworkGraph {
  const nodes = new Map(into.nodes.map((n) => [n.key, n]));
  for (const n of more.nodes) if (!nodes.has(n.key)) nodes.set(n.key, n);
  const edges = new Map(into.edges.map((e) => [e.id, e]));
  for (const e of more.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: into.truncated || more.truncated };
}

/**
 * LINK-3: the entity's neighbourhood and those of the entities the analyst expanded, merged into one drawing;
 * each neighbourhood is one request the server has already cut to what this reader may read.
 */
export function useNetwork(id: string, expanded: readonly string[], filter: NetworkFilter) {
  const ids = [id, ...expanded.filter((e) => e !== id)];
  const results = useQueries({
    queries: ids.map((entityId) => ({
      queryKey: networkKey(entityId, filter),
      queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(fetchNetwork(entityId, filter, signal)),
    })),
  });
  let graph: NetworkGraph = { nodes: [], edges: [], truncated: false };
  for (const r of results) if (r.data) graph = merge(graph, r.data);
  const failed = results.find((r) => r.error)?.error ?? null;
  return { graph, loading: results[0]?.isPending ?? true, error: errorMessage(failed) };
}

/** LINK-4: the shortest path to `targetId` under the same filters, once one is chosen. */
export function usePath(id: string, targetId: string | null, filter: NetworkFilter) {
  const query = useQuery({
    queryKey: ['entities', 'path', id, targetId, filter] as const,
    queryFn: ({ signal }) => unwrap(fetchPath(id, targetId ?? '', filter, signal)),
    enabled: targetId !== null,
  });
  return { path: query.data ?? null, loading: targetId !== null && query.isPending, error: errorMessage(query.error) };
}
