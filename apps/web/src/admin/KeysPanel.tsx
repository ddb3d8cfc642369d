import { useState, type SubmitEvent } from 'react';
import { useT } from '../i18n/index.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './api.ts';
import { useSession } from '../session/useSession.ts';
import { useList } from './useList.ts';
import { describeFailure } from './issues.ts';
import { KeyActions } from './KeyActions.tsx';
import { SecretOnce } from './SecretOnce.tsx';
import { useUtcTime } from './time.ts';
import { translations as admin } from './translations.ts';
import { translations } from './keys.translations.ts';
import { WallLink } from './WallLink.tsx';

const SCOPES = ['events:read', 'events:write', 'events:export', 'feeds:write'] as const;

/**
 * Agency API keys (feeds, integrations) and wall-display device tokens (receive-only, AUTH-8). An
 * administrator issues and revokes those of their own agency only (AUTH-9), so only those are offered.
 */
export function KeysPanel() {
  const t = useT(translations);
  const common = useT(admin);
  const utc = useUtcTime();
  const keys = useList('api-keys', listApiKeys);
  const session = useSession();
  const agency = session.kind === 'user' ? session.user.agency : '';
  // TAK devices have their own panel (TakDevicesPanel).
  const shown = keys.items.filter((k) => k.kind !== 'tak');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'api' | 'device'>('device');
  const [scopes, setScopes] = useState<string[]>(['events:read']);
  const [secret, setSecret] = useState<{ secret: string; name: string; kind: string } | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (e: SubmitEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    const res = await createApiKey({ agency, name: name.trim(), kind, ...(kind === 'api' ? { scopes } : {}) });
    if (res.ok) {
      setSecret({ secret: res.data.secret, name: res.data.key.name, kind: res.data.key.kind });
      setMessage(null);
      setName('');
      keys.reload();
    } else setMessage({ ok: false, text: describeFailure(res) });
  };

  const revoke = async (id: string, label: string): Promise<void> => {
    setConfirm(null);
    const res = await revokeApiKey(id);
    setMessage(
      res.ok ? { ok: true, text: t('revokedMessage', { name: label }) } : { ok: false, text: describeFailure(res) },
    );
    keys.reload();
  };

  return (
    <div className="admin__panel" data-testid="admin-keys">
      <h3 className="admin__title">{t('title')}</h3>
      {secret && (
        <SecretOnce secret={secret.secret} name={secret.name} onDismiss={() => setSecret(null)}>
          {secret.kind === 'device' && <WallLink token={secret.secret} name={secret.name} />}
        </SecretOnce>
      )}
      {keys.error && <p className="form-error">{keys.error}</p>}
      {message && <p className={message.ok ? 'form-ok' : 'form-error'}>{message.text}</p>}
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th>{common('name')}</th>
              <th>{t('colAgency')}</th>
              <th>{t('colKind')}</th>
              <th>{t('colPrefix')}</th>
              <th>{t('colScopes')}</th>
              <th>{t('colLastUsed')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((k) => (
              <tr key={k.id} data-disabled={k.revoked}>
                <td>{k.name}</td>
                <td className="strong">{k.agency}</td>
                <td>{k.kind === 'device' ? t('kindDevice') : t('kindApi')}</td>
                <td className="mono">{k.prefix}…</td>
                <td className="table__sub">{k.scopes.join(', ')}</td>
                <td className="table__sub">{k.lastUsedAt ? utc(k.lastUsedAt) : common('never')}</td>
                <td className="table__actions">
                  <KeyActions
                    apiKey={k}
                    ownAgency={agency}
                    confirming={confirm === k.id}
                    onAsk={() => setConfirm(k.id)}
                    onCancel={() => setConfirm(null)}
                    onRevoke={() => void revoke(k.id, k.name)}
                  />
                </td>
              </tr>
            ))}
            {shown.length === 0 && !keys.loading && (
              <tr>
                <td colSpan={7} className="table__empty">
                  {t('none')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <form className="admin__form" onSubmit={(e) => void submit(e)}>
        <h4 className="admin__subtitle">{t('issueTitle')}</h4>
        <div className="admin__form-row">
          <label className="field admin__wide">
            <span className="field__label">{t('colKind')}</span>
            <select
              className="select"
              value={kind}
              onChange={(e) => setKind(e.target.value === 'api' ? 'api' : 'device')}
            >
              <option value="device">{t('kindDeviceOption')}</option>
              <option value="api">{t('kindApiOption')}</option>
            </select>
          </label>
          <div className="field">
            <span className="field__label">{t('colAgency')}</span>
            <span className="strong" title={t('ownAgencyOnly')}>
              {agency}
            </span>
          </div>
          <label className="field admin__grow">
            <span className="field__label">{common('name')}</span>
            <input
              className="input"
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder={t('nameExample')}
            />
          </label>
          <button type="submit" className="btn btn--primary" disabled={agency === '' || name.trim() === ''}>
            {t('create')}
          </button>
        </div>
        {kind === 'api' && (
          <div className="field">
            <span className="field__label">{t('scopes')}</span>
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
