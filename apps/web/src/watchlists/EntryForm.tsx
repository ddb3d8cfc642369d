import { useState, type FormEvent } from 'react';
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

type Key = 'mmsi' | 'imo' | 'name' | 'callSign' | 'containerNumber' | 'country' | 'reason' | 'expiresAt';
const KEYS: readonly Key[] = ['mmsi', 'imo', 'name', 'callSign', 'containerNumber', 'country', 'reason', 'expiresAt'];

const LABEL: Record<Key, string> = {
  mmsi: 'MMSI',
  imo: 'IMO number',
  name: 'Name',
  callSign: 'Call sign',
  containerNumber: 'Container number (ISO 6346)',
  country: 'Country (ISO alpha-2)',
  reason: 'Reason',
  expiresAt: 'Expires (UTC, optional)',
};

const FIELDS_OF: Record<WatchlistEntryKind, readonly Key[]> = {
  vessel: ['name', 'mmsi', 'imo', 'callSign', 'country'],
  container: ['containerNumber'],
  organisation: ['name', 'country'],
  person: ['name', 'country'],
};

const PLACEHOLDER: Partial<Record<Key, string>> = {
  mmsi: '9 digits, e.g. 339123456',
  imo: '7 digits, e.g. 9074729',
  containerNumber: 'e.g. MSCU 123456-5',
  country: 'e.g. JM',
  name: 'as it appears on documents',
};

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
  const [kind, setKind] = useState<WatchlistEntryKind>(entry?.kind ?? 'vessel');
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry));
  const [errors, setErrors] = useState<{ byPath: Record<string, string>; other: string[] }>({ byPath: {}, other: [] });
  const [busy, setBusy] = useState(false);
  const shown = FIELDS_OF[kind];

  const submit = async (e: FormEvent): Promise<void> => {
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
        other: [
          result.status === 409 ? 'Someone else changed this entry meanwhile; close and reopen it.' : result.message,
        ],
      });
  };

  const field = (key: Key) => (
    <label key={key} className="field" htmlFor={`wl-entry-${key}`}>
      <span className="field__label">{LABEL[key]}</span>
      <input
        id={`wl-entry-${key}`}
        className="input"
        name={key}
        type={key === 'expiresAt' ? 'datetime-local' : 'text'}
        value={draft[key]}
        placeholder={PLACEHOLDER[key]}
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
      <h3 className="wl-form__title">{entry ? `Edit ${entry.kind} entry` : 'Add entry'}</h3>
      <div className="wl-form__grid">
        <label className="field" htmlFor="wl-entry-kind">
          <span className="field__label">Kind</span>
          <select
            id="wl-entry-kind"
            className="select"
            value={kind}
            disabled={entry !== null}
            onChange={(e) => setKind(e.target.value as WatchlistEntryKind)}
          >
            {WATCHLIST_ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
          {errors.byPath.kind && <span className="field__error">{errors.byPath.kind}</span>}
        </label>
        {shown.map(field)}
        {field('expiresAt')}
      </div>
      <label className="field" htmlFor="wl-entry-reason">
        <span className="field__label">{LABEL.reason}</span>
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
        submitLabel={entry ? 'Save entry' : 'Add entry'}
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}
