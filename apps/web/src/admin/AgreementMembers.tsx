import { useState } from 'react';
import { useT } from '../i18n/index.ts';
import { addAgreementMember, removeAgreementMember } from './api.ts';
import { describeFailure } from './issues.ts';
import { translations as admin } from './translations.ts';
import { translations } from './agreements.translations.ts';

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
  const t = useT(translations);
  const common = useT(admin);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [adding, setAdding] = useState('');
  const others = agencies.filter((a) => !members.includes(a));

  const remove = async (agency: string): Promise<void> => {
    setConfirm(null);
    const res = await removeAgreementMember(code, agency);
    onChanged(
      res.ok ? { ok: true, text: t('memberLeft', { agency, code }) } : { ok: false, text: describeFailure(res) },
    );
  };

  const add = async (): Promise<void> => {
    if (adding === '') return;
    const res = await addAgreementMember(code, adding);
    setAdding('');
    onChanged(
      res.ok
        ? { ok: true, text: t('memberJoined', { agency: adding, code }) }
        : { ok: false, text: describeFailure(res) },
    );
  };

  return (
    <span className="detail__tags">
      {members.map((m) =>
        confirm === m ? (
          <span key={m} className="table__confirm">
            <button type="button" className="btn btn--small btn--danger" onClick={() => void remove(m)}>
              {t('removeNow', { agency: m })}
            </button>
            <button type="button" className="btn btn--small btn--ghost" onClick={() => setConfirm(null)}>
              {common('cancel')}
            </button>
          </span>
        ) : (
          <span key={m} className="detail__tag">
            {m}
            {editable && members.length > 2 && (
              <button
                type="button"
                className="btn btn--small btn--ghost"
                aria-label={t('removeFrom', { agency: m, code })}
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
            aria-label={t('addTo', { code })}
            value={adding}
            onChange={(e) => setAdding(e.target.value)}
          >
            <option value="">{t('addChoose')}</option>
            {others.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
          <button type="button" className="btn btn--small" disabled={adding === ''} onClick={() => void add()}>
            {t('add')}
          </button>
        </span>
      )}
    </span>
  );
}
