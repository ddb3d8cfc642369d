import { useState } from 'react';

/** A new key's secret: shown once, never again (only its hash is stored, AUTH-3). */
export function SecretOnce({ secret, name, onDismiss }: { secret: string; name: string; onDismiss: () => void }) {
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
      <p className="secret__warn">
        Copy the secret for <strong>{name}</strong> now. It will not be shown again; if it is lost, revoke the key and
        create a new one.
      </p>
      <div className="secret__row">
        <input
          className="input mono secret__value"
          readOnly
          value={secret}
          onFocus={(e) => e.target.select()}
          data-testid="secret-value"
        />
        <button type="button" className="btn btn--primary" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" className="btn" onClick={onDismiss}>
          I have stored it
        </button>
      </div>
      {copied === false && (
        <p className="field__hint">The browser refused the clipboard: select the text and copy it by hand.</p>
      )}
    </div>
  );
}
