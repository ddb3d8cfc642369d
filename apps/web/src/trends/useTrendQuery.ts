import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ApiResult } from '../api/http.ts';
import { errorMessage, unwrap } from '../data/index.ts';

export interface QueryState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/**
 * One trend read, cached under ['trends', ...key]: a new key cancels the previous request (TanStack passes the
 * abort signal) and keeps the old data on screen while the new one loads.
 */
export function useTrendQuery<T>(
  key: readonly unknown[],
  load: (signal: AbortSignal) => Promise<ApiResult<T>>,
): QueryState<T> {
  const query = useQuery({
    queryKey: ['trends', ...key],
    queryFn: ({ signal }) => unwrap(load(signal)),
    placeholderData: keepPreviousData,
  });
  return {
    data: query.isError ? null : (query.data ?? null),
    error: errorMessage(query.error),
    loading: query.isFetching,
  };
}
