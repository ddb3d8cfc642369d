import { useState } from 'react';
import type { StixImportResult } from '@tidewatch/contracts';
import { describeOutcome, OUTCOME_LABELS, writes } from './outcomes.ts';
import { useStixImport } from './useStixData.ts';
import { useT } from '../i18n/index.ts';
import { useRichT } from '../i18n/useRichT.tsx';
import { translations } from './translations.ts';

/** The most rows the preview lists; the counts above it always cover the whole bundle. */
const ROWS_SHOWN = 400;

interface Props {
  onClose: () => void;
}

function Counts({ result }: { result: StixImportResult }) {
  const t = useT(translations);
  const rich = useRichT(translations);
  return (
    <ul className="stix-counts" aria-label={t('outcomeCounts')}>
      {OUTCOME_LABELS.filter(({ outcome }) => result.counts[outcome] > 0).map(({ outcome, tone }) => (
        <li key={outcome} className={`stix-count stix-tone--${tone}`} data-outcome={outcome}>
          {rich(`outcome_${outcome}`, {
            count: result.counts[outcome],
            n: (chunks) => <strong className="tabular">{chunks}</strong>,
          })}
        </li>
      ))}
    </ul>
  );
}

function OutcomeTable({ result }: { result: StixImportResult }) {
  // Markings and definitions are the same in every Tidewatch bundle: counted above, not listed.
  const t = useT(translations);
  const rows = result.objects.filter((o) => o.outcome !== 'reference');
  return (
    <div className="stix-table__scroll">
      <table className="stix-table">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('colObject')}</th>
            <th>{t('colOutcome')}</th>
            <th>{t('colBecomes')}</th>
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
        <p className="stix-muted">{t('moreObjects', { count: rows.length - ROWS_SHOWN })}</p>
      )}
    </div>
  );
}

/**
 * Import a STIX 2.1 bundle file: pick it, see what each object would become (a dry run on the server, the same
 * checks as the import), then confirm. Nothing is written before the confirmation.
 */
export function ImportDialog({ onClose }: Props) {
  const t = useT(translations);
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
      setReadError(t('notJson', { reason: error instanceof Error ? error.message : t('unreadable') }));
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
      <div className="stix-dialog" role="dialog" aria-modal="true" aria-label={t('dialogLabel')}>
        <header className="stix-dialog__header">
          <h2 className="stix-dialog__title">{t('dialogTitle')}</h2>
          <button type="button" className="btn btn--ghost btn--small" onClick={onClose} aria-label={t('closeDialog')}>
            ✕
          </button>
        </header>
        <p className="stix-muted">{t('dialogIntro')}</p>
        {!done && (
          <label className="stix-file">
            <span className="btn">{t('chooseFile')}</span>
            <input
              type="file"
              accept=".json,application/json,application/stix+json"
              aria-label={t('fileLabel')}
              data-testid="stix-file"
              onChange={(e) => void pick(e.currentTarget.files?.[0])}
            />
            <span className="stix-muted">{fileName ?? t('noFile')}</span>
          </label>
        )}
        {preview.isPending && <p className="stix-muted">{t('checking')}</p>}
        {error && (
          <p className="stix-error" role="alert">
            {error}
          </p>
        )}
        {shown && (
          <section className="stix-preview" aria-label={done ? t('resultLabel') : t('previewLabel')}>
            <h3 className="stix-preview__title">
              {done
                ? t('importedTotal', { count: shown.total })
                : t('previewTotal', { count: shown.total, file: fileName ?? t('theBundle') })}
            </h3>
            <Counts result={shown} />
            <OutcomeTable result={shown} />
          </section>
        )}
        <footer className="stix-dialog__footer">
          <button type="button" className="btn" onClick={onClose}>
            {done ? t('close') : t('cancel')}
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
                ? t('importing')
                : preview.data
                  ? t('importCount', { count: writes(preview.data.counts) })
                  : t('import')}
            </button>
          )}
        </footer>
      </div>
    </div>
  );
}
