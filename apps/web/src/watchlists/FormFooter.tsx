import { useT } from '../i18n/index.ts';
import { translations } from './forms.translations.ts';
interface Props {
  /** Errors the server gave without a field this form shows. */
  errors: readonly string[];
  submitLabel: string;
  busy: boolean;
  onCancel: () => void;
}

/** The end of a watchlist form: errors not tied to a field, then submit and cancel. */
export function FormFooter({ errors, submitLabel, busy, onCancel }: Props) {
  const t = useT(translations);
  return (
    <>
      {errors.map((m) => (
        <p key={m} className="field__error" role="alert">
          {m}
        </p>
      ))}
      <div className="wl-form__actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </>
  );
}
