import { useCallback, useEffect, useState } from 'react';
import type { ApiResult } from '../api/http.ts';

export interface ListState<T> {
  items: T[];
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** Loads a list on mount and on reload(); admin screens reload after each change rather than patching locally. */
export function useList<T>(load: () => Promise<ApiResult<T[]>>): ListState<T> {
  const [items, setItems] = useState<T[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    let live = true;
    setLoading(true);
    void load().then((res) => {
      if (!live) return;
      setLoading(false);
      if (res.ok) {
        setItems(res.data);
        setError(null);
      } else setError(res.message);
    });
    return () => {
      live = false;
    };
    // `load` is a module-level function per screen; reloading is driven by `tick`.
  }, [tick]);

  return { items, error, loading, reload };
}
