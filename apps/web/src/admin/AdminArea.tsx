import { useCan } from '../session/useSession.ts';
import { navigate, type AdminTab } from '../routing/useRoute.ts';
import { AgenciesPanel } from './AgenciesPanel.tsx';
import { UsersPanel } from './UsersPanel.tsx';
import { AgreementsPanel } from './AgreementsPanel.tsx';
import { KeysPanel } from './KeysPanel.tsx';
import { TakDevicesPanel } from './TakDevicesPanel.tsx';
import { PartnersPanel } from './PartnersPanel.tsx';
import { TaxiiConnectPanel } from './TaxiiConnectPanel.tsx';
import { AuditPanel } from './AuditPanel.tsx';
import './admin.css';

const TABS: { tab: AdminTab; label: string; adminOnly: boolean }[] = [
  { tab: 'agencies', label: 'Agencies', adminOnly: true },
  { tab: 'users', label: 'Users', adminOnly: true },
  { tab: 'agreements', label: 'Agreements', adminOnly: true },
  { tab: 'partners', label: 'Partners', adminOnly: true },
  { tab: 'keys', label: 'API keys & devices', adminOnly: true },
  { tab: 'audit', label: 'Audit log', adminOnly: false },
];

/** Administration for administrators; supervisors see only the audit log (of their own agency). */
export function AdminArea({ tab }: { tab: AdminTab }) {
  const isAdmin = useCan('admin');
  const canAudit = useCan('audit:read');
  const tabs = TABS.filter((t) => (t.adminOnly ? isAdmin : canAudit));
  const current = tabs.find((t) => t.tab === tab) ?? tabs[0];

  return (
    <div className="admin" data-testid="admin-area">
      <nav className="admin__nav" aria-label="Administration">
        <h2 className="admin__heading">{isAdmin ? 'Administration' : 'Audit'}</h2>
        {tabs.map((t) => (
          <a
            key={t.tab}
            href={`#/admin/${t.tab}`}
            className="admin__tab"
            aria-current={t.tab === current?.tab ? 'page' : undefined}
          >
            {t.label}
          </a>
        ))}
        <button type="button" className="btn btn--ghost admin__back" onClick={() => navigate('#/')}>
          ← Back to the live picture
        </button>
      </nav>
      <section className="admin__content">
        {!current && <p className="form-error">Your role has no administration rights.</p>}
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
