import { useState, type SubmitEvent } from 'react';
import {
  WATCHLIST_ENTRY_KINDS,
  type WatchlistEntry,
  type WatchlistEntryEdit,
  type WatchlistEntryInput,
  type WatchlistEntryKind,
} from '@tidewatch/contracts';
import { fieldErrors } from '../forms/fieldErrors.ts';
import { addEntry, editEntry } from './api.ts';
import { FormFooter } from './FormFooter.tsx';
import { useT } from '../i18n/index.ts';
import { translations } from './forms.translations.ts';

type Key = 'mmsi' | 'imo' | 'name' | 'callSign' | 'containerNumber' | 'country' | 'reason' | 'expiresAt';
const KEYS: readonly Key[] = ['mmsi', 'imo', 'name', 'callSign', 'containerNumber', 'country', 'reason', 'expiresAt'];

const FIELDS_OF: Record<WatchlistEntryKind, readonly Key[]> = {
  vessel: ['name', 'mmsi', 'imo', 'callSign', 'country'],
  container: ['containerNumber'],
  organisation: ['name', 'country'],
  person: ['name', 'country'],
};

/** Fields with an example of what to type (the catalog's `placeholder_<key>`). */
type ExampleKey = 'mmsi' | 'imo' | 'containerNumber' | 'country' | 'name';
const EXAMPLE_KEYS: readonly Key[] = ['mmsi', 'imo', 'containerNumber', 'country', 'name'];
function hasExample(key: Key): key is ExampleKey {
  return EXAMPLE_KEYS.includes(key);
}

type Draft = Record<Key, string>;

function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  return iso.slice(0, 16);
}

function draftOf(entry: WatchlistEntry | null): Draft {
  return {
    mmsi: entry?.mmsi ?? '',
    imo: entry?.imo ?? '',
    name: entry?.name ?? '',
    callSign: entry?.callSign ?? '',
    containerNumber: entry?.containerNumber ?? '',
    country: entry?.country ?? '',
    reason: entry?.reason ?? '',
    expiresAt: toLocalInput(entry?.expiresAt ?? null),
  };
}

/** A `datetime-local` value read as UTC (the dashboard shows UTC everywhere). */
function toIso(local: string): string {
  return local.length === 16 ? `${local}:00Z` : `${local}Z`;
}

interface Props {
  watchlistId: string;
  /** null to add a new entry. */
  entry: WatchlistEntry | null;
  onDone: (entry: WatchlistEntry) => void;
  onCancel: () => void;
}

/** Add or edit one entry; a 422's issues land on their fields (a container's check digit, an IMO's). */
export function EntryForm({ watchlistId, entry, onDone, onCancel }: Props) {
  const t = useT(translations);
  const [kind, setKind] = useState<WatchlistEntryKind>(entry?.kind ?? 'vessel');
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry));
  const [errors, setErrors] = useState<{ byPath: Record<string, string>; other: string[] }>({ byPath: {}, other: [] });
  const [busy, setBusy] = useState(false);
  const shown = FIELDS_OF[kind];

  const submit = async (e: SubmitEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    let result: Awaited<ReturnType<typeof addEntry>>;
    if (entry === null) {
      const input: WatchlistEntryInput = { kind, reason: draft.reason };
      for (const key of shown) if (draft[key].trim() !== '') (input as Record<string, string>)[key] = draft[key].trim();
      if (draft.expiresAt) input.expiresAt = toIso(draft.expiresAt);
      result = await addEntry(watchlistId, input);
    } else {
      const before = draftOf(entry);
      const edit: WatchlistEntryEdit = { baseVersion: entry.version };
      const record = edit as Record<string, string | number | null>;
      for (const key of [...shown, 'reason' as const]) {
        const value = draft[key].trim();
        if (value !== before[key].trim()) record[key] = value === '' && key !== 'reason' ? null : value;
      }
      if (draft.expiresAt !== before.expiresAt) edit.expiresAt = draft.expiresAt ? toIso(draft.expiresAt) : null;
      result = await editEntry(watchlistId, entry.id, edit);
    }
    setBusy(false);
    if (result.ok) {
      onDone(result.data);
      return;
    }
    if (result.issues.length > 0) setErrors(fieldErrors(result.issues, [...KEYS, 'kind']));
    else
      setErrors({
        byPath: {},
        other: [result.status === 409 ? t('entryChanged') : result.message],
      });
  };

  const field = (key: Key) => (
    <label key={key} className="field" htmlFor={`wl-entry-${key}`}>
      <span className="field__label">{t(`label_${key}`)}</span>
      <input
        id={`wl-entry-${key}`}
        className="input"
        name={key}
        type={key === 'expiresAt' ? 'datetime-local' : 'text'}
        value={draft[key]}
        placeholder={hasExample(key) ? t(`placeholder_${key}`) : undefined}
        aria-invalid={errors.byPath[key] ? 'true' : undefined}
        onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
      />
      {errors.byPath[key] && (
        <span className="field__error" data-testid={`entry-error-${key}`}>
          {errors.byPath[key]}
        </span>
      )}
    </label>
  );

  return (
    <form className="wl-form" data-testid="watchlist-entry-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3 className="wl-form__title">{entry ? t('editEntry', { kind: entry.kind }) : t('addEntry')}</h3>
      <div className="wl-form__grid">
        <label className="field" htmlFor="wl-entry-kind">
          <span className="field__label">{t('kind')}</span>
          <select
            id="wl-entry-kind"
            className="select"
            value={kind}
            disabled={entry !== null}
            onChange={(e) => setKind(e.target.value as WatchlistEntryKind)}
          >
            {WATCHLIST_ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind_${k}`)}
              </option>
            ))}
          </select>
          {errors.byPath.kind && <span className="field__error">{errors.byPath.kind}</span>}
        </label>
        {shown.map(field)}
        {field('expiresAt')}
      </div>
      <label className="field" htmlFor="wl-entry-reason">
        <span className="field__label">{t('label_reason')}</span>
        <textarea
          id="wl-entry-reason"
          className="textarea"
          rows={2}
          value={draft.reason}
          aria-invalid={errors.byPath.reason ? 'true' : undefined}
          onChange={(e) => setDraft((d) => ({ ...d, reason: e.target.value }))}
        />
        {errors.byPath.reason && <span className="field__error">{errors.byPath.reason}</span>}
      </label>
      <FormFooter
        errors={errors.other}
        submitLabel={entry ? t('saveEntry') : t('addEntry')}
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}
