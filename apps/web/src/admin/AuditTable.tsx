import type { AuditEntry, AuditFilters } from './audit.ts';
import { useT } from '../i18n/index.ts';
import { useAuditWords } from './audit-words.ts';
import { useUtcTime } from './time.ts';
import { translations } from './audit.translations.ts';

/** PostgreSQL's text form ("2026-11-29 16:26:45.857+00") is not ISO 8601; make it so before formatting. */
export function isoFromDb(at: string): string {
  return at.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
}

function detailText(detail: unknown): string {
  if (detail === null || detail === undefined) return '';
  const text = JSON.stringify(detail);
  return text === '{}' ? '' : text;
}

interface Props {
  items: AuditEntry[];
  loading: boolean;
  /** Clicking an actor or target narrows the search to it. */
  onPick: (patch: Partial<AuditFilters>) => void;
}

export function AuditTable({ items, loading, onPick }: Props) {
  const t = useT(translations);
  const words = useAuditWords();
  const utc = useUtcTime();
  return (
    <div className="table-scroll audit__scroll">
      <table className="table table--dense" data-testid="audit-table" aria-busy={loading}>
        <thead>
          <tr>
            <th>{t('colTime')}</th>
            <th>{t('colActor')}</th>
            <th>{t('colAgency')}</th>
            <th>{t('colAction')}</th>
            <th>{t('colTarget')}</th>
            <th>{t('colOutcome')}</th>
            <th>{t('colDetail')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id} data-testid="audit-row" data-outcome={e.outcome}>
              <td className="mono nowrap">{utc(isoFromDb(e.at))}</td>
              <td>
                {e.actorId ? (
                  <button
                    type="button"
                    className="link-button"
                    title={t('only', { id: e.actorId })}
                    onClick={() => onPick({ actorId: e.actorId ?? '' })}
                  >
                    {e.actorName ?? e.actorId}
                  </button>
                ) : (
                  (e.actorName ?? '—')
                )}
                <div className="table__sub">{words.actor(e.actorKind)}</div>
              </td>
              <td className="strong">{e.agency ?? '—'}</td>
              <td className="audit__action" title={e.action} data-action={e.action}>
                {words.action(e.action)}
              </td>
              <td>
                {e.targetId ? (
                  <button
                    type="button"
                    className="link-button mono"
                    title={t('only', { id: e.targetId })}
                    onClick={() => onPick({ targetId: e.targetId ?? '' })}
                  >
                    {e.targetType ? `${e.targetType}:` : ''}
                    {e.targetId.length > 14 ? `${e.targetId.slice(0, 8)}…` : e.targetId}
                  </button>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <span
                  className={`pill ${e.outcome === 'success' ? 'pill--ok' : e.outcome === 'conflict' ? 'pill--warn' : 'pill--bad'}`}
                >
                  {words.outcome(e.outcome)}
                </span>
              </td>
              <td className="audit__detail mono" title={detailText(e.detail)}>
                {detailText(e.detail)}
              </td>
            </tr>
          ))}
          {items.length === 0 && !loading && (
            <tr>
              <td colSpan={7} className="table__empty">
                {t('noMatch')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
