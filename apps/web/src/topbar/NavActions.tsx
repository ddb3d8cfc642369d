import { useCan } from '../session/useSession.ts';
import { navigate, useRoute, type Route } from '../routing/useRoute.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

interface Props {
  composing: boolean;
  onNewEvent: () => void;
}

interface View {
  page: Route['page'];
  hash: string;
  label: string;
  /** A label that goes through the translation layer (views moved over so far). */
  labelKey?: 'entitiesView';
  testId: string;
  /** Administrators administer; the analytic views are for those who work the data. */
  forAdmins: boolean;
}

const VIEWS: readonly View[] = [
  { page: 'operations', hash: '#/operations', label: 'Operations', testId: 'operations-link', forAdmins: false },
  { page: 'watchlists', hash: '#/watchlists', label: 'Watchlists', testId: 'watchlists-link', forAdmins: false },
  {
    page: 'entities',
    hash: '#/entities',
    label: 'Entities',
    labelKey: 'entitiesView',
    testId: 'entities-link',
    forAdmins: false,
  },
  { page: 'cargo', hash: '#/cargo', label: 'Cargo', testId: 'cargo-link', forAdmins: false },
  { page: 'areas', hash: '#/areas', label: 'Areas', testId: 'areas-link', forAdmins: false },
  { page: 'trends', hash: '#/trends', label: 'Trends', testId: 'trends-link', forAdmins: false },
  { page: 'summaries', hash: '#/summaries', label: 'Summary', testId: 'summaries-link', forAdmins: false },
  { page: 'stix', hash: '#/stix', label: 'STIX objects', testId: 'stix-link', forAdmins: false },
  { page: 'feeds', hash: '#/feeds', label: 'AIS feeds', testId: 'feeds-link', forAdmins: true },
];

/**
 * New event for those who may write, then the views. On narrower screens the views fold into one
 * "Views" menu (CSS decides which rendering shows), so the bar never pushes the user menu off screen.
 */
export function NavActions({ composing, onNewEvent }: Props) {
  const route = useRoute();
  const t = useT(translations);
  const labelOf = (view: View): string => (view.labelKey ? t(view.labelKey) : view.label);
  const canWrite = useCan('events:write');
  const isAdmin = useCan('admin');
  const canAudit = useCan('audit:read');
  const inAdmin = route.page === 'admin';
  const views = inAdmin ? [] : VIEWS.filter((v) => v.forAdmins || !isAdmin);
  const current = views.find((v) => v.page === route.page);

  const viewButton = (view: View, testId?: string) => (
    <button
      key={view.page}
      type="button"
      className="btn"
      data-testid={testId}
      aria-pressed={route.page === view.page}
      onClick={() => navigate(route.page === view.page ? '#/' : view.hash)}
    >
      {labelOf(view)}
    </button>
  );

  return (
    <nav className="nav-actions" aria-label="Actions">
      {canWrite && !inAdmin && (
        <button
          type="button"
          className="btn btn--primary"
          data-testid="new-event-button"
          onClick={onNewEvent}
          disabled={composing}
        >
          + New event
        </button>
      )}
      <span className="nav-actions__inline">{views.map((v) => viewButton(v, v.testId))}</span>
      {views.length > 0 && (
        <details className="nav-actions__menu">
          <summary className="btn">{current ? labelOf(current) : 'Views'} ▾</summary>
          <div
            className="nav-actions__menu-list"
            onClick={(e) => e.currentTarget.closest('details')?.removeAttribute('open')}
          >
            {route.page !== 'main' && (
              <button type="button" className="btn" onClick={() => navigate('#/')}>
                Live picture
              </button>
            )}
            {views.map((v) => viewButton(v))}
          </div>
        </details>
      )}
      {inAdmin ? (
        <button type="button" className="btn" onClick={() => navigate('#/')}>
          ← Live picture
        </button>
      ) : (
        (isAdmin || canAudit) && (
          <button
            type="button"
            className="btn"
            data-testid="admin-link"
            onClick={() => navigate(isAdmin ? '#/admin' : '#/admin/audit')}
          >
            {isAdmin ? 'Administration' : 'Audit log'}
          </button>
        )
      )}
    </nav>
  );
}
