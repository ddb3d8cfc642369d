import { useState, type FormEvent } from 'react';
import { ROLES, type Role } from '../session/types.ts';
import { useRoleLabel } from '../session/useRoleLabel.ts';
import { createUser } from './api.ts';
import { AgencySelect } from './AgencySelect.tsx';
import { describeFailure } from './issues.ts';
import { useSession } from '../session/useSession.ts';

export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const roleLabel = useRoleLabel();
  const session = useSession();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [agency, setAgency] = useState(session.kind === 'user' ? session.user.agency : '');
  const [role, setRole] = useState<Role>('analyst');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (password.length < 12) {
      setMessage({ ok: false, text: 'password: at least 12 characters' });
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
        text: `User ${res.data.username} created. Give them the password through a separate channel.`,
      });
      setUsername('');
      setDisplayName('');
      setPassword('');
      onCreated();
    } else setMessage({ ok: false, text: describeFailure(res) });
  };

  return (
    <form className="admin__form" onSubmit={(e) => void submit(e)}>
      <h4 className="admin__subtitle">Create a user</h4>
      <p className="table__sub">
        Users of your own agency. Another agency's accounts are created by its own administrators; a new agency nobody
        has acted for yet gets its first administrator here.
      </p>
      <div className="admin__form-row">
        <label className="field">
          <span className="field__label">Username</span>
          <input
            className="input mono"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            placeholder="jca.jdoe"
            autoComplete="off"
          />
        </label>
        <label className="field admin__grow">
          <span className="field__label">Display name</span>
          <input
            className="input"
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            placeholder="Jane Doe"
          />
        </label>
        <AgencySelect value={agency} onChange={setAgency} />
        <label className="field">
          <span className="field__label">Role</span>
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
          <span className="field__label">Initial password (≥ 12)</span>
          <input
            className="input"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="new-password"
          />
        </label>
        <button type="submit" className="btn btn--primary">
          Create user
        </button>
      </div>
      {message && <p className={message.ok ? 'form-ok' : 'form-error'}>{message.text}</p>}
    </form>
  );
}
