import { useState, type SubmitEvent } from 'react';
import { useT } from '../i18n/index.ts';
import { createSharingGroup, listAgencies, listSharingGroups, revokeSharingGroup } from './api.ts';
import { AgreementMembers } from './AgreementMembers.tsx';
import { useList } from './useList.ts';
import { describeFailure } from './issues.ts';
import { useSession } from '../session/useSession.ts';
import { useUtcTime } from './time.ts';
import { translations as admin } from './translations.ts';
import { translations } from './agreements.translations.ts';

/** Sharing groups (bilateral and community agreements). Revoking one, or removing a member, takes effect at once (REL-10). */
export function AgreementsPanel() {
  const t = useT(translations);
  const common = useT(admin);
  const utc = useUtcTime();
  const groups = useList('sharing-groups', listSharingGroups);
  const agencies = useList('agencies', listAgencies);
  const session = useSession();
  // ADM-3: only the parties to an agreement change its members, so only their administrators are offered it.
  const ownAgency = session.kind === 'user' ? session.user.agency : '';
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (e: SubmitEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    const res = await createSharingGroup({
      code: code.trim(),
      name: name.trim(),
      description: description.trim(),
      members,
    });
    if (res.ok) {
      setMessage({ ok: true, text: t('saved', { code }) });
      setCode('');
      setName('');
      setDescription('');
      setMembers([]);
      groups.reload();
    } else setMessage({ ok: false, text: describeFailure(res) });
  };

  const revoke = async (groupCode: string): Promise<void> => {
    setConfirm(null);
    const res = await revokeSharingGroup(groupCode);
    setMessage(
      res.ok ? { ok: true, text: t('revokedMessage', { code: groupCode }) } : { ok: false, text: describeFailure(res) },
    );
    groups.reload();
  };

  return (
    <div className="admin__panel" data-testid="admin-agreements">
      <h3 className="admin__title">{t('title')}</h3>
      {groups.error && <p className="form-error">{groups.error}</p>}
      {message && <p className={message.ok ? 'form-ok' : 'form-error'}>{message.text}</p>}
      <table className="table">
        <thead>
          <tr>
            <th>{t('colAgreement')}</th>
            <th>{t('colMembers')}</th>
            <th>{t('colState')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {groups.items.map((g) => (
            <tr key={g.code} data-disabled={g.revokedAt !== null}>
              <td>
                <div className="strong">{g.name}</div>
                <div className="table__sub mono">{g.code}</div>
                {g.description && <div className="table__sub">{g.description}</div>}
              </td>
              <td>
                <AgreementMembers
                  code={g.code}
                  members={g.members}
                  agencies={agencies.items.map((a) => a.code)}
                  editable={g.revokedAt === null && g.members.includes(ownAgency)}
                  onChanged={(m) => {
                    setMessage(m);
                    groups.reload();
                  }}
                />
              </td>
              <td>
                {g.revokedAt ? (
                  <span className="pill pill--bad">{t('revokedAt', { at: utc(g.revokedAt) })}</span>
                ) : (
                  <span className="pill pill--ok">{common('active')}</span>
                )}
              </td>
              <td className="table__actions">
                {g.revokedAt === null &&
                  (confirm === g.code ? (
                    <span className="table__confirm">
                      <button type="button" className="btn btn--small btn--danger" onClick={() => void revoke(g.code)}>
                        {common('revokeNow')}
                      </button>
                      <button type="button" className="btn btn--small btn--ghost" onClick={() => setConfirm(null)}>
                        {common('cancel')}
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="btn btn--small" onClick={() => setConfirm(g.code)}>
                      {common('revoke')}
                    </button>
                  ))}
              </td>
            </tr>
          ))}
          {groups.items.length === 0 && !groups.loading && (
            <tr>
              <td colSpan={4} className="table__empty">
                {t('none')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <form className="admin__form" onSubmit={(e) => void submit(e)}>
        <h4 className="admin__subtitle">{t('createTitle')}</h4>
        <div className="admin__form-row">
          <label className="field">
            <span className="field__label">{common('code')}</span>
            <input
              className="input mono"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              placeholder={t('codeExample')}
            />
          </label>
          <label className="field admin__grow">
            <span className="field__label">{common('name')}</span>
            <input
              className="input"
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder={t('nameExample')}
            />
          </label>
        </div>
        <label className="field">
          <span className="field__label">{t('description')}</span>
          <input className="input" value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <div className="field">
          <span className="field__label">
            {t('members')} · {t('chosen', { count: members.length })}
          </span>
          <div className="checks">
            {agencies.items.map((a) => (
              <label key={a.code} className="check" title={a.name}>
                <input
                  type="checkbox"
                  checked={members.includes(a.code)}
                  onChange={(e) =>
                    setMembers((m) => (e.target.checked ? [...m, a.code] : m.filter((x) => x !== a.code)))
                  }
                />
                {a.code}
              </label>
            ))}
          </div>
        </div>
        <div>
          <button type="submit" className="btn btn--primary" disabled={members.length < 2}>
            {t('create')}
          </button>
        </div>
      </form>
    </div>
  );
}
