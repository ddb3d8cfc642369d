import { useState, type SubmitEvent } from 'react';
import type { Position } from '@tidewatch/contracts';
import { useSession } from '../session/useSession.ts';
import { useDirectory } from '../releasability/directory.ts';
import { defaultReleasability } from '../releasability/reach.ts';
import { ReleasabilityChooser } from '../releasability/ReleasabilityChooser.tsx';
import { fieldErrors, under } from '../forms/fieldErrors.ts';
import { initialDraft, toEventInput, type Draft } from './draft.ts';
import { submitEvent } from './api.ts';
import { EventFields } from './EventFields.tsx';
import { PositionFields } from './PositionFields.tsx';
import { SeizureFields } from './SeizureFields.tsx';
import './newEvent.css';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

interface Props {
  picked: Position | null;
  picking: boolean;
  onPickOnMap: () => void;
  onPositionChange: (position: Position | null) => void;
  onClose: () => void;
}

const KNOWN_PATHS = [
  'kind',
  'title',
  'summary',
  'occurredAt',
  'reportedAt',
  'position.lat',
  'position.lon',
  'position',
  'place',
  'severity',
  'grading',
  'seizure.commodity',
  'seizure.quantity',
  'seizure.unit',
  'seizure.estimatedValueUsd',
  'seizure.hsCode',
  'seizure',
  'releasability.tlp',
  'releasability.recipients',
  'releasability.sharingGroups',
  'releasability',
  'ownerAgency',
];

/** Report a new event for the user's own agency (AUTH-1), with who may read it. */
export function NewEventPanel({ picked, picking, onPickOnMap, onPositionChange, onClose }: Props) {
  const session = useSession();
  const t = useT(translations);
  const ownAgency = session.kind === 'user' ? session.user.agency : '';
  const myGroups = session.kind === 'user' ? session.groups : [];
  const directory = useDirectory();
  const [draft, setDraft] = useState<Draft>(() => initialDraft(Date.now(), defaultReleasability(myGroups)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<number | null>(null);
  const set = (patch: Partial<Draft>): void => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (e: SubmitEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    const built = toEventInput(draft, ownAgency);
    setErrors(built.errors);
    setOther([]);
    if (Object.keys(built.errors).length > 0) return;
    setBusy(true);
    const res = await submitEvent(built.input);
    setBusy(false);
    if (res.ok) {
      setCreated(res.data.seq);
      setDraft(initialDraft(Date.now(), draft.releasability));
      onPositionChange(null);
      return;
    }
    const found = fieldErrors(res.issues, KNOWN_PATHS);
    setErrors(found.byPath);
    setOther(
      res.issues.length > 0
        ? found.other
        : [res.status === 403 ? t('notAllowed', { reason: res.message }) : res.message],
    );
  };

  return (
    <aside className="detail ne" data-testid="new-event" data-map-inset="right" aria-label={t('newEvent')}>
      <header className="detail__header">
        <h2 className="ne__title">{t('heading', { agency: ownAgency })}</h2>
        <button
          type="button"
          className="detail__close"
          onClick={onClose}
          aria-label={t('closeForm')}
          title={t('close')}
        >
          ×
        </button>
      </header>
      <form className="ne__wrap" onSubmit={(e) => void submit(e)} noValidate>
        <div className="detail__body ne__form">
          {created !== null && (
            <p className="form-ok" role="status" data-testid="new-event-created">
              {t('created', { seq: created })}
            </p>
          )}
          <EventFields draft={draft} set={set} errors={errors} />
          <PositionFields
            lat={draft.lat}
            lon={draft.lon}
            onText={(lat, lon) => set({ lat, lon })}
            picked={picked}
            picking={picking}
            onPickOnMap={onPickOnMap}
            onPositionChange={onPositionChange}
            errors={errors}
          />
          <label className="field">
            <span className="field__label">{t('place')}</span>
            <input
              className="input"
              value={draft.place}
              onChange={(e) => set({ place: e.target.value })}
              placeholder={t('placePlaceholder')}
            />
            {errors.place && <span className="field__error">{errors.place}</span>}
          </label>
          {draft.kind === 'seizure' && <SeizureFields draft={draft} set={set} errors={errors} />}
          <ReleasabilityChooser
            idPrefix="new-event"
            value={draft.releasability}
            onChange={(releasability) => set({ releasability })}
            ownAgency={ownAgency}
            myGroups={myGroups}
            directory={directory}
            errors={under(errors, 'releasability')}
          />
          {(other.length > 0 || errors.releasability || errors.ownerAgency) && (
            <p className="form-error" data-testid="new-event-error">
              {[errors.releasability, errors.ownerAgency, ...other].filter(Boolean).join('; ')}
            </p>
          )}
        </div>
        <footer className="ne__footer">
          <button type="button" className="btn btn--ghost" onClick={onClose}>
            {t('close')}
          </button>
          <button type="submit" className="btn btn--primary" data-testid="new-event-submit" disabled={busy}>
            {busy ? t('submitting') : t('submit')}
          </button>
        </footer>
      </form>
    </aside>
  );
}
