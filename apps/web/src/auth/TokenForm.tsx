import { useState, type FormEvent } from 'react';
import { forgetDeviceToken, storedDeviceToken } from './deviceToken.ts';
import { signInWithToken } from './sessionActions.ts';

/** A wall display signs in with a device token (receive-only); it is kept in this browser until forgotten. */
export function TokenForm() {
  const [token, setToken] = useState('');
  const [stored, setStored] = useState(() => storedDeviceToken() !== null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent): Promise<void> => {
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
      <p className="login__hint">
        For operations-centre wall displays: paste the device token (<span className="mono">tw_dev_…</span>) issued by
        your administrator. The display then only receives; it cannot change anything.
      </p>
      <label className="field">
        <span className="field__label">Device token</span>
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
        {busy ? 'Checking…' : 'Use this token'}
      </button>
      {stored && (
        <button type="button" className="btn btn--ghost" data-testid="forget-token" onClick={forget}>
          Forget the token stored in this browser
        </button>
      )}
    </form>
  );
}
