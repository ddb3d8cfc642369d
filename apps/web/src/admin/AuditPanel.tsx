import { useEffect, useState, type SubmitEvent } from 'react';
import { useT } from '../i18n/index.ts';
import { EMPTY_FILTERS, searchAudit, type AuditEntry, type AuditFilters } from './audit.ts';
import { AuditTable } from './AuditTable.tsx';
import { describeFailure } from './issues.ts';
import { AUDIT_ACTIONS, useAuditWords } from './audit-words.ts';
import { translations as admin } from './translations.ts';
import { translations } from './audit.translations.ts';

interface Page {
  items: AuditEntry[];
  nextCursor: string | null;
}

/**
 * Searches the append-only audit log, newest first. Administrators search every agency; a supervisor's
 * search is limited to their own agency by the server whatever the filter says.
 */
export function AuditPanel({ allAgencies }: { allAgencies: boolean }) {
  const t = useT(translations);
  const common = useT(admin);
  const words = useAuditWords();
  const [draft, setDraft] = useState<AuditFilters>(EMPTY_FILTERS);
  const [filters, setFilters] = useState<AuditFilters>(EMPTY_FILTERS);
  // Cursors of the pages visited so far: [null] is the newest page; "Newer" pops one.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const cursor = cursors[cursors.length - 1] ?? null;

  useEffect(() => {
    let live = true;
    setLoading(true);
    void searchAudit(filters, cursor).then((res) => {
      if (!live) return;
      setLoading(false);
      if (res.ok) {
        setPage(res.data);
        setError(null);
      } else setError(describeFailure(res));
    });
    return () => {
      live = false;
    };
  }, [filters, cursor]);

  const submit = (e: SubmitEvent<HTMLFormElement>): void => {
    e.preventDefault();
    setFilters(draft);
    setCursors([null]);
  };
  const set = (patch: Partial<AuditFilters>): void => setDraft((d) => ({ ...d, ...patch }));

  return (
    <div className="admin__panel admin__panel--wide" data-testid="admin-audit">
      <h3 className="admin__title">{allAgencies ? t('titleAll') : t('titleOwn')}</h3>
      <form className="audit__filters" onSubmit={submit} data-testid="audit-filters">
        {allAgencies && (
          <label className="field">
            <span className="field__label">{t('agency')}</span>
            <input
              className="input mono"
              value={draft.agency}
              onChange={(e) => set({ agency: e.target.value.toUpperCase() })}
              placeholder={common('any')}
            />
          </label>
        )}
        <label className="field">
          <span className="field__label">{t('action')}</span>
          <input
            className="input mono"
            list="audit-actions"
            value={draft.action}
            onChange={(e) => set({ action: e.target.value })}
            placeholder={common('any')}
          />
          <datalist id="audit-actions">
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a} label={words.action(a)} />
            ))}
          </datalist>
        </label>
        <label className="field">
          <span className="field__label">{t('actorId')}</span>
          <input
            className="input mono"
            value={draft.actorId}
            onChange={(e) => set({ actorId: e.target.value })}
            placeholder={common('any')}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('targetId')}</span>
          <input
            className="input mono"
            value={draft.targetId}
            onChange={(e) => set({ targetId: e.target.value })}
            placeholder={common('any')}
          />
        </label>
        <label className="field" title={t('streamedSeqHint')}>
          <span className="field__label">{t('streamedSeq')}</span>
          <input
            className="input mono"
            inputMode="numeric"
            value={draft.streamedSeq}
            onChange={(e) => set({ streamedSeq: e.target.value.replace(/\D/g, '') })}
            placeholder={common('any')}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('from')}</span>
          <input
            className="input"
            type="datetime-local"
            value={draft.from}
            onChange={(e) => set({ from: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('to')}</span>
          <input
            className="input"
            type="datetime-local"
            value={draft.to}
            onChange={(e) => set({ to: e.target.value })}
          />
        </label>
        <div className="audit__buttons">
          <button type="submit" className="btn btn--primary" data-testid="audit-search">
            {t('search')}
          </button>
          <button
            type="button"
            className="btn btn--ghost"
            onClick={() => {
              setDraft(EMPTY_FILTERS);
              setFilters(EMPTY_FILTERS);
              setCursors([null]);
            }}
          >
            {t('clear')}
          </button>
        </div>
      </form>
      {error && <p className="form-error">{error}</p>}
      <AuditTable
        items={page?.items ?? []}
        loading={loading}
        onPick={(patch) => {
          const next = { ...filters, ...patch };
          setDraft(next);
          setFilters(next);
          setCursors([null]);
        }}
      />
      <div className="audit__pager">
        <button
          type="button"
          className="btn"
          disabled={cursors.length <= 1 || loading}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          {t('newer')}
        </button>
        <span className="audit__page">
          {t('page', { page: cursors.length })}
          {page && <span className="table__sub"> · {t('shown', { count: page.items.length })}</span>}
        </span>
        <button
          type="button"
          className="btn"
          disabled={!page?.nextCursor || loading}
          onClick={() => {
            const next = page?.nextCursor;
            if (next) setCursors((c) => [...c, next]);
          }}
        >
          {t('older')}
        </button>
      </div>
    </div>
  );
}
