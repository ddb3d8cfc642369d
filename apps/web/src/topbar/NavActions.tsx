import { useCan } from '../auth/useSession.ts';
import { navigate, useRoute } from '../app/useRoute.ts';

interface Props {
  composing: boolean;
  onNewEvent: () => void;
}

/** New event for those who may write; Administration / Audit for those who may open it. */
export function NavActions({ composing, onNewEvent }: Props) {
  const route = useRoute();
  const canWrite = useCan('events:write');
  const isAdmin = useCan('admin');
  const canAudit = useCan('audit:read');
  const inAdmin = route.page === 'admin';
  const inFeeds = route.page === 'feeds';
  return (
    <nav className="nav-actions" aria-label="Actions">
      {canWrite && !inAdmin && (
        <button type="button" className="btn btn--primary" data-testid="new-event-button" onClick={onNewEvent} disabled={composing}>
          + New event
        </button>
      )}
      {!inAdmin && !isAdmin && (
        <button
          type="button"
          className="btn"
          data-testid="watchlists-link"
          aria-pressed={route.page === 'watchlists'}
          onClick={() => navigate(route.page === 'watchlists' ? '#/' : '#/watchlists')}
        >
          Watchlists
        </button>
      )}
      {!inAdmin && !isAdmin && (
        <button
          type="button"
          className="btn"
          data-testid="cargo-link"
          aria-pressed={route.page === 'cargo'}
          onClick={() => navigate(route.page === 'cargo' ? '#/' : '#/cargo')}
        >
          Cargo
        </button>
      )}
      {!inAdmin && !isAdmin && (
        <button
          type="button"
          className="btn"
          data-testid="trends-link"
          aria-pressed={route.page === 'trends'}
          onClick={() => navigate(route.page === 'trends' ? '#/' : '#/trends')}
        >
          Trends
        </button>
      )}
      {!inAdmin && !isAdmin && (
        <button
          type="button"
          className="btn"
          data-testid="summaries-link"
          aria-pressed={route.page === 'summaries'}
          onClick={() => navigate(route.page === 'summaries' ? '#/' : '#/summaries')}
        >
          Summary
        </button>
      )}
      {!inAdmin && (
        <button
          type="button"
          className="btn"
          data-testid="feeds-link"
          aria-pressed={inFeeds}
          onClick={() => navigate(inFeeds ? '#/' : '#/feeds')}
        >
          {inFeeds ? '← Live picture' : 'AIS feeds'}
        </button>
      )}
      {inAdmin ? (
        <button type="button" className="btn" onClick={() => navigate('#/')}>
          ← Live picture
        </button>
      ) : (
        (isAdmin || canAudit) && (
          <button type="button" className="btn" data-testid="admin-link" onClick={() => navigate(isAdmin ? '#/admin' : '#/admin/audit')}>
            {isAdmin ? 'Administration' : 'Audit log'}
          </button>
        )
      )}
    </nav>
  );
}
