import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { errorMessage, unwrap } from '../data/index.ts';
import { fetchAreas } from './api.ts';

/** The feature's query keys (WEB-5): the areas of interest this agency may read. */
export const areaKeys = { all: ['areas'] as const };

export function useAreas() {
  const query = useQuery({ queryKey: areaKeys.all, queryFn: ({ signal }) => unwrap(fetchAreas(signal)) });
  return { areas: query.data ?? null, error: errorMessage(query.error) };
}

/** After an import: the list reads again. */
export function useInvalidateAreas(): () => void {
  const client = useQueryClient();
  return useCallback(() => void client.invalidateQueries({ queryKey: areaKeys.all }), [client]);
}
