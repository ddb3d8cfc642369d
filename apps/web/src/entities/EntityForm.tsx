import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  ENTITY_KINDS,
  FIREARM_TYPES,
  IDENTIFIER_TYPES,
  SERIAL_STATES,
  type Entity,
  type EntityKind,
  type FirearmType,
  type IdentifierType,
  type Releasability,
  type SerialState,
} from '@tidewatch/contracts';
import { useT } from '../i18n/index.ts';
import { useSession } from '../session/useSession.ts';
import { fieldErrors, under } from '../forms/fieldErrors.ts';
import { ReleasabilityChooser } from '../releasability/ReleasabilityChooser.tsx';
import { useDirectory } from '../releasability/directory.ts';
import { defaultReleasability } from '../releasability/reach.ts';
import { createEntity } from './api.ts';
import { entityKeys } from './useEntityData.ts';
import { translations } from './translations.ts';

interface Props {
  /** Recorded with this event: the new entity is linked to it (`recovered_in` for a firearm). */
  eventId?: string;
  onDone: (entity: Entity) => void;
  onCancel: () => void;
}

const FIELDS = ['kind', 'name', 'aliases', 'identifiers', 'dateOfBirth', 'firearm', 'notes', 'eventId'];
const RELEASABILITY = ['releasability.tlp', 'releasability.recipients', 'releasability.sharingGroups'];

/** ENT-1, FIRE-1: record an entity under the label the user chooses; 422 issues show beside their field. */
export function EntityForm({ eventId, onDone, onCancel }: Props) {
  const t = useT(translations);
  const session = useSession();
  const ownAgency = session.kind === 'user' ? session.user.agency : '';
  const myGroups = session.kind === 'user' ? session.groups : [];
  const directory = useDirectory();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<EntityKind>('person');
  const [name, setName] = useState('');
  const [aliases, setAliases] = useState('');
  const [identifiers, setIdentifiers] = useState<{ type: IdentifierType; value: string }[]>([]);
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [firearm, setFirearm] = useState({
    make: '',
    model: '',
    type: 'pistol' as FirearmType,
    calibre: '',
    serial: '',
    serialState: 'intact' as SerialState,
    countryOfManufacture: '',
    importerMark: '',
  });
  const [releasability, setReleasability] = useState<Releasability>(() => defaultReleasability(myGroups));
  const [errors, setErrors] = useState<{ byPath: Record<string, string>; other: string[] }>({ byPath: {}, other: [] });
  const [busy, setBusy] = useState(false);

  const submit = async (e: { preventDefault(): void }): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    const result = await createEntity({
      kind,
      name,
      aliases: aliases
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a !== ''),
      identifiers: identifiers.filter((i) => i.value.trim() !== ''),
      ...(kind === 'person' && dateOfBirth !== '' ? { dateOfBirth } : {}),
      ...(kind === 'firearm'
        ? {
            firearm: {
              make: firearm.make,
              model: firearm.model,
              type: firearm.type,
              calibre: firearm.calibre,
              serial: firearm.serial,
              serialState: firearm.serialState,
              ...(firearm.countryOfManufacture !== ''
                ? { countryOfManufacture: firearm.countryOfManufacture.toUpperCase() }
                : {}),
              ...(firearm.importerMark !== '' ? { importerMark: firearm.importerMark } : {}),
            },
          }
        : {}),
      ...(eventId ? { eventId } : {}),
      releasability,
    });
    setBusy(false);
    if (result.ok) {
      await queryClient.invalidateQueries({ queryKey: entityKeys.all });
      onDone(result.data);
    } else if (result.issues.length > 0) setErrors(fieldErrors(result.issues, [...FIELDS, ...RELEASABILITY]));
    else setErrors({ byPath: {}, other: [result.message] });
  };

  const error = (path: string) => {
    const message = Object.entries(errors.byPath).find(([p]) => p === path || p.startsWith(`${path}.`))?.[1];
    return message ? <span className="field__error">{message}</span> : null;
  };
  const setFirearmField = (field: keyof typeof firearm, value: string) => setFirearm({ ...firearm, [field]: value });

  return (
    <form className="ent-form" data-testid="entity-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="ent-form__row">
        <label className="field" htmlFor="ent-kind">
          <span className="field__label">{t('type')}</span>
          <select id="ent-kind" className="input" value={kind} onChange={(e) => setKind(e.target.value as EntityKind)}>
            {ENTITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t('kind', { kind: k })}
              </option>
            ))}
          </select>
        </label>
        <label className="field ent-form__grow" htmlFor="ent-name">
          <span className="field__label">{t('name')}</span>
          <input id="ent-name" className="input" value={name} onChange={(e) => setName(e.target.value)} />
          {error('name')}
        </label>
      </div>
      <label className="field" htmlFor="ent-aliases">
        <span className="field__label">{t('aliases')}</span>
        <input
          id="ent-aliases"
          className="input"
          value={aliases}
          placeholder={t('aliasesHint')}
          onChange={(e) => setAliases(e.target.value)}
        />
      </label>
      {kind === 'person' && (
        <label className="field" htmlFor="ent-dob">
          <span className="field__label">{t('dateOfBirth')}</span>
          <input
            id="ent-dob"
            className="input"
            type="date"
            value={dateOfBirth}
            onChange={(e) => setDateOfBirth(e.target.value)}
          />
          {error('dateOfBirth')}
        </label>
      )}
      {kind === 'firearm' && (
        <fieldset className="ent-form__group">
          <legend className="field__label">{t('firearm')}</legend>
          <div className="ent-form__grid">
            <label className="field" htmlFor="ent-make">
              <span className="field__label">{t('make')}</span>
              <input
                id="ent-make"
                className="input"
                value={firearm.make}
                onChange={(e) => setFirearmField('make', e.target.value)}
              />
            </label>
            <label className="field" htmlFor="ent-model">
              <span className="field__label">{t('model')}</span>
              <input
                id="ent-model"
                className="input"
                value={firearm.model}
                onChange={(e) => setFirearmField('model', e.target.value)}
              />
            </label>
            <label className="field" htmlFor="ent-ftype">
              <span className="field__label">{t('type')}</span>
              <select
                id="ent-ftype"
                className="input"
                value={firearm.type}
                onChange={(e) => setFirearmField('type', e.target.value)}
              >
                {FIREARM_TYPES.map((f) => (
                  <option key={f} value={f}>
                    {t('firearmType', { type: f })}
                  </option>
                ))}
              </select>
            </label>
            <label className="field" htmlFor="ent-calibre">
              <span className="field__label">{t('calibre')}</span>
              <input
                id="ent-calibre"
                className="input"
                value={firearm.calibre}
                onChange={(e) => setFirearmField('calibre', e.target.value)}
              />
            </label>
            <label className="field" htmlFor="ent-serial">
              <span className="field__label">{t('serial')}</span>
              <input
                id="ent-serial"
                className="input mono"
                value={firearm.serial}
                onChange={(e) => setFirearmField('serial', e.target.value)}
              />
            </label>
            <label className="field" htmlFor="ent-serial-state">
              <span className="field__label">{t('serialStateLabel')}</span>
              <select
                id="ent-serial-state"
                className="input"
                value={firearm.serialState}
                onChange={(e) => setFirearmField('serialState', e.target.value)}
              >
                {SERIAL_STATES.map((s) => (
                  <option key={s} value={s}>
                    {t('serialState', { state: s })}
                  </option>
                ))}
              </select>
            </label>
            <label className="field" htmlFor="ent-country">
              <span className="field__label">{t('countryOfManufacture')}</span>
              <input
                id="ent-country"
                className="input"
                maxLength={2}
                value={firearm.countryOfManufacture}
                onChange={(e) => setFirearmField('countryOfManufacture', e.target.value)}
              />
            </label>
            <label className="field" htmlFor="ent-importer">
              <span className="field__label">{t('importerMark')}</span>
              <input
                id="ent-importer"
                className="input"
                value={firearm.importerMark}
                onChange={(e) => setFirearmField('importerMark', e.target.value)}
              />
            </label>
          </div>
          {error('firearm')}
        </fieldset>
      )}
      <fieldset className="ent-form__group">
        <legend className="field__label">{t('identifiers')}</legend>
        {identifiers.map((identifier, index) => (
          // Rows have no identity of their own but their place; they are only appended and removed.
          <div className="ent-form__row" key={index}>
            <select
              className="input"
              aria-label={t('type')}
              value={identifier.type}
              onChange={(e) =>
                setIdentifiers(
                  identifiers.map((x, i) => (i === index ? { ...x, type: e.target.value as IdentifierType } : x)),
                )
              }
            >
              {IDENTIFIER_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t('identifierType', { type })}
                </option>
              ))}
            </select>
            <input
              className="input mono ent-form__grow"
              aria-label={t('value')}
              value={identifier.value}
              onChange={(e) =>
                setIdentifiers(identifiers.map((x, i) => (i === index ? { ...x, value: e.target.value } : x)))
              }
            />
            <button
              type="button"
              className="btn"
              onClick={() => setIdentifiers(identifiers.filter((_, i) => i !== index))}
            >
              {t('removeIdentifier')}
            </button>
            {error(`identifiers.${index}`)}
          </div>
        ))}
        <button
          type="button"
          className="btn"
          onClick={() => setIdentifiers([...identifiers, { type: 'passport', value: '' }])}
        >
          {t('addIdentifier')}
        </button>
      </fieldset>
      <ReleasabilityChooser
        value={releasability}
        onChange={setReleasability}
        ownAgency={ownAgency}
        myGroups={myGroups}
        directory={directory}
        errors={under(errors.byPath, 'releasability')}
        idPrefix="entity"
      />
      {errors.other.map((message) => (
        <p key={message} className="field__error">
          {message}
        </p>
      ))}
      <div className="ent-form__footer">
        <button type="button" className="btn" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy} data-testid="entity-create">
          {busy ? t('saving') : t('create')}
        </button>
      </div>
    </form>
  );
}
