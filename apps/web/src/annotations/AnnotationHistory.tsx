import { useEffect, useState } from 'react';
import type { AnnotationRevision } from '@tidewatch/contracts';
import { Markdown } from '../markdown/Markdown.tsx';
import { formatUtc } from '../theme/format.ts';
import { annotationHistory } from './api.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

/** Every saved version of a note, newest first. */
export function AnnotationHistory({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT(translations);
  const [revisions, setRevisions] = useState<AnnotationRevision[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void annotationHistory(id).then((res) => {
      if (!live) return;
      if (res.ok) setRevisions([...res.data].sort((a, b) => b.version - a.version));
      else setError(res.message);
    });
    return () => {
      live = false;
    };
  }, [id]);

  return (
    <div className="note-history" data-testid="annotation-history">
      <div className="note-history__head">
        <span className="field__label">{t('history')}</span>
        <button type="button" className="btn btn--ghost btn--small" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {error && <p className="form-error">{error}</p>}
      {!revisions && !error && <p className="notes__empty">{t('loadingHistory')}</p>}
      <ol className="note-history__list">
        {revisions?.map((r) => (
          <li key={r.version} className="note-history__item">
            <div className="note-history__meta">
              {t('revision', {
                version: r.version,
                change: t(`change_${r.change}`),
                editor: r.editedBy,
                at: formatUtc(r.editedAt),
              })}
            </div>
            {r.change !== 'delete' && <Markdown source={r.body} />}
          </li>
        ))}
      </ol>
    </div>
  );
}
