import type { QueryClient, QueryFilters } from '@tanstack/react-query';

/**
 * Marks the matching reads stale and reads the open ones again, replacing any read already in flight: its
 * answer may predate the change that prompted this. (An invalidation alone would not do: while a query has no
 * data yet, TanStack joins the running read instead of replacing it.)
 */
export async function restartQueries(queryClient: QueryClient, filters: QueryFilters): Promise<void> {
  await queryClient.cancelQueries(filters);
  await queryClient.invalidateQueries(filters);
}
