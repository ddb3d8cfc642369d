import type { Annotation } from '@tidewatch/contracts';
import { Markdown } from '../markdown/Markdown.tsx';
import { formatUtc } from '../theme/format.ts';

interface Props {
  current: Annotation;
  mine: string;
  onReapply: () => void;
  onDiscard: () => void;
  busy: boolean;
}

/** Their current text next to yours; nothing is saved until the user chooses. */
export function ConflictNotice({ current, mine, onReapply, onDiscard, busy }: Props) {
  return (
    <div className="conflict" role="alert" data-testid="annotation-conflict">
      <p className="conflict__title">
        {current.deleted ? 'This note was deleted' : `This note was changed (now version ${current.version})`} while you
        were editing. Your change was <strong>not</strong> saved.
      </p>
      {!current.deleted && (
        <div className="conflict__theirs">
          <span className="field__label">Current text · {formatUtc(current.updatedAt)}</span>
          <Markdown source={current.body} />
        </div>
      )}
      {mine !== current.body && !current.deleted && (
        <p className="field__hint">Your text is below. Re-applying replaces the current text with yours.</p>
      )}
      <div className="note-form__buttons">
        <button type="button" className="btn" onClick={onDiscard} data-testid="conflict-discard">
          Discard mine
        </button>
        {!current.deleted && (
          <button
            type="button"
            className="btn btn--primary"
            onClick={onReapply}
            disabled={busy}
            data-testid="conflict-reapply"
          >
            Re-apply my text
          </button>
        )}
      </div>
    </div>
  );
}
