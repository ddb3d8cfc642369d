import type { AuditEntry, AuditFilters } from './audit.ts';
import { formatUtc } from '../theme/format.ts';

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
  return (
    <div className="table-scroll audit__scroll">
      <table className="table table--dense" data-testid="audit-table" aria-busy={loading}>
        <thead>
          <tr>
            <th>Time (UTC)</th>
            <th>Actor</th>
            <th>Agency</th>
            <th>Action</th>
            <th>Target</th>
            <th>Outcome</th>
            <th>Detail</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id} data-testid="audit-row" data-outcome={e.outcome}>
              <td className="mono nowrap">{formatUtc(isoFromDb(e.at))}</td>
              <td>
                {e.actorId ? (
                  <button
                    type="button"
                    className="link-button"
                    title={`Only ${e.actorId}`}
                    onClick={() => onPick({ actorId: e.actorId ?? '' })}
                  >
                    {e.actorName ?? e.actorId}
                  </button>
                ) : (
                  (e.actorName ?? '—')
                )}
                <div className="table__sub">{e.actorKind}</div>
              </td>
              <td className="strong">{e.agency ?? '—'}</td>
              <td className="mono">{e.action}</td>
              <td>
                {e.targetId ? (
                  <button
                    type="button"
                    className="link-button mono"
                    title={`Only ${e.targetId}`}
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
                  {e.outcome}
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
                No entries match.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
