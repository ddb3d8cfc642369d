import { useCan } from '../session/useSession.ts';
import { navigate, type AdminTab } from '../routing/useRoute.ts';
import { usePageTitle } from '../routing/usePageTitle.ts';
import { AgenciesPanel } from './AgenciesPanel.tsx';
import { UsersPanel } from './UsersPanel.tsx';
import { AgreementsPanel } from './AgreementsPanel.tsx';
import { KeysPanel } from './KeysPanel.tsx';
import { TakDevicesPanel } from './TakDevicesPanel.tsx';
import { PartnersPanel } from './PartnersPanel.tsx';
import { TaxiiConnectPanel } from './TaxiiConnectPanel.tsx';
import { AuditPanel } from './AuditPanel.tsx';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import './admin.css';

// Each tab is named by `tab_<tab>` in the catalog.
const TABS: { tab: AdminTab; adminOnly: boolean }[] = [
  { tab: 'agencies', adminOnly: true },
  { tab: 'users', adminOnly: true },
  { tab: 'agreements', adminOnly: true },
  { tab: 'partners', adminOnly: true },
  { tab: 'keys', adminOnly: true },
  { tab: 'audit', adminOnly: false },
];

/** Administration for administrators; supervisors see only the audit log (of their own agency). */
export function AdminArea({ tab }: { tab: AdminTab }) {
  const t = useT(translations);
  const isAdmin = useCan('admin');
  const canAudit = useCan('audit:read');
  const tabs = TABS.filter((entry) => (entry.adminOnly ? isAdmin : canAudit));
  const current = tabs.find((entry) => entry.tab === tab) ?? tabs[0];
  const area = isAdmin ? t('administration') : t('audit');
  usePageTitle(current ? `${t(`tab_${current.tab}`)} · ${area}` : area);

  return (
    <div className="admin" data-testid="admin-area">
      <nav className="admin__nav" aria-label={t('navLabel')}>
        <h2 className="admin__heading">{isAdmin ? t('administration') : t('audit')}</h2>
        {tabs.map((entry) => (
          <a
            key={entry.tab}
            href={`#/admin/${entry.tab}`}
            className="admin__tab"
            aria-current={entry.tab === current?.tab ? 'page' : undefined}
          >
            {t(`tab_${entry.tab}`)}
          </a>
        ))}
        <button type="button" className="btn btn--ghost admin__back" onClick={() => navigate('#/')}>
          {t('back')}
        </button>
      </nav>
      <section className="admin__content">
        {!current && <p className="form-error">{t('noRights')}</p>}
        {current?.tab === 'agencies' && <AgenciesPanel />}
        {current?.tab === 'users' && <UsersPanel />}
        {current?.tab === 'agreements' && <AgreementsPanel />}
        {current?.tab === 'partners' && <PartnersPanel />}
        {current?.tab === 'keys' && (
          <>
            <KeysPanel />
            <TakDevicesPanel />
            <TaxiiConnectPanel />
          </>
        )}
        {current?.tab === 'audit' && <AuditPanel allAgencies={isAdmin} />}
      </section>
    </div>
  );
}
