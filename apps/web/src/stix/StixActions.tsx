import { useState } from 'react';
import { useCan } from '../session/useSession.ts';
import { useDrill } from '../trends/index.ts';
import { downloadStix, type ExportScope } from './api.ts';
import { ImportDialog } from './ImportDialog.tsx';
import './stix.css';

/** The server's cap on a selection by ids (XCH-6). */
const MAX_SELECTED = 1000;

interface Props {
  /** The event open in the detail panel, if any: the export takes it alone. */
  selectedId: string | null;
}

/** What "Export STIX" takes now: the selected event, else the drill-down's events, else the whole feed. */
function scopeOf(selectedId: string | null, drillIds: readonly string[] | null): { scope: ExportScope; what: string } {
  if (selectedId !== null) return { scope: { kind: 'ids', ids: [selectedId] }, what: 'selected event' };
  if (drillIds !== null) {
    return { scope: { kind: 'ids', ids: drillIds.slice(0, MAX_SELECTED) }, what: `${drillIds.length} shown` };
  }
  return { scope: { kind: 'all' }, what: 'all readable' };
}

/** STIX export and import where the feed's events are: for those who may export or write. */
export function StixActions({ selectedId }: Props) {
  const canExport = useCan('events:export');
  const canWrite = useCan('events:write');
  const drill = useDrill();
  const [importing, setImporting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!canExport && !canWrite) return null;
  const { scope, what } = scopeOf(selectedId, drill.target === null ? null : drill.items.map((e) => e.id));

  const exportNow = async (): Promise<void> => {
    setBusy(true);
    setMessage(await downloadStix(scope));
    setBusy(false);
  };

  return (
    <div className="stix-actions">
      {canExport && (
        <button
          type="button"
          className="btn btn--small"
          data-testid="stix-export"
          disabled={busy}
          title="Download a STIX 2.1 bundle of only what your agency may read"
          onClick={() => void exportNow()}
        >
          ⤓ Export STIX <span className="stix-actions__what">· {what}</span>
        </button>
      )}
      {canWrite && (
        <button type="button" className="btn btn--small" data-testid="stix-import" onClick={() => setImporting(true)}>
          ⤒ Import STIX…
        </button>
      )}
      {message && (
        <span className="stix-error" role="alert">
          {message}
        </span>
      )}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </div>
  );
}
