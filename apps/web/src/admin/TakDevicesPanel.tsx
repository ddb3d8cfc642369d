import { useState, type SubmitEvent } from 'react';
import { useT } from '../i18n/index.ts';
import { useSession } from '../session/useSession.ts';
import { createApiKey, listApiKeys, listUnitsForDevices, revokeApiKey } from './api.ts';
import { describeFailure } from './issues.ts';
import { KeyActions } from './KeyActions.tsx';
import { SecretOnce } from './SecretOnce.tsx';
import { translations } from './tak-devices.translations.ts';
import { useList } from './useList.ts';
import { useUtcTime } from './time.ts';

/**
 * TAK device credentials (COT-6): an administrator registers a device of their own agency, optionally bound
 * to one of its units, sees the secret once, and revokes it (its CoT connections close within 5 s, COT-7).
 */
export function TakDevicesPanel() {
  const t = useT(translations);
  const utc = useUtcTime();
  const keys = useList('api-keys', listApiKeys);
  const units = useList('units-for-devices', listUnitsForDevices);
  const session = useSession();
  const agency = session.kind === 'user' ? session.user.agency : '';
  const ownUnits = units.items.filter((u) => u.ownerAgency === agency);
  const devices = keys.items.filter((k) => k.kind === 'tak');
  const [name, setName] = useState('');
  const [unitId, setUnitId] = useState('');
  const [secret, setSecret] = useState<{ secret: string; name: string } | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const callSign = (id: string | null) =>
    id === null ? t('noUnit') : (units.items.find((u) => u.id === id)?.callSign ?? id);

  const submit = async (e: SubmitEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    const res = await createApiKey({ agency, name: name.trim(), kind: 'tak', ...(unitId ? { unitId } : {}) });
    if (res.ok) {
      setSecret({ secret: res.data.secret, name: res.data.key.name });
      setMessage(null);
      setName('');
      setUnitId('');
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
    <div className="admin__panel" data-testid="tak-devices">
      <h3 className="admin__title">{t('title')}</h3>
      <p className="table__sub">{t('intro', { agency })}</p>
      <p className="table__sub">{t('setup')}</p>
      {secret && <SecretOnce secret={secret.secret} name={secret.name} onDismiss={() => setSecret(null)} />}
      {keys.error && <p className="form-error">{keys.error}</p>}
      {message && <p className={message.ok ? 'form-ok' : 'form-error'}>{message.text}</p>}
      {devices.length === 0 ? (
        <p className="table__sub">{t('none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th>{t('name')}</th>
                <th>{t('unit')}</th>
                <th>{t('lastUsed')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {devices.map((k) => (
                <tr key={k.id} data-disabled={k.revoked}>
                  <td>
                    {k.name} <span className="mono table__sub">{k.prefix}…</span>
                  </td>
                  <td className="strong">{callSign(k.unitId)}</td>
                  <td className="table__sub">{k.lastUsedAt ? utc(k.lastUsedAt) : t('never')}</td>
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
            </tbody>
          </table>
        </div>
      )}
      <form className="admin__form" onSubmit={(e) => void submit(e)}>
        <h4 className="admin__subtitle">{t('register')}</h4>
        <div className="admin__form-row">
          <label className="field admin__grow">
            <span className="field__label">{t('name')}</span>
            <input
              className="input"
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder={t('namePlaceholder')}
              data-testid="tak-device-name"
            />
          </label>
          <label className="field admin__wide">
            <span className="field__label">{t('unit')}</span>
            <select
              className="select"
              value={unitId}
              onChange={(e) => setUnitId(e.target.value)}
              data-testid="tak-device-unit"
            >
              <option value="">{t('unitNone')}</option>
              {ownUnits.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.callSign}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn--primary" disabled={agency === '' || name.trim() === ''}>
            {t('create')}
          </button>
        </div>
      </form>
    </div>
  );
}
