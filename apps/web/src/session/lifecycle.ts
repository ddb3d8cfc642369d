/**
 * The one place that empties everything one identity has seen. Every store or cache that holds an identity's
 * data registers how to clear itself (next to where it is created); the session scope calls clearSessionData
 * when that identity's dashboard or wall goes away: sign-out, a session that ended, another user or agency, a
 * wall token swapped. Nothing of one agency's picture may be drawn for the next one.
 */
type Clear = () => void;

const clearers = new Set<Clear>();

/** Registers a clear function for the lifetime of the page; returns a function that unregisters it. */
export function onSessionEnd(clear: Clear): () => void {
  clearers.add(clear);
  return () => clearers.delete(clear);
}

export function clearSessionData(): void {
  for (const clear of clearers) clear();
}
