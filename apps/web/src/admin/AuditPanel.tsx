import { useEffect, useState, type FormEvent } from 'react';
import { EMPTY_FILTERS, searchAudit, type AuditEntry, type AuditFilters } from './audit.ts';
import { AuditTable } from './AuditTable.tsx';
import { describeFailure } from './issues.ts';

const KNOWN_ACTIONS = [
  'auth.login',
  'auth.logout',
  'event.create',
  'event.read',
  'event.stream',
  'event.triage',
  'event.export',
  'annotation.create',
  'annotation.edit',
  'annotation.delete',
  'user.create',
  'user.update',
  'agency.create',
  'api_key.create',
  'api_key.revoke',
  'sharing_group.create',
  'sharing_group.revoke',
  'audit.search',
];

interface Page {
  items: AuditEntry[];
  nextCursor: string | null;
}

/**
 * Searches the append-only audit log, newest first. Administrators search every agency; a supervisor's
 * search is limited to their own agency by the server whatever the filter says.
 */
export function AuditPanel({ allAgencies }: { allAgencies: boolean }) {
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

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setFilters(draft);
    setCursors([null]);
  };
  const set = (patch: Partial<AuditFilters>): void => setDraft((d) => ({ ...d, ...patch }));

  return (
    <div className="admin__panel admin__panel--wide">
      <h3 className="admin__title">Audit log {allAgencies ? '(all agencies)' : '(your agency)'}</h3>
      <form className="audit__filters" onSubmit={submit} data-testid="audit-filters">
        {allAgencies && (
          <label className="field">
            <span className="field__label">Agency</span>
            <input
              className="input mono"
              value={draft.agency}
              onChange={(e) => set({ agency: e.target.value.toUpperCase() })}
              placeholder="any"
            />
          </label>
        )}
        <label className="field">
          <span className="field__label">Action</span>
          <input
            className="input mono"
            list="audit-actions"
            value={draft.action}
            onChange={(e) => set({ action: e.target.value })}
            placeholder="any"
          />
          <datalist id="audit-actions">
            {KNOWN_ACTIONS.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </label>
        <label className="field">
          <span className="field__label">Actor id</span>
          <input
            className="input mono"
            value={draft.actorId}
            onChange={(e) => set({ actorId: e.target.value })}
            placeholder="any"
          />
        </label>
        <label className="field">
          <span className="field__label">Target id</span>
          <input
            className="input mono"
            value={draft.targetId}
            onChange={(e) => set({ targetId: e.target.value })}
            placeholder="any"
          />
        </label>
        <label className="field" title="Live-stream deliveries that included the event with this seq">
          <span className="field__label">Streamed seq</span>
          <input
            className="input mono"
            inputMode="numeric"
            value={draft.streamedSeq}
            onChange={(e) => set({ streamedSeq: e.target.value.replace(/\D/g, '') })}
            placeholder="any"
          />
        </label>
        <label className="field">
          <span className="field__label">From (UTC)</span>
          <input
            className="input"
            type="datetime-local"
            value={draft.from}
            onChange={(e) => set({ from: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field__label">To (UTC)</span>
          <input
            className="input"
            type="datetime-local"
            value={draft.to}
            onChange={(e) => set({ to: e.target.value })}
          />
        </label>
        <div className="audit__buttons">
          <button type="submit" className="btn btn--primary" data-testid="audit-search">
            Search
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
            Clear
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
          ← Newer
        </button>
        <span className="audit__page">Page {cursors.length}</span>
        <button
          type="button"
          className="btn"
          disabled={!page?.nextCursor || loading}
          onClick={() => {
            const next = page?.nextCursor;
            if (next) setCursors((c) => [...c, next]);
          }}
        >
          Older →
        </button>
      </div>
    </div>
  );
}
