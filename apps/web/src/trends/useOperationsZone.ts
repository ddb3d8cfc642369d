import { useEffect, useState } from 'react';
import { fetchTrendSettings } from './api.ts';

export type ZoneState = { zone: string; error: null } | { zone: null; error: string | null };

/** The deployment's zone never changes while the page is open: asked once, shared by every trends visit. */
let known: string | null = null;

/**
 * The operations zone the server announces (its SUMMARY_TZ): trends bucket days, weeks and months there by
 * default, so every analyst, whatever their browser's zone, sees the same bars as the daily summary.
 */
export function useOperationsZone(): ZoneState {
  const [state, setState] = useState<ZoneState>(
    known === null ? { zone: null, error: null } : { zone: known, error: null },
  );
  useEffect(() => {
    if (known !== null) return;
    const abort = new AbortController();
    void fetchTrendSettings(abort.signal).then(
      (res) => {
        if (abort.signal.aborted) return;
        if (res.ok) {
          known = res.data.timeZone;
          setState({ zone: known, error: null });
        } else {
          setState({ zone: null, error: `The operations time zone could not be read: ${res.message}` });
        }
      },
      () => undefined,
    );
    return () => abort.abort();
  }, []);
  return state;
}

/** The browser's own zone, offered as an alternative to the operations zone. */
export function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
