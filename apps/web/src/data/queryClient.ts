import { QueryClient } from '@tanstack/react-query';
import { onSessionEnd } from '../session/lifecycle.ts';

/**
 * The web app's one cache of REST reads (TanStack Query). Reads are queries keyed per feature
 * (['trends', ...], ['admin', 'agencies'], ...); writes invalidate the keys they change; socket messages
 * update or invalidate cached queries. What one identity read is dropped when its session ends.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // The screens show a failure and offer their own retry; a silent triple retry would hide an outage.
      retry: false,
      // The live stream keeps what matters fresh; refetching on every window focus would hammer the server
      // from a wall display that never loses focus anyway.
      refetchOnWindowFocus: false,
    },
  },
});

onSessionEnd(() => queryClient.clear());
