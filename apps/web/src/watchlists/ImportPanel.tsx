import { useState } from 'react';
import { WATCHLIST_CSV_COLUMNS, type WatchlistImportResult } from '@tidewatch/contracts';
import { importCsv } from './api.ts';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/index.ts';
import { translations } from './forms.translations.ts';

interface Props {
  watchlistId: string;
  onImported: () => void;
  onClose: () => void;
}

/** Rows of the file that were not imported, each with its line and why. */
function RowReasons({ rows }: { rows: readonly { line: number; reason: string }[] }) {
  const t = useT(translations);
  if (rows.length === 0) return null;
  return (
    <ul className="wl-import__errors">
      {rows.map((row) => (
        <li key={`${row.line}-${row.reason}`}>
          <span className="mono wl-import__line">{t('line', { line: row.line })}</span> {row.reason}
        </li>
      ))}
    </ul>
  );
}

/** CSV import from a pasted text or a file; shows what went in, every duplicate skipped and every refused row, each with its line and reason. */
export function ImportPanel({ watchlistId, onImported, onClose }: Props) {
  const t = useT(translations);
  const intl = useIntl();
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
    <section className="wl-form wl-import" aria-label={t('importCsv')}>
      <h3 className="wl-form__title">{t('importCsv')}</h3>
      <p className="field__hint">
        {intl.formatMessage(
          { id: `${translations.namespace}.importHint`, defaultMessage: translations.messages.en.importHint },
          { columns: <span className="mono">{WATCHLIST_CSV_COLUMNS.join(',')}</span> },
        )}
      </p>
      <div className="wl-import__file">
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-label={t('csvFile')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void file.text().then(setCsv);
          }}
        />
      </div>
      <textarea
        className="textarea mono wl-import__text"
        rows={6}
        aria-label={t('csvText')}
        data-testid="watchlist-import-text"
        placeholder={`${WATCHLIST_CSV_COLUMNS.join(',')}\n${t('csvExample')}`}
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
          {busy ? t('importing') : t('import')}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onClose}>
          {t('close')}
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
            {intl.formatMessage(
              { id: `${translations.namespace}.imported`, defaultMessage: translations.messages.en.imported },
              {
                imported: result.imported,
                duplicates: result.duplicates.length,
                rejected: result.errors.length,
                ok: (chunks) => <strong className="wl-ok">{chunks}</strong>,
                strong: (chunks) => <strong>{chunks}</strong>,
                bad: (chunks) => <strong className={result.errors.length > 0 ? 'wl-bad' : undefined}>{chunks}</strong>,
              },
            )}
          </p>
          <RowReasons rows={result.duplicates} />
          <RowReasons rows={result.errors} />
        </div>
      )}
    </section>
  );
}
