import { GraphNeighbourhood, GraphPath, type GraphNodeKind } from '@tidewatch/contracts';
import { request, type ApiResult } from '../../api/http.ts';

const BASE = '/api/v1/entities';

/** The network filters the panel offers (LINK-3); empty means "no limit". */
export interface NetworkFilter {
  since: string;
  until: string;
  kinds: readonly GraphNodeKind[];
}

function filterParams(filter: NetworkFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.since) params.set('since', filter.since);
  if (filter.until) params.set('until', filter.until);
  if (filter.kinds.length > 0) params.set('kinds', filter.kinds.join(','));
  return params;
}

function parse<T>(schema: { safeParse(raw: unknown): { success: true; data: T } | { success: false } }) {
  return (raw: unknown): T | null => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  };
}

export function fetchNetwork(
  id: string,
  filter: NetworkFilter,
  signal?: AbortSignal,
): Promise<ApiResult<GraphNeighbourhood>> {
  return request('GET', `${BASE}/${encodeURIComponent(id)}/network?${filterParams(filter)}`, {
    signal,
    parse: parse(GraphNeighbourhood),
  });
}

export function fetchPath(
  id: string,
  targetId: string,
  filter: NetworkFilter,
  signal?: AbortSignal,
): Promise<ApiResult<GraphPath>> {
  return request(
    'GET',
    `${BASE}/${encodeURIComponent(id)}/path/${encodeURIComponent(targetId)}?${filterParams(filter)}`,
    {
      signal,
      parse: parse(GraphPath),
    },
  );
}
