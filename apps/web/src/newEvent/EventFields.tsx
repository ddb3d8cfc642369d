import { KNOWN_EVENT_KINDS } from '@tidewatch/contracts';
import { useVocabulary } from '../theme/vocabulary.ts';
import { GradingSelect } from '../forms/GradingSelect.tsx';
import type { Draft } from './draft.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

interface Props {
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  errors: Readonly<Record<string, string>>;
}

const SEVERITIES = [1, 2, 3, 4, 5] as const;

function FieldError({ message }: { message: string | undefined }) {
  return message ? <span className="field__error">{message}</span> : null;
}

/** Kind, title, summary, time, severity and grading. */
export function EventFields({ draft, set, errors }: Props) {
  const t = useT(translations);
  const vocabulary = useVocabulary();
  return (
    <>
      <div className="ne__grid2">
        <label className="field">
          <span className="field__label">{t('kind')}</span>
          <select
            className="select"
            data-testid="new-event-kind"
            value={draft.kind}
            onChange={(e) => set({ kind: e.target.value })}
          >
            {KNOWN_EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {vocabulary.kind(k)}
              </option>
            ))}
          </select>
          <FieldError message={errors.kind} />
        </label>
        <label className="field">
          <span className="field__label">{t('occurred')}</span>
          <input
            className="input"
            type="datetime-local"
            value={draft.occurredAt}
            onChange={(e) => set({ occurredAt: e.target.value })}
            aria-invalid={errors.occurredAt !== undefined}
          />
          <FieldError message={errors.occurredAt} />
        </label>
      </div>
      <label className="field">
        <span className="field__label">{t('title')}</span>
        <input
          className="input"
          data-testid="new-event-title"
          maxLength={200}
          value={draft.title}
          onChange={(e) => set({ title: e.target.value })}
          aria-invalid={errors.title !== undefined}
          placeholder={t('titlePlaceholder')}
        />
        <FieldError message={errors.title} />
      </label>
      <label className="field">
        <span className="field__label">{t('summary')}</span>
        <textarea
          className="textarea"
          rows={3}
          maxLength={4000}
          value={draft.summary}
          onChange={(e) => set({ summary: e.target.value })}
        />
        <FieldError message={errors.summary} />
      </label>
      <div className="ne__grid2">
        <div className="field">
          <span className="field__label">{vocabulary.t('severity')}</span>
          <div className="ne__severity" role="radiogroup" aria-label={vocabulary.t('severity')}>
            {SEVERITIES.map((s) => (
              <label key={s} className="ne__sev">
                <input
                  type="radio"
                  name="severity"
                  checked={draft.severity === s}
                  onChange={() => set({ severity: s })}
                />
                <span>{s}</span>
              </label>
            ))}
          </div>
          <FieldError message={errors.severity} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="new-event-grading">
            {t('grading')}
          </label>
          <GradingSelect id="new-event-grading" value={draft.grading} onChange={(grading) => set({ grading })} />
          <FieldError message={errors.grading} />
        </div>
      </div>
    </>
  );
}
