import { fetchLatestEvents, HttpStatusError } from './api.ts';
import { connectLiveSocket } from './socket.ts';
import type { LiveStore } from './store.ts';

const RETRY_STEPS_MS = [1_000, 2_000, 5_000, 10_000];

/**
 * First load: the newest page over REST, then the socket from the highest seq in it, so nothing between
 * the two is lost (the server replays it) and nothing is shown twice (the store dedupes by seq).
 * Retries the REST load until the server answers: a wall display is often switched on before the server.
 */
export function startLive(store: LiveStore, token: string | null = null): () => void {
  const abort = new AbortController();
  let disconnect: (() => void) | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  const attempt = async (n: number): Promise<void> => {
    try {
      const page = await fetchLatestEvents(abort.signal);
      if (page.serverNowMs !== null) store.setClockSkew(page.serverNowMs, Date.now());
      store.noteRejected(page.rejectedSeqs);
      store.ingest(page.items, { flash: false });
      store.flush();
      if (!abort.signal.aborted) disconnect = connectLiveSocket(store, token, restart);
    } catch (error) {
      if (abort.signal.aborted) return;
      console.warn('[tidewatch] initial load failed, retrying', error);
      const refused = error instanceof HttpStatusError && (error.status === 401 || error.status === 403);
      if (refused) store.setConnection('unauthorized');
      else if (n > 0) store.setConnection('offline');
      const delay = RETRY_STEPS_MS[Math.min(n, RETRY_STEPS_MS.length - 1)] ?? 10_000;
      retryTimer = setTimeout(() => void attempt(n + 1), delay);
    }
  };
  /** Rights changed under us: forget everything held and load again as whoever we now are. */
  const restart = (): void => {
    disconnect?.();
    disconnect = null;
    store.reset();
    store.setConnection('reconnecting');
    void attempt(1);
  };
  void attempt(0);

  return () => {
    abort.abort();
    if (retryTimer !== null) clearTimeout(retryTimer);
    disconnect?.();
  };
}
