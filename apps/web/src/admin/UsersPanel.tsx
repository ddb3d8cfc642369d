import { useState } from 'react';
import { useSession } from '../session/useSession.ts';
import { ROLES, type Role } from '../session/types.ts';
import { useRoleLabel } from '../session/useRoleLabel.ts';
import { listUsers, updateUser, type AdminUser } from './api.ts';
import { useList } from './useList.ts';
import { describeFailure } from './issues.ts';
import { CreateUserForm } from './CreateUserForm.tsx';
import { useT } from '../i18n/index.ts';
import { translations } from './users.translations.ts';

/**
 * Accounts of every agency, listed; those of the administrator's own agency can have their role changed or be
 * disabled or re-enabled (AUTH-9). Nobody changes their own role (AUTH-2).
 */
export function UsersPanel() {
  const t = useT(translations);
  const roleLabel = useRoleLabel();
  const session = useSession();
  const myId = session.kind === 'user' ? session.user.id : null;
  const myAgency = session.kind === 'user' ? session.user.agency : null;
  const users = useList('users', listUsers);
  const [filter, setFilter] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const change = async (user: AdminUser, patch: { role?: Role; disabled?: boolean }): Promise<void> => {
    const res = await updateUser(user.id, patch);
    if (res.ok) {
      setMessage({
        ok: true,
        text: patch.role
          ? t('roleChanged', { username: user.username, role: roleLabel(patch.role) })
          : t(patch.disabled ? 'disabledDone' : 'enabledDone', { username: user.username }),
      });
    } else setMessage({ ok: false, text: t('failed', { username: user.username, reason: describeFailure(res) }) });
    users.reload();
  };

  const needle = filter.trim().toLowerCase();
  const shown = users.items.filter(
    (u) => needle === '' || `${u.username} ${u.displayName} ${u.agency} ${u.role}`.toLowerCase().includes(needle),
  );

  return (
    <div className="admin__panel">
      <div className="admin__title-row">
        <h3 className="admin__title">{t('title')}</h3>
        <input
          className="input admin__filter"
          placeholder={t('filter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      {users.error && <p className="form-error">{users.error}</p>}
      {message && <p className={message.ok ? 'form-ok' : 'form-error'}>{message.text}</p>}
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th>{t('username')}</th>
              <th>{t('colName')}</th>
              <th>{t('colAgency')}</th>
              <th>{t('role')}</th>
              <th>{t('colState')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((u) => (
              <tr key={u.id} data-disabled={u.disabled}>
                <td className="mono">{u.username}</td>
                <td>{u.displayName}</td>
                <td className="strong">{u.agency}</td>
                <td>
                  <select
                    className="select select--compact"
                    value={u.role}
                    disabled={u.id === myId || u.agency !== myAgency}
                    title={
                      u.id === myId
                        ? t('ownRole')
                        : u.agency !== myAgency
                          ? t('managedBy', { agency: u.agency })
                          : t('changeRole')
                    }
                    onChange={(e) => {
                      const role = ROLES.find((r) => r === e.target.value);
                      if (role) void change(u, { role });
                    }}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {roleLabel(r)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {u.disabled ? (
                    <span className="pill pill--bad">{t('disabled')}</span>
                  ) : u.lockedUntil && Date.parse(u.lockedUntil) > Date.now() ? (
                    <span className="pill pill--warn">{t('locked')}</span>
                  ) : (
                    <span className="pill pill--ok">{t('active')}</span>
                  )}
                </td>
                <td className="table__actions">
                  {u.id !== myId && u.agency === myAgency && (
                    <button
                      type="button"
                      className={`btn btn--small${u.disabled ? '' : ' btn--danger'}`}
                      onClick={() => void change(u, { disabled: !u.disabled })}
                    >
                      {u.disabled ? t('enable') : t('disable')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CreateUserForm onCreated={users.reload} />
    </div>
  );
}
