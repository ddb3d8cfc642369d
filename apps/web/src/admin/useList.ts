import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ApiResult } from '../api/http.ts';
import { errorMessage, unwrap } from '../data/index.ts';

export interface ListState<T> {
  items: T[];
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/**
 * One admin list, cached under ['admin', name] so every panel showing it shares one read; admin screens call
 * reload() after each change (it invalidates the list) rather than patching it locally.
 */
export function useList<T>(name: string, load: () => Promise<ApiResult<T[]>>): ListState<T> {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ['admin', name], queryFn: () => unwrap(load()) });
  const reload = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: ['admin', name] }),
    [queryClient, name],
  );
  return { items: query.data ?? [], error: errorMessage(query.error), loading: query.isFetching, reload };
}
