import { useState } from 'react';
import { addAgreementMember, removeAgreementMember } from './api.ts';
import { describeFailure } from './issues.ts';

interface Props {
  code: string;
  members: string[];
  /** Every agency code, to offer the ones not yet members. */
  agencies: string[];
  /** Editing is for active agreements, by their parties' administrators only (ADM-3). */
  editable: boolean;
  onChanged: (message: { ok: boolean; text: string }) => void;
}

/**
 * The members of one agreement, each removable (after a confirmation, since the agency loses access at once),
 * and a picker to add another agency (ADM-2).
 */
export function AgreementMembers({ code, members, agencies, editable, onChanged }: Props) {
  const [confirm, setConfirm] = useState<string | null>(null);
  const [adding, setAdding] = useState('');
  const others = agencies.filter((a) => !members.includes(a));

  const remove = async (agency: string): Promise<void> => {
    setConfirm(null);
    const res = await removeAgreementMember(code, agency);
    onChanged(
      res.ok
        ? {
            ok: true,
            text: `${agency} left ${code}; its sessions were disconnected and no longer read what ${code} carries.`,
          }
        : { ok: false, text: describeFailure(res) },
    );
  };

  const add = async (): Promise<void> => {
    if (adding === '') return;
    const res = await addAgreementMember(code, adding);
    setAdding('');
    onChanged(res.ok ? { ok: true, text: `${adding} joined ${code}.` } : { ok: false, text: describeFailure(res) });
  };

  return (
    <span className="detail__tags">
      {members.map((m) =>
        confirm === m ? (
          <span key={m} className="table__confirm">
            <button type="button" className="btn btn--small btn--danger" onClick={() => void remove(m)}>
              Remove {m} now
            </button>
            <button type="button" className="btn btn--small btn--ghost" onClick={() => setConfirm(null)}>
              Cancel
            </button>
          </span>
        ) : (
          <span key={m} className="detail__tag">
            {m}
            {editable && members.length > 2 && (
              <button
                type="button"
                className="btn btn--small btn--ghost"
                aria-label={`Remove ${m} from ${code}`}
                onClick={() => setConfirm(m)}
              >
                ×
              </button>
            )}
          </span>
        ),
      )}
      {editable && others.length > 0 && (
        <span className="table__confirm">
          <select
            className="select"
            aria-label={`Add a member to ${code}`}
            value={adding}
            onChange={(e) => setAdding(e.target.value)}
          >
            <option value="">Add…</option>
            {others.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
          <button type="button" className="btn btn--small" disabled={adding === ''} onClick={() => void add()}>
            Add
          </button>
        </span>
      )}
    </span>
  );
}
