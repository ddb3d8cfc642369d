import { useState, type SubmitEvent } from 'react';
import type { Releasability, Watchlist } from '@tidewatch/contracts';
import { useSession } from '../session/useSession.ts';
import { fieldErrors, under } from '../forms/fieldErrors.ts';
import { ReleasabilityChooser } from '../releasability/ReleasabilityChooser.tsx';
import { useDirectory } from '../releasability/directory.ts';
import { defaultReleasability } from '../releasability/reach.ts';
import { createWatchlist, editWatchlist } from './api.ts';
import { FormFooter } from './FormFooter.tsx';
import { useT } from '../i18n/index.ts';
import { translations } from './forms.translations.ts';

interface Props {
  watchlist: Watchlist | null;
  onDone: (watchlist: Watchlist) => void;
  onCancel: () => void;
}

/** Create a watchlist or edit its name, reason and releasability (the chooser the event form uses). */
export function WatchlistForm({ watchlist, onDone, onCancel }: Props) {
  const session = useSession();
  const t = useT(translations);
  const ownAgency = session.kind === 'user' ? session.user.agency : '';
  const myGroups = session.kind === 'user' ? session.groups : [];
  const directory = useDirectory();
  const [name, setName] = useState(watchlist?.name ?? '');
  const [description, setDescription] = useState(watchlist?.description ?? '');
  const [releasability, setReleasability] = useState<Releasability>(() =>
    watchlist ? { ...watchlist.releasability } : defaultReleasability(myGroups),
  );
  const [errors, setErrors] = useState<{ byPath: Record<string, string>; other: string[] }>({ byPath: {}, other: [] });
  const [busy, setBusy] = useState(false);

  const submit = async (e: SubmitEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    const result = watchlist
      ? await editWatchlist(watchlist.id, { name, description, releasability, baseVersion: watchlist.version })
      : await createWatchlist({ name, description, releasability });
    setBusy(false);
    if (result.ok) onDone(result.data);
    else if (result.issues.length > 0)
      setErrors(
        fieldErrors(result.issues, [
          'name',
          'description',
          'releasability.tlp',
          'releasability.recipients',
          'releasability.sharingGroups',
        ]),
      );
    else
      setErrors({
        byPath: {},
        other: [result.status === 409 ? t('listChanged') : result.message],
      });
  };

  return (
    <form className="wl-form" data-testid="watchlist-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3 className="wl-form__title">{watchlist ? t('editList', { name: watchlist.name }) : t('newList')}</h3>
      <label className="field" htmlFor="wl-name">
        <span className="field__label">{t('listName')}</span>
        <input
          id="wl-name"
          className="input"
          value={name}
          aria-invalid={errors.byPath.name ? 'true' : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {errors.byPath.name && <span className="field__error">{errors.byPath.name}</span>}
      </label>
      <label className="field" htmlFor="wl-description">
        <span className="field__label">{t('listDescription')}</span>
        <textarea
          id="wl-description"
          className="textarea"
          rows={2}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        {errors.byPath.description && <span className="field__error">{errors.byPath.description}</span>}
      </label>
      <ReleasabilityChooser
        value={releasability}
        onChange={setReleasability}
        ownAgency={ownAgency}
        myGroups={myGroups}
        directory={directory}
        errors={under(errors.byPath, 'releasability')}
        idPrefix="watchlist"
      />
      <FormFooter
        errors={errors.other}
        submitLabel={watchlist ? t('save') : t('createList')}
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}
