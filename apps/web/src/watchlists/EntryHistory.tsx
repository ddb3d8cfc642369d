import { useEffect, useState } from 'react';
import type { Watchlist, WatchlistEntry, WatchlistEntryChange } from '@tidewatch/contracts';
import { AnnotationThread } from '../annotations/index.ts';
import { fetchEntryHistory } from './api.ts';
import { identifiers } from './entryText.ts';
import { shortUtc } from '../theme/format.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './forms.translations.ts';

/** Every change of one entry, newest first, each with the entry as it was after it; and the analysts' notes on it. */
export function EntryHistory({
  entry,
  list,
  onClose,
}: {
  entry: WatchlistEntry;
  list: Watchlist | null;
  onClose: () => void;
}) {
  const t = useT(translations);
  const [changes, setChanges] = useState<WatchlistEntryChange[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void fetchEntryHistory(entry.watchlistId, entry.id).then((res) => {
      if (!live) return;
      if (res.ok) setChanges([...res.data].sort((a, b) => b.version - a.version));
      else setError(res.message);
    });
    return () => {
      live = false;
    };
  }, [entry.watchlistId, entry.id, entry.version]);
  return (
    <section className="wl-form wl-history" aria-label={t('entryHistory')} data-testid="watchlist-entry-history">
      <div className="wl-history__head">
        <h3 className="wl-form__title">
          {t('historyOf', { what: identifiers(entry)[0]?.value ?? t(`kind_${entry.kind}`) })}
        </h3>
        <button type="button" className="btn btn--ghost btn--small" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {error && <p className="field__error">{error}</p>}
      {changes === null && !error && <p className="field__hint">{t('loading')}</p>}
      <ol className="wl-history__list">
        {changes?.map((c) => (
          <li key={c.version} className="wl-history__item">
            <div className="wl-history__meta">
              <span className="wl-change" data-change={c.change}>
                {t(`change_${c.change}`)}
              </span>
              <span className="mono">{t('version', { version: c.version })}</span>
              <span>{c.by}</span>
              <span className="mono wl-muted">{shortUtc(c.at)}</span>
            </div>
            <div className="wl-history__state">
              {identifiers(c.entry).map((i) => (
                <span key={i.key}>
                  <span className="wl-muted">{t(`id_${i.key}`)}</span> <span className="mono">{i.value}</span>
                </span>
              ))}
              <span>
                <span className="wl-muted">{t('reason')}</span> {c.entry.reason}
              </span>
              {c.entry.expiresAt && (
                <span>
                  <span className="wl-muted">{t('expires')}</span>{' '}
                  <span className="mono">{shortUtc(c.entry.expiresAt)}</span>
                </span>
              )}
            </div>
          </li>
        ))}
      </ol>
      <AnnotationThread targetType="watchlist_entry" targetId={entry.id} target={list} />
    </section>
  );
}
