import { useState, type SubmitEvent } from 'react';
import type { Annotation, AnnotationInput, AnnotationTargetType, Grading, Releasability } from '@tidewatch/contracts';
import { useSession } from '../session/useSession.ts';
import { GradingSelect } from '../forms/GradingSelect.tsx';
import { parseTags } from '../forms/tags.ts';
import { fieldErrors, under } from '../forms/fieldErrors.ts';
import { ReleasabilityChooser } from '../releasability/ReleasabilityChooser.tsx';
import { useDirectory } from '../releasability/directory.ts';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { createAnnotation } from './api.ts';
import { releasabilityOfTarget, type ReleasedTarget } from './targetReleasability.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

interface Props {
  targetType: AnnotationTargetType;
  targetId: string;
  target: ReleasedTarget | null;
  onCreated: (annotation: Annotation) => void;
}

const KNOWN = [
  'body',
  'tags',
  'grading',
  'releasability.tlp',
  'releasability.recipients',
  'releasability.sharingGroups',
  'releasability',
];

/** A new note: markdown text, tags, grading and who may read it (by default, whoever reads the event). */
export function AnnotationComposer({ targetType, targetId, target, onCreated }: Props) {
  const session = useSession();
  const t = useT(translations);
  const ownAgency = session.kind === 'user' ? session.user.agency : '';
  const myGroups = session.kind === 'user' ? session.groups : [];
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [grading, setGrading] = useState<Grading | null>(null);
  const [custom, setCustom] = useState<Releasability | null>(null);
  const [errors, setErrors] = useState<{ byPath: Record<string, string>; other: string[] }>({ byPath: {}, other: [] });
  const [busy, setBusy] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const directory = useDirectory();
  const inherited = releasabilityOfTarget(target, ownAgency);

  const submit = async (e: SubmitEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    if (body.trim() === '' || busy) return;
    setBusy(true);
    const input: AnnotationInput = {
      body,
      tags: parseTags(tags),
      ...(grading ? { grading } : {}),
      ...(custom ? { releasability: custom } : {}),
    };
    const res = await createAnnotation(targetType, targetId, input);
    setBusy(false);
    if (res.ok) {
      onCreated(res.data);
      setBody('');
      setTags('');
      setGrading(null);
      setCustom(null);
      setExpanded(false);
      setErrors({ byPath: {}, other: [] });
      return;
    }
    const found = fieldErrors(res.issues, KNOWN);
    setErrors(res.issues.length > 0 ? found : { byPath: {}, other: [res.message] });
  };

  return (
    <form className="note-form" onSubmit={(e) => void submit(e)} aria-label={t('addNote')}>
      <label className="field">
        <span className="visually-hidden">{t('newNote')}</span>
        <textarea
          className="textarea"
          rows={expanded ? 4 : 2}
          placeholder={t('placeholder')}
          data-testid="annotation-input"
          value={body}
          onFocus={() => setExpanded(true)}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={errors.byPath.body !== undefined}
        />
        {errors.byPath.body && <span className="field__error">{errors.byPath.body}</span>}
      </label>
      {expanded && (
        <>
          <div className="note-form__row">
            <label className="field">
              <span className="field__label">{t('tags')}</span>
              <input
                className="input"
                value={tags}
                onChange={(e) => setTags(e.target.value)}
                placeholder={t('tagsPlaceholder')}
              />
              {errors.byPath.tags && <span className="field__error">{errors.byPath.tags}</span>}
            </label>
            <div className="field note-form__grading">
              <label className="field__label" htmlFor={`note-grading-${targetId}`}>
                {t('grading')}
              </label>
              <GradingSelect id={`note-grading-${targetId}`} value={grading} onChange={setGrading} />
            </div>
          </div>
          <div className="note-form__release">
            <label className="check">
              <input
                type="checkbox"
                checked={custom === null}
                onChange={(e) => setCustom(e.target.checked ? null : inherited)}
              />
              {t('sameReaders', { target: targetType })}
            </label>
            {custom === null && <TlpBadge tlp={inherited.tlp} />}
          </div>
          {custom && (
            <ReleasabilityChooser
              idPrefix="note"
              value={custom}
              onChange={setCustom}
              ownAgency={ownAgency}
              myGroups={myGroups}
              directory={directory}
              errors={under(errors.byPath, 'releasability')}
            />
          )}
          {custom && <p className="field__hint">{t('neverWider', { target: targetType })}</p>}
        </>
      )}
      {(errors.other.length > 0 || errors.byPath.releasability) && (
        <p className="form-error">{[errors.byPath.releasability, ...errors.other].filter(Boolean).join('; ')}</p>
      )}
      <div className="note-form__buttons">
        {expanded && (
          <button type="button" className="btn btn--ghost" onClick={() => setExpanded(false)}>
            {t('less')}
          </button>
        )}
        <button
          type="submit"
          className="btn btn--primary"
          data-testid="annotation-submit"
          disabled={busy || body.trim() === ''}
        >
          {busy ? t('adding') : t('add')}
        </button>
      </div>
    </form>
  );
}
