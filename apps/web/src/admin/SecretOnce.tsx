import { useState } from 'react';
import { useT } from '../i18n/index.ts';
import { useRichT } from '../i18n/useRichT.tsx';
import { translations } from './translations.ts';

/** A new key's secret: shown once, never again (only its hash is stored, AUTH-3). */
export function SecretOnce({ secret, name, onDismiss }: { secret: string; name: string; onDismiss: () => void }) {
  const t = useT(translations);
  const rich = useRichT(translations);
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="secret" role="alert" data-testid="secret-once">
      <p className="secret__warn">{rich('secretWarning', { name })}</p>
      <div className="secret__row">
        <input
          className="input mono secret__value"
          readOnly
          value={secret}
          onFocus={(e) => e.target.select()}
          data-testid="secret-value"
        />
        <button type="button" className="btn btn--primary" onClick={() => void copy()}>
          {copied ? t('copied') : t('copy')}
        </button>
        <button type="button" className="btn" onClick={onDismiss}>
          {t('stored')}
        </button>
      </div>
      {copied === false && <p className="field__hint">{t('clipboardRefused')}</p>}
    </div>
  );
}
