import { useState } from 'react';
import type { StixImportResult } from '@tidewatch/contracts';
import { describeOutcome, OUTCOME_LABELS, writes } from './outcomes.ts';
import { useStixImport } from './useStixData.ts';

/** The most rows the preview lists; the counts above it always cover the whole bundle. */
const ROWS_SHOWN = 400;

interface Props {
  onClose: () => void;
}

function Counts({ result }: { result: StixImportResult }) {
  return (
    <ul className="stix-counts" aria-label="Outcome counts">
      {OUTCOME_LABELS.filter(({ outcome }) => result.counts[outcome] > 0).map(({ outcome, label, tone }) => (
        <li key={outcome} className={`stix-count stix-tone--${tone}`} data-outcome={outcome}>
          <strong className="tabular">{result.counts[outcome].toLocaleString('en-US')}</strong> {label}
        </li>
      ))}
    </ul>
  );
}

function OutcomeTable({ result }: { result: StixImportResult }) {
  // Markings and definitions are the same in every Tidewatch bundle: counted above, not listed.
  const rows = result.objects.filter((o) => o.outcome !== 'reference');
  return (
    <div className="stix-table__scroll">
      <table className="stix-table">
        <thead>
          <tr>
            <th>#</th>
            <th>STIX object</th>
            <th>outcome</th>
            <th>what becomes of it</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, ROWS_SHOWN).map((o) => {
            const tone = OUTCOME_LABELS.find((l) => l.outcome === o.outcome)?.tone ?? 'muted';
            return (
              <tr key={`${o.index}:${o.id ?? ''}`} data-outcome={o.outcome}>
                <td className="tabular">{o.index >= 0 ? o.index : '—'}</td>
                <td>
                  <span className="stix-table__type mono">{o.type ?? '?'}</span>
                  <span className="stix-table__name" title={o.id}>
                    {o.title ?? o.id ?? ''}
                  </span>
                </td>
                <td className={`stix-table__outcome stix-tone--${tone}`}>{o.outcome}</td>
                <td className="stix-table__what">{describeOutcome(o)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length > ROWS_SHOWN && (
        <p className="stix-muted">and {(rows.length - ROWS_SHOWN).toLocaleString('en-US')} more objects</p>
      )}
    </div>
  );
}

/**
 * Import a STIX 2.1 bundle file: pick it, see what each object would become (a dry run on the server, the same
 * checks as the import), then confirm. Nothing is written before the confirmation.
 */
export function ImportDialog({ onClose }: Props) {
  const { preview, commit } = useStixImport();
  const [bundle, setBundle] = useState<unknown>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);

  const pick = async (file: File | undefined): Promise<void> => {
    preview.reset();
    commit.reset();
    setReadError(null);
    setBundle(null);
    if (!file) return;
    setFileName(file.name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch (error) {
      setReadError(`not a JSON file: ${error instanceof Error ? error.message : 'unreadable'}`);
      return;
    }
    setBundle(parsed);
    preview.mutate(parsed);
  };

  const done = commit.data;
  const shown = done ?? preview.data;
  const error = readError ?? commit.error?.message ?? preview.error?.message ?? null;

  return (
    <div className="stix-backdrop">
      <div className="stix-dialog" role="dialog" aria-modal="true" aria-label="Import STIX">
        <header className="stix-dialog__header">
          <h2 className="stix-dialog__title">Import STIX 2.1 bundle</h2>
          <button
            type="button"
            className="btn btn--ghost btn--small"
            onClick={onClose}
            aria-label="Close the import dialog"
          >
            ✕
          </button>
        </header>
        <p className="stix-muted">
          Events in the bundle become events of your agency; an object that names another owning agency is refused.
          Objects Tidewatch does not map are kept as other STIX objects, released by their TLP marking (AMBER, to your
          agency alone, when unmarked). Nothing is written until you confirm.
        </p>
        {!done && (
          <label className="stix-file">
            <span className="btn">Choose a .json file…</span>
            <input
              type="file"
              accept=".json,application/json,application/stix+json"
              aria-label="STIX bundle file"
              data-testid="stix-file"
              onChange={(e) => void pick(e.currentTarget.files?.[0])}
            />
            <span className="stix-muted">{fileName ?? 'no file chosen'}</span>
          </label>
        )}
        {preview.isPending && <p className="stix-muted">Checking the bundle…</p>}
        {error && (
          <p className="stix-error" role="alert">
            {error}
          </p>
        )}
        {shown && (
          <section className="stix-preview" aria-label={done ? 'Import result' : 'Preview'}>
            <h3 className="stix-preview__title">
              {done
                ? `Imported: ${shown.total.toLocaleString('en-US')} objects read`
                : `Preview: ${shown.total.toLocaleString('en-US')} objects in ${fileName ?? 'the bundle'}`}
            </h3>
            <Counts result={shown} />
            <OutcomeTable result={shown} />
          </section>
        )}
        <footer className="stix-dialog__footer">
          <button type="button" className="btn" onClick={onClose}>
            {done ? 'Close' : 'Cancel'}
          </button>
          {!done && (
            <button
              type="button"
              className="btn btn--primary"
              data-testid="stix-confirm"
              disabled={!preview.data || writes(preview.data.counts) === 0 || commit.isPending}
              onClick={() => commit.mutate(bundle)}
            >
              {commit.isPending
                ? 'Importing…'
                : preview.data
                  ? `Import ${writes(preview.data.counts).toLocaleString('en-US')} objects`
                  : 'Import'}
            </button>
          )}
        </footer>
      </div>
    </div>
  );
}
