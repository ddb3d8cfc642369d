import { useState } from 'react';
import type { Annotation, Grading } from '@tidewatch/contracts';
import { GradingSelect } from '../forms/GradingSelect.tsx';
import { formatTags, parseTags } from '../forms/tags.ts';
import { conflictCurrent, editAnnotation } from './api.ts';
import { ConflictNotice } from './ConflictNotice.tsx';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

interface Props {
  /** The thread's copy: it moves on if someone else edits while this editor is open. */
  annotation: Annotation;
  onApply: (annotation: Annotation) => void;
  onDone: () => void;
}

/**
 * Edits a note against the version it started from. If someone changed it meanwhile the server answers 409
 * with their text; the user then sees both and chooses: re-apply theirs-plus-mine or discard. Never silent.
 */
export function AnnotationEditor({ annotation, onApply, onDone }: Props) {
  const t = useT(translations);
  const [body, setBody] = useState(annotation.body);
  const [tags, setTags] = useState(formatTags(annotation.tags));
  const [grading, setGrading] = useState<Grading | null>(annotation.grading);
  const [baseVersion, setBaseVersion] = useState(annotation.version);
  const [conflict, setConflict] = useState<Annotation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (base: number): Promise<void> => {
    setBusy(true);
    setError(null);
    const res = await editAnnotation(annotation.id, { body, tags: parseTags(tags), grading, baseVersion: base });
    setBusy(false);
    if (res.ok) {
      onApply(res.data);
      onDone();
      return;
    }
    const current = res.status === 409 ? conflictCurrent(res.detail) : null;
    if (current) {
      onApply(current);
      setConflict(current);
      return;
    }
    setError(res.issues.length > 0 ? res.issues.map((i) => `${i.path}: ${i.message}`).join('; ') : res.message);
  };

  const reapply = (): void => {
    if (!conflict) return;
    setBaseVersion(conflict.version);
    setConflict(null);
    void save(conflict.version);
  };

  // Someone saved a newer version while this editor is open: say so before the save bounces.
  const movedOn = conflict === null && annotation.version > baseVersion;

  return (
    <form
      className="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save(baseVersion);
      }}
    >
      {conflict && <ConflictNotice current={conflict} mine={body} onReapply={reapply} onDiscard={onDone} busy={busy} />}
      {movedOn && (
        <p className="note-editor__moved" role="status">
          {t('movedOn', { version: annotation.version })}
        </p>
      )}
      <label className="field">
        <span className="field__label">{conflict ? t('yourText') : t('note')}</span>
        <textarea
          className="textarea"
          rows={4}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          data-testid="annotation-edit-input"
        />
      </label>
      <div className="note-form__row">
        <label className="field">
          <span className="field__label">{t('tags')}</span>
          <input className="input" value={tags} onChange={(e) => setTags(e.target.value)} />
        </label>
        <div className="field note-form__grading">
          <label className="field__label" htmlFor={`grading-${annotation.id}`}>
            {t('grading')}
          </label>
          <GradingSelect id={`grading-${annotation.id}`} value={grading} onChange={setGrading} />
        </div>
      </div>
      {error && <p className="form-error">{error}</p>}
      {!conflict && (
        <div className="note-form__buttons">
          <button type="button" className="btn btn--ghost" onClick={onDone}>
            {t('cancel')}
          </button>
          <button
            type="submit"
            className="btn btn--primary"
            disabled={busy || body.trim() === ''}
            data-testid="annotation-save"
          >
            {busy ? t('saving') : t('save')}
          </button>
        </div>
      )}
    </form>
  );
}
