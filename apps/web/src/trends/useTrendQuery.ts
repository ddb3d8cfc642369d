import { useEffect, useState } from 'react';
import type { ApiResult } from '../api/http.ts';

export interface QueryState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/** Runs `load` whenever `key` changes, cancelling the previous request; keeps the old data while loading. */
export function useTrendQuery<T>(key: string, load: (signal: AbortSignal) => Promise<ApiResult<T>>): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ data: null, error: null, loading: true });
  useEffect(() => {
    const abort = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    load(abort.signal)
      .then((res) => {
        if (abort.signal.aborted) return;
        setState(
          res.ok ? { data: res.data, error: null, loading: false } : { data: null, error: res.message, loading: false },
        );
      })
      .catch(() => undefined);
    return () => abort.abort();
    // `load` is rebuilt every render; `key` says when it really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
