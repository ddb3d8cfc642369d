import { useState } from 'react';
import { TRIAGE_STATUSES, type IntelEvent, type TriageStatus } from '@tidewatch/contracts';
import { useSession } from '../session/useSession.ts';
import { liveStore } from '../live/store.ts';
import { currentFromConflict, triageEvent, type TriageChange } from './api.ts';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/index.ts';
import { useVocabulary } from '../theme/vocabulary.ts';
import { assigneeInSentence, assigneeLabel, describeChange } from './describeTriage.ts';
import { translations } from './translations.ts';
import { triageAuthority } from './triageAuthority.ts';
import './triage.css';

interface Conflict {
  current: IntelEvent;
  mine: TriageChange;
}

/**
 * Status and assignee under optimistic concurrency: each change names the version it was based on; if
 * someone got there first the user sees what they did and decides whether to apply theirs again.
 */
export function TriageControls({ event }: { event: IntelEvent }) {
  const session = useSession();
  const myId = session.kind === 'user' ? session.user.id : null;
  const t = useT(translations);
  const intl = useIntl();
  const vocabulary = useVocabulary();
  const authority = triageAuthority(session, event.ownerAgency);
  const mayTriage = authority.may;
  const [override, setOverride] = useState<IntelEvent | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The newest copy we know: the live store's, or the one a PATCH just returned.
  const shown = override && override.version > event.version ? override : event;

  const change = async (mine: TriageChange, base: number): Promise<void> => {
    setBusy(true);
    setError(null);
    setConflict(null);
    const res = await triageEvent(shown.id, mine, base);
    setBusy(false);
    if (res.ok) {
      liveStore.applyUpdate(res.data);
      setOverride(res.data);
      return;
    }
    const current = res.status === 409 ? currentFromConflict(res.detail) : null;
    if (current) {
      liveStore.applyUpdate(current);
      setOverride(current);
      setConflict({ current, mine });
      return;
    }
    setError(res.issues[0]?.message ?? res.message);
  };

  return (
    <section className="detail__section triage" aria-label={t('triage')}>
      <h3 className="detail__section-title">{t('triage')}</h3>
      <div className="triage__row">
        <label className="field triage__status">
          <span className="field__label">{t('status')}</span>
          <select
            className="select"
            data-testid="triage-status"
            data-version={shown.version}
            value={shown.status}
            disabled={!mayTriage || busy}
            onChange={(e) => {
              const status = TRIAGE_STATUSES.find((s) => s === e.target.value);
              if (status) void change({ status }, shown.version);
            }}
          >
            {TRIAGE_STATUSES.map((s: TriageStatus) => (
              <option key={s} value={s}>
                {vocabulary.status(s)}
              </option>
            ))}
          </select>
        </label>
        <div className="field triage__assignee">
          <span className="field__label">{t('assignee')}</span>
          <div className="triage__assignee-row">
            <span className="triage__who" data-testid="triage-assignee">
              {assigneeLabel(t, shown.assigneeId, myId)}
            </span>
            {mayTriage && myId !== null && shown.assigneeId !== myId && (
              <button
                type="button"
                className="btn btn--small"
                disabled={busy}
                onClick={() => void change({ assigneeId: myId }, shown.version)}
              >
                {t('assignToMe')}
              </button>
            )}
            {mayTriage && shown.assigneeId !== null && (
              <button
                type="button"
                className="btn btn--small btn--ghost"
                disabled={busy}
                onClick={() => void change({ assigneeId: null }, shown.version)}
              >
                {t('unassign')}
              </button>
            )}
          </div>
        </div>
      </div>
      {authority.may === false && authority.keptBy !== null && (
        <p className="triage__note" data-testid="triage-owner-only">
          {t('keptBy', { agency: authority.keptBy })}
        </p>
      )}
      <p className="triage__version">{t('revision', { version: shown.version })}</p>
      {conflict && (
        <div className="conflict" role="alert" data-testid="triage-conflict">
          <p className="conflict__title">
            {/* Rich text: the status is emphasised wherever the language puts it in the sentence. */}
            {intl.formatMessage(
              { id: `${translations.namespace}.conflict`, defaultMessage: translations.messages.en.conflict },
              {
                strong: (chunks) => <strong>{chunks}</strong>,
                status: vocabulary.status(conflict.current.status),
                assignee: assigneeInSentence(t, conflict.current.assigneeId, myId),
                change: describeChange(t, conflict.mine, myId, vocabulary.status),
              },
            )}
          </p>
          <div className="note-form__buttons">
            <button type="button" className="btn" onClick={() => setConflict(null)}>
              {t('keepCurrent')}
            </button>
            <button
              type="button"
              className="btn btn--primary"
              disabled={busy}
              onClick={() => void change(conflict.mine, conflict.current.version)}
            >
              {t('applyMine')}
            </button>
          </div>
        </div>
      )}
      {error && <p className="form-error">{error}</p>}
    </section>
  );
}
