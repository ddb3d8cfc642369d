// The web data layer: the query cache and the glue between the REST transport and TanStack Query.
export { queryClient } from './queryClient.ts';
export { ApiQueryError, errorMessage, unwrap } from './apiQuery.ts';
export { restartQueries } from './restartQueries.ts';
