import { useState, type SubmitEvent } from 'react';
import { signIn } from './sessionActions.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

export function AccountForm() {
  const t = useT(translations);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: SubmitEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    if (username.trim() === '' || password === '') {
      setError(t('enterBoth'));
      return;
    }
    setBusy(true);
    setError(null);
    const message = await signIn(username.trim(), password);
    // On success this component is gone (the dashboard replaces the login page).
    if (message !== null) {
      setBusy(false);
      setError(message);
      setPassword('');
    }
  };

  return (
    <form className="login__form" data-testid="login-form" onSubmit={(e) => void submit(e)} noValidate>
      <label className="field">
        <span className="field__label">{t('username')}</span>
        <input
          className="input"
          data-testid="login-username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('password')}</span>
        <input
          className="input"
          data-testid="login-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {error && (
        <p className="form-error" data-testid="login-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn--primary login__submit" data-testid="login-submit" disabled={busy}>
        {busy ? t('signingIn') : t('signIn')}
      </button>
    </form>
  );
}
