import { useState } from 'react';
import { WATCHLIST_CSV_COLUMNS, type WatchlistImportResult } from '@tidewatch/contracts';
import { importCsv } from './api.ts';

interface Props {
  watchlistId: string;
  onImported: () => void;
  onClose: () => void;
}

/** Rows of the file that were not imported, each with its line and why. */
function RowReasons({ rows }: { rows: readonly { line: number; reason: string }[] }) {
  if (rows.length === 0) return null;
  return (
    <ul className="wl-import__errors">
      {rows.map((row) => (
        <li key={`${row.line}-${row.reason}`}>
          <span className="mono wl-import__line">line {row.line}</span> {row.reason}
        </li>
      ))}
    </ul>
  );
}

/** CSV import from a pasted text or a file; shows what went in, every duplicate skipped and every refused row, each with its line and reason. */
export function ImportPanel({ watchlistId, onImported, onClose }: Props) {
  const [csv, setCsv] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<WatchlistImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    const res = await importCsv(watchlistId, csv);
    setBusy(false);
    if (res.ok) {
      setResult(res.data);
      if (res.data.imported > 0) onImported();
    } else {
      setResult(null);
      setError(res.message);
    }
  };

  return (
    <section className="wl-form wl-import" aria-label="Import CSV">
      <h3 className="wl-form__title">Import CSV</h3>
      <p className="field__hint">
        Header row required, columns: <span className="mono">{WATCHLIST_CSV_COLUMNS.join(',')}</span>. Good rows are
        imported together; every bad row is reported.
      </p>
      <div className="wl-import__file">
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-label="CSV file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void file.text().then(setCsv);
          }}
        />
      </div>
      <textarea
        className="textarea mono wl-import__text"
        rows={6}
        aria-label="CSV text"
        data-testid="watchlist-import-text"
        placeholder={`${WATCHLIST_CSV_COLUMNS.join(',')}\nvessel,339123456,,SEA BREEZE,,,,Suspected transshipment,`}
        value={csv}
        onChange={(e) => setCsv(e.target.value)}
      />
      <div className="wl-form__actions">
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy || csv.trim() === ''}
          onClick={() => void run()}
        >
          {busy ? 'Importing…' : 'Import'}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onClose}>
          Close
        </button>
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div
          className="wl-import__result"
          data-testid="watchlist-import-result"
          data-imported={result.imported}
          data-duplicates={result.duplicates.length}
          data-rejected={result.errors.length}
          role="status"
        >
          <p className="wl-import__summary">
            Imported <strong className="wl-ok">{result.imported}</strong>, skipped as duplicates{' '}
            <strong>{result.duplicates.length}</strong>, rejected{' '}
            <strong className={result.errors.length > 0 ? 'wl-bad' : undefined}>{result.errors.length}</strong>
          </p>
          <RowReasons rows={result.duplicates} />
          <RowReasons rows={result.errors} />
        </div>
      )}
    </section>
  );
}
