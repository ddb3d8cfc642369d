import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorMessage, unwrap } from '../data/index.ts';
import { fetchOtherObjects, importStix } from './api.ts';

export const stixKeys = {
  all: ['stix'] as const,
  others: (limit: number) => ['stix', 'other-objects', limit] as const,
};

/** The kept "other STIX objects" this agency may read (the newest `limit`), with the readable total. */
export function useOtherObjects(limit: number) {
  const query = useQuery({
    queryKey: stixKeys.others(limit),
    queryFn: ({ signal }) => unwrap(fetchOtherObjects(limit, signal)),
  });
  return { page: query.data ?? null, error: errorMessage(query.error), loading: query.isPending };
}

/**
 * The preview and the import of one bundle. The import invalidates the kept-object list; its new events reach
 * the feed and the map through the live stream like any other.
 */
export function useStixImport() {
  const queryClient = useQueryClient();
  const preview = useMutation({
    mutationFn: (bundle: unknown) => unwrap(importStix(bundle, true)),
  });
  const commit = useMutation({
    mutationFn: (bundle: unknown) => unwrap(importStix(bundle, false)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: stixKeys.all }),
  });
  return { preview, commit };
}
