import { useRef } from 'react';
import { useCan } from '../session/useSession.ts';
import { navigate, useRoute, type Route } from '../routing/useRoute.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

interface Props {
  composing: boolean;
  onNewEvent: () => void;
}

type ViewPage =
  | 'operations'
  | 'watchlists'
  | 'entities'
  | 'cargo'
  | 'areas'
  | 'trends'
  | 'summaries'
  | 'stix'
  | 'feeds';

interface View {
  page: ViewPage & Route['page'];
  hash: string;
  testId: string;
  /** Administrators administer; the analytic views are for those who work the data. */
  forAdmins: boolean;
}

const VIEWS: readonly View[] = [
  { page: 'operations', hash: '#/operations', testId: 'operations-link', forAdmins: false },
  { page: 'watchlists', hash: '#/watchlists', testId: 'watchlists-link', forAdmins: false },
  { page: 'entities', hash: '#/entities', testId: 'entities-link', forAdmins: false },
  { page: 'cargo', hash: '#/cargo', testId: 'cargo-link', forAdmins: false },
  { page: 'areas', hash: '#/areas', testId: 'areas-link', forAdmins: false },
  { page: 'trends', hash: '#/trends', testId: 'trends-link', forAdmins: false },
  { page: 'summaries', hash: '#/summaries', testId: 'summaries-link', forAdmins: false },
  { page: 'stix', hash: '#/stix', testId: 'stix-link', forAdmins: false },
  { page: 'feeds', hash: '#/feeds', testId: 'feeds-link', forAdmins: true },
];

/**
 * New event for those who may write, then the views. On narrower screens the views fold into one
 * "Views" menu (CSS decides which rendering shows), so the bar never pushes the user menu off screen.
 */
export function NavActions({ composing, onNewEvent }: Props) {
  const t = useT(translations);
  const route = useRoute();
  const canWrite = useCan('events:write');
  const isAdmin = useCan('admin');
  const canAudit = useCan('audit:read');
  const inAdmin = route.page === 'admin';
  const views = inAdmin ? [] : VIEWS.filter((v) => v.forAdmins || !isAdmin);
  const current = views.find((v) => v.page === route.page);
  const menu = useRef<HTMLDetailsElement>(null);
  // Going somewhere from the folded menu closes it; each button does so itself, so mouse and keyboard agree.
  const go = (hash: string) => {
    menu.current?.removeAttribute('open');
    navigate(hash);
  };

  const viewButton = (view: View, testId?: string) => (
    <button
      key={view.page}
      type="button"
      className="btn"
      data-testid={testId}
      aria-pressed={route.page === view.page}
      onClick={() => go(route.page === view.page ? '#/' : view.hash)}
    >
      {t(`view_${view.page}`)}
    </button>
  );

  return (
    <nav className="nav-actions" aria-label={t('actions')}>
      {canWrite && !inAdmin && (
        <button
          type="button"
          className="btn btn--primary"
          data-testid="new-event-button"
          onClick={onNewEvent}
          disabled={composing}
        >
          {t('newEvent')}
        </button>
      )}
      <span className="nav-actions__inline">{views.map((v) => viewButton(v, v.testId))}</span>
      {views.length > 0 && (
        <details className="nav-actions__menu" ref={menu}>
          <summary className="btn">{current ? t(`view_${current.page}`) : t('views')} ▾</summary>
          <div className="nav-actions__menu-list">
            {route.page !== 'main' && (
              <button type="button" className="btn" onClick={() => go('#/')}>
                {t('livePicture')}
              </button>
            )}
            {views.map((v) => viewButton(v))}
          </div>
        </details>
      )}
      {inAdmin ? (
        <button type="button" className="btn" onClick={() => navigate('#/')}>
          {t('backToLivePicture')}
        </button>
      ) : (
        (isAdmin || canAudit) && (
          <button
            type="button"
            className="btn"
            data-testid="admin-link"
            onClick={() => navigate(isAdmin ? '#/admin' : '#/admin/audit')}
          >
            {isAdmin ? t('administration') : t('auditLog')}
          </button>
        )
      )}
    </nav>
  );
}
