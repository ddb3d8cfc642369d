import { useLive } from '../live/useLive.ts';
import { useNow } from '../live/useNow.ts';
import { formatAge } from '../theme/format.ts';
import type { ConnectionState } from '../live/store.ts';

const LABEL: Record<ConnectionState, string> = {
  connecting: 'Connecting',
  syncing: 'Syncing',
  live: 'Live',
  reconnecting: 'Reconnecting',
  offline: 'Offline',
  unauthorized: 'Not signed in',
  outdated: 'Update required: reload the page',
};

/** Live / reconnecting / offline and how fresh the picture is: the first thing a watch officer checks. */
export function ConnectionStatus() {
  const state = useLive((s) => s.connection);
  const lastEventAt = useLive((s) => s.lastEventAt);
  const now = useNow();
  return (
    <div className="conn" data-testid="connection-state" data-state={state} role="status" aria-live="polite">
      <span className="conn__dot" aria-hidden="true" />
      <span className="conn__label">{LABEL[state]}</span>
      {state === 'outdated' && (
        <button type="button" className="conn__reload" onClick={() => window.location.reload()}>
          Reload
        </button>
      )}
      <span className="conn__age tabular">
        {lastEventAt === null ? 'no events yet' : `last event ${formatAge(now - lastEventAt)}`}
      </span>
    </div>
  );
}
