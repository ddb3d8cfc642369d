import type { ReactNode } from 'react';
import { useT } from '../i18n/index.ts';
import { useRichT } from '../i18n/useRichT.tsx';
import { useClipboard } from './clipboard.ts';
import { translations } from './translations.ts';

/**
 * A new key's secret: shown once, never again (only its hash is stored, AUTH-3). `children` is what else can be
 * done with it while it is shown (a wall display's link).
 */
export function SecretOnce({
  secret,
  name,
  onDismiss,
  children,
}: {
  secret: string;
  name: string;
  onDismiss: () => void;
  children?: ReactNode;
}) {
  const t = useT(translations);
  const rich = useRichT(translations);
  const { copied, copy } = useClipboard(secret);
  return (
    <div className="secret" role="alert" data-testid="secret-once">
      <p className="secret__warn">{rich('secretWarning', { name })}</p>
      <div className="secret__row">
        <input
          className="input mono secret__value"
          readOnly
          value={secret}
          aria-label={name}
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
      {children}
    </div>
  );
}
