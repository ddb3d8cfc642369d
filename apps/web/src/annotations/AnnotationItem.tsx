import { useState } from 'react';
import type { Annotation } from '@tidewatch/contracts';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { Markdown } from '../markdown/Markdown.tsx';
import { formatUtc } from '../theme/format.ts';
import { describeGrading } from '../theme/describe.ts';
import { AnnotationEditor } from './AnnotationEditor.tsx';
import { AnnotationHistory } from './AnnotationHistory.tsx';
import { DeleteAnnotation } from './DeleteAnnotation.tsx';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

interface Props {
  annotation: Annotation;
  /** The user's agency owns the note and the user may write notes. */
  canChange: boolean;
  onApply: (annotation: Annotation) => void;
}

type Mode = 'view' | 'edit' | 'delete' | 'history';

export function AnnotationItem({ annotation, canChange, onApply }: Props) {
  const t = useT(translations);
  const [mode, setMode] = useState<Mode>('view');
  const grading = annotation.grading ? describeGrading(annotation.grading) : null;
  const edited = annotation.version > 1;

  return (
    <li
      className="note"
      data-testid="annotation-item"
      data-annotation-id={annotation.id}
      data-version={annotation.version}
    >
      <div className="note__head">
        <span className="note__author">{annotation.author.name}</span>
        <span className="note__agency">{annotation.ownerAgency}</span>
        <TlpBadge tlp={annotation.releasability.tlp} />
        {grading && (
          <span className="note__grading mono" title={grading.meaning}>
            {grading.code}
          </span>
        )}
        <time
          className="note__time"
          dateTime={annotation.updatedAt}
          title={t('createdAt', { at: formatUtc(annotation.createdAt) })}
        >
          {formatUtc(annotation.updatedAt)}
          {edited && t('edited')}
        </time>
      </div>

      {mode === 'edit' ? (
        <AnnotationEditor annotation={annotation} onApply={onApply} onDone={() => setMode('view')} />
      ) : (
        <Markdown source={annotation.body} />
      )}

      {annotation.tags.length > 0 && mode !== 'edit' && (
        <div className="note__tags">
          {annotation.tags.map((tag) => (
            <span key={tag} className="note__tag">
              #{tag}
            </span>
          ))}
        </div>
      )}

      {mode === 'delete' && (
        <DeleteAnnotation annotation={annotation} onApply={onApply} onDone={() => setMode('view')} />
      )}
      {mode === 'history' && <AnnotationHistory id={annotation.id} onClose={() => setMode('view')} />}

      {mode === 'view' && (
        <div className="note__actions">
          {canChange && (
            <>
              <button type="button" className="btn btn--ghost btn--small" onClick={() => setMode('edit')}>
                {t('edit')}
              </button>
              <button type="button" className="btn btn--ghost btn--small" onClick={() => setMode('delete')}>
                {t('delete')}
              </button>
            </>
          )}
          {edited && (
            <button type="button" className="btn btn--ghost btn--small" onClick={() => setMode('history')}>
              {t('historyButton', { version: annotation.version })}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
