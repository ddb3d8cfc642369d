import type { Annotation } from '@tidewatch/contracts';
import { Markdown } from '../markdown/Markdown.tsx';
import { formatUtc } from '../theme/format.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import { useIntl } from 'react-intl';

interface Props {
  current: Annotation;
  mine: string;
  onReapply: () => void;
  onDiscard: () => void;
  busy: boolean;
}

/** Their current text next to yours; nothing is saved until the user chooses. */
export function ConflictNotice({ current, mine, onReapply, onDiscard, busy }: Props) {
  const t = useT(translations);
  const intl = useIntl();
  return (
    <div className="conflict" role="alert" data-testid="annotation-conflict">
      <p className="conflict__title">
        {/* Rich text: "not" is emphasised wherever the language puts it. */}
        {intl.formatMessage(
          current.deleted
            ? {
                id: `${translations.namespace}.conflictDeleted`,
                defaultMessage: translations.messages.en.conflictDeleted,
              }
            : {
                id: `${translations.namespace}.conflictChanged`,
                defaultMessage: translations.messages.en.conflictChanged,
              },
          { version: current.version, strong: (chunks) => <strong>{chunks}</strong> },
        )}
      </p>
      {!current.deleted && (
        <div className="conflict__theirs">
          <span className="field__label">{t('currentText', { at: formatUtc(current.updatedAt) })}</span>
          <Markdown source={current.body} />
        </div>
      )}
      {mine !== current.body && !current.deleted && <p className="field__hint">{t('yoursBelow')}</p>}
      <div className="note-form__buttons">
        <button type="button" className="btn" onClick={onDiscard} data-testid="conflict-discard">
          {t('discardMine')}
        </button>
        {!current.deleted && (
          <button
            type="button"
            className="btn btn--primary"
            onClick={onReapply}
            disabled={busy}
            data-testid="conflict-reapply"
          >
            {t('reapply')}
          </button>
        )}
      </div>
    </div>
  );
}
