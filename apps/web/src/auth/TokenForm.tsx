import { useState, type SubmitEvent } from 'react';
import { forgetDeviceToken, storedDeviceToken } from './deviceToken.ts';
import { signInWithToken } from './sessionActions.ts';
import { useT } from '../i18n/index.ts';
import { useRichT } from '../i18n/useRichT.tsx';
import { translations } from './translations.ts';

/** A wall display signs in with a device token (receive-only); it is kept in this browser until forgotten. */
export function TokenForm() {
  const t = useT(translations);
  const rich = useRichT(translations);
  const [token, setToken] = useState('');
  const [stored, setStored] = useState(() => storedDeviceToken() !== null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: SubmitEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const message = await signInWithToken(token);
    if (message !== null) {
      setBusy(false);
      setError(message);
    }
  };

  const forget = (): void => {
    forgetDeviceToken();
    setStored(false);
  };

  return (
    <form className="login__form" data-testid="login-token-form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="login__hint">{rich('tokenHint')}</p>
      <label className="field">
        <span className="field__label">{t('deviceToken')}</span>
        <input
          className="input mono"
          data-testid="login-token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />
      </label>
      {error && (
        <p className="form-error" data-testid="login-error" role="alert">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="btn btn--primary login__submit"
        data-testid="login-token-submit"
        disabled={busy || token.trim() === ''}
      >
        {busy ? t('checking') : t('useToken')}
      </button>
      {stored && (
        <button type="button" className="btn btn--ghost" data-testid="forget-token" onClick={forget}>
          {t('forgetStoredToken')}
        </button>
      )}
    </form>
  );
}
