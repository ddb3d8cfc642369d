import { useState } from 'react';
import { useCan } from '../session/useSession.ts';
import { useDrill } from '../trends/index.ts';
import { downloadStix, type ExportScope } from './api.ts';
import { ImportDialog } from './ImportDialog.tsx';
import { useT } from '../i18n/index.ts';
import { useRichT } from '../i18n/useRichT.tsx';
import { translations } from './translations.ts';
import './stix.css';

/** The server's cap on a selection by ids (XCH-6). */
const MAX_SELECTED = 1000;

interface Props {
  /** The event open in the detail panel, if any: the export takes it alone. */
  selectedId: string | null;
}

/** What "Export STIX" takes now: the selected event, else the drill-down's events, else the whole feed. */
function scopeOf(
  selectedId: string | null,
  drillIds: readonly string[] | null,
): { scope: ExportScope; what: { key: 'scopeSelected' | 'scopeShown' | 'scopeAll'; count: number } } {
  if (selectedId !== null)
    return { scope: { kind: 'ids', ids: [selectedId] }, what: { key: 'scopeSelected', count: 1 } };
  if (drillIds !== null) {
    const ids = drillIds.slice(0, MAX_SELECTED);
    return { scope: { kind: 'ids', ids }, what: { key: 'scopeShown', count: drillIds.length } };
  }
  return { scope: { kind: 'all' }, what: { key: 'scopeAll', count: 0 } };
}

/** STIX export and import where the feed's events are: for those who may export or write. */
export function StixActions({ selectedId }: Props) {
  const t = useT(translations);
  const rich = useRichT(translations);
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
          title={t('exportHint')}
          onClick={() => void exportNow()}
        >
          {rich('exportButton', {
            what: t(what.key, { count: what.count }),
            scope: (chunks) => <span className="stix-actions__what">{chunks}</span>,
          })}
        </button>
      )}
      {canWrite && (
        <button type="button" className="btn btn--small" data-testid="stix-import" onClick={() => setImporting(true)}>
          {t('importButton')}
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
