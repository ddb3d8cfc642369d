import type { AnnotationTargetType } from '@tidewatch/contracts';
import type { ReleasedTarget } from './targetReleasability.ts';
import { useSession } from '../session/useSession.ts';
import { can } from '../session/permissions.ts';
import { useAnnotations } from './useAnnotations.ts';
import { AnnotationItem } from './AnnotationItem.tsx';
import { AnnotationComposer } from './AnnotationComposer.tsx';
import './annotations.css';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

interface Props {
  targetType: AnnotationTargetType;
  targetId: string;
  /** The annotated item, for the composer's default releasability; null for vessels (public AIS). */
  target: ReleasedTarget | null;
}

/** Analysts' notes on one item, live: list, add, edit with conflict handling, delete, history. */
export function AnnotationThread({ targetType, targetId, target }: Props) {
  const session = useSession();
  const t = useT(translations);
  const thread = useAnnotations(targetType, targetId);
  const mayWrite = can(session, 'annotations:write');
  const ownAgency = session.kind === 'user' ? session.user.agency : null;

  return (
    <section className="notes" data-testid="annotation-thread" aria-label={t('notes')}>
      <h3 className="detail__section-title notes__title">
        {t('notes')} <span className="notes__count">{thread.status === 'ready' ? thread.items.length : ''}</span>
      </h3>
      {thread.status === 'loading' && <p className="notes__empty">{t('loading')}</p>}
      {thread.status === 'error' && <p className="form-error">{t('loadFailed', { error: thread.error })}</p>}
      {thread.status === 'ready' && thread.items.length === 0 && <p className="notes__empty">{t('none')}</p>}
      <ol className="notes__list">
        {thread.items.map((annotation) => (
          <AnnotationItem
            key={annotation.id}
            annotation={annotation}
            canChange={mayWrite && annotation.ownerAgency === ownAgency}
            onApply={thread.apply}
          />
        ))}
      </ol>
      {mayWrite && (
        <AnnotationComposer targetType={targetType} targetId={targetId} target={target} onCreated={thread.apply} />
      )}
    </section>
  );
}
