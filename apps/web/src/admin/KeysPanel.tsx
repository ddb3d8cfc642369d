import { useState, type FormEvent } from 'react';
import { createApiKey, listApiKeys, revokeApiKey } from './api.ts';
import { useSession } from '../session/useSession.ts';
import { useList } from './useList.ts';
import { describeFailure } from './issues.ts';
import { SecretOnce } from './SecretOnce.tsx';
import { formatUtc } from '../theme/format.ts';

const SCOPES = ['events:read', 'events:write', 'events:export', 'feeds:write'] as const;

/**
 * Agency API keys (feeds, integrations) and wall-display device tokens (receive-only, AUTH-8). An
 * administrator issues and revokes those of their own agency only (AUTH-9), so only those are offered.
 */
export function KeysPanel() {
  const keys = useList('api-keys', listApiKeys);
  const session = useSession();
  const agency = session.kind === 'user' ? session.user.agency : '';
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'api' | 'device'>('device');
  const [scopes, setScopes] = useState<string[]>(['events:read']);
  const [secret, setSecret] = useState<{ secret: string; name: string } | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const res = await createApiKey({ agency, name: name.trim(), kind, ...(kind === 'api' ? { scopes } : {}) });
    if (res.ok) {
      setSecret({ secret: res.data.secret, name: res.data.key.name });
      setMessage(null);
      setName('');
      keys.reload();
    } else setMessage({ ok: false, text: describeFailure(res) });
  };

  const revoke = async (id: string, label: string): Promise<void> => {
    setConfirm(null);
    const res = await revokeApiKey(id);
    setMessage(
      res.ok
        ? { ok: true, text: `${label} revoked; its connections were closed.` }
        : { ok: false, text: describeFailure(res) },
    );
    keys.reload();
  };

  return (
    <div className="admin__panel">
      <h3 className="admin__title">API keys and wall-display tokens</h3>
      {secret && <SecretOnce secret={secret.secret} name={secret.name} onDismiss={() => setSecret(null)} />}
      {keys.error && <p className="form-error">{keys.error}</p>}
      {message && <p className={message.ok ? 'form-ok' : 'form-error'}>{message.text}</p>}
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Agency</th>
              <th>Kind</th>
              <th>Prefix</th>
              <th>Scopes</th>
              <th>Last used</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {keys.items
              .filter((k) => k.kind !== 'tak')
              .map((k) => (
                <tr key={k.id} data-disabled={k.revoked}>
                  <td>{k.name}</td>
                  <td className="strong">{k.agency}</td>
                  <td>{k.kind === 'device' ? 'Wall display' : 'API key'}</td>
                  <td className="mono">{k.prefix}…</td>
                  <td className="table__sub">{k.scopes.join(', ')}</td>
                  <td className="table__sub">{k.lastUsedAt ? formatUtc(k.lastUsedAt) : 'never'}</td>
                  <td className="table__actions">
                    {k.revoked ? (
                      <span className="pill pill--bad">Revoked</span>
                    ) : k.agency !== agency ? (
                      <span className="table__sub">{k.agency}'s administrators</span>
                    ) : confirm === k.id ? (
                      <span className="table__confirm">
                        <button
                          type="button"
                          className="btn btn--small btn--danger"
                          onClick={() => void revoke(k.id, k.name)}
                        >
                          Revoke now
                        </button>
                        <button type="button" className="btn btn--small btn--ghost" onClick={() => setConfirm(null)}>
                          Cancel
                        </button>
                      </span>
                    ) : (
                      <button type="button" className="btn btn--small" onClick={() => setConfirm(k.id)}>
                        Revoke…
                      </button>
                    )}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      <form className="admin__form" onSubmit={(e) => void submit(e)}>
        <h4 className="admin__subtitle">Issue a key or device token</h4>
        <div className="admin__form-row">
          <label className="field admin__wide">
            <span className="field__label">Kind</span>
            <select
              className="select"
              value={kind}
              onChange={(e) => setKind(e.target.value === 'api' ? 'api' : 'device')}
            >
              <option value="device">Wall display (receive-only)</option>
              <option value="api">Agency API key</option>
            </select>
          </label>
          <div className="field">
            <span className="field__label">Agency</span>
            <span className="strong" title="Administrators issue keys and tokens for their own agency only">
              {agency}
            </span>
          </div>
          <label className="field admin__grow">
            <span className="field__label">Name</span>
            <input
              className="input"
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="Ops room wall 2"
            />
          </label>
          <button type="submit" className="btn btn--primary" disabled={agency === '' || name.trim() === ''}>
            Create
          </button>
        </div>
        {kind === 'api' && (
          <div className="field">
            <span className="field__label">Scopes</span>
            <div className="checks">
              {SCOPES.map((s) => (
                <label key={s} className="check">
                  <input
                    type="checkbox"
                    checked={scopes.includes(s)}
                    onChange={(e) => setScopes((l) => (e.target.checked ? [...l, s] : l.filter((x) => x !== s)))}
                  />
                  {s}
                </label>
              ))}
            </div>
          </div>
        )}
      </form>
    </div>
  );
}
