import { useState, type SubmitEvent } from 'react';
import { ROLES, type Role } from '../session/types.ts';
import { useRoleLabel } from '../session/useRoleLabel.ts';
import { createUser } from './api.ts';
import { AgencySelect } from './AgencySelect.tsx';
import { describeFailure } from './issues.ts';
import { useSession } from '../session/useSession.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './users.translations.ts';

export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const t = useT(translations);
  const roleLabel = useRoleLabel();
  const session = useSession();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [agency, setAgency] = useState(session.kind === 'user' ? session.user.agency : '');
  const [role, setRole] = useState<Role>('analyst');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (e: SubmitEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    if (password.length < 12) {
      setMessage({ ok: false, text: t('passwordTooShort') });
      return;
    }
    const res = await createUser({
      username: username.trim(),
      displayName: displayName.trim(),
      agency,
      role,
      password,
    });
    if (res.ok) {
      setMessage({
        ok: true,
        text: t('created', { username: res.data.username }),
      });
      setUsername('');
      setDisplayName('');
      setPassword('');
      onCreated();
    } else setMessage({ ok: false, text: describeFailure(res) });
  };

  return (
    <form className="admin__form" onSubmit={(e) => void submit(e)}>
      <h4 className="admin__subtitle">{t('createTitle')}</h4>
      <p className="table__sub">{t('createIntro')}</p>
      <div className="admin__form-row">
        <label className="field">
          <span className="field__label">{t('username')}</span>
          <input
            className="input mono"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            placeholder={t('usernameExample')}
            autoComplete="off"
          />
        </label>
        <label className="field admin__grow">
          <span className="field__label">{t('displayName')}</span>
          <input
            className="input"
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            placeholder={t('displayNameExample')}
          />
        </label>
        <AgencySelect value={agency} onChange={setAgency} />
        <label className="field">
          <span className="field__label">{t('role')}</span>
          <select
            className="select"
            value={role}
            onChange={(e) => setRole(ROLES.find((r) => r === e.target.value) ?? role)}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('initialPassword')}</span>
          <input
            className="input"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="new-password"
          />
        </label>
        <button type="submit" className="btn btn--primary">
          {t('createUser')}
        </button>
      </div>
      {message && <p className={message.ok ? 'form-ok' : 'form-error'}>{message.text}</p>}
    </form>
  );
}
