import { useState } from 'react';
import type { Annotation } from '@tidewatch/contracts';
import { conflictCurrent, deleteAnnotation } from './api.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

interface Props {
  annotation: Annotation;
  onApply: (annotation: Annotation) => void;
  onDone: () => void;
}

/** Soft delete (kept in history and audited), confirmed inline, refused if the note changed meanwhile. */
export function DeleteAnnotation({ annotation, onApply, onDone }: Props) {
  const t = useT(translations);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const remove = async (): Promise<void> => {
    setBusy(true);
    const res = await deleteAnnotation(annotation.id, annotation.version);
    setBusy(false);
    if (res.ok) {
      onApply(res.data);
      return;
    }
    const current = res.status === 409 ? conflictCurrent(res.detail) : null;
    if (current) {
      onApply(current);
      setError(t('notDeleted', { version: current.version }));
      return;
    }
    setError(res.message);
  };

  return (
    <div className="note-confirm" role="alertdialog" aria-label={t('deleteNote')}>
      {error ? <p className="form-error">{error}</p> : <span>{t('deleteConfirm')}</span>}
      <div className="note-form__buttons">
        <button type="button" className="btn btn--ghost" onClick={onDone}>
          {error ? t('close') : t('cancel')}
        </button>
        {!error && (
          <button
            type="button"
            className="btn btn--danger"
            onClick={() => void remove()}
            disabled={busy}
            data-testid="annotation-delete-confirm"
          >
            {t('delete')}
          </button>
        )}
      </div>
    </div>
  );
}
