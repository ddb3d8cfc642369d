import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  WATCHLIST_ENTRY_KINDS,
  type Watchlist,
  type WatchlistEntry,
  type WatchlistEntryKind,
} from '@tidewatch/contracts';
import { navigate } from '../routing/useRoute.ts';
import { useCan, useSession } from '../session/useSession.ts';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { downloadCsv } from './api.ts';
import { EntryForm } from './EntryForm.tsx';
import { EntryHistory } from './EntryHistory.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { WatchlistForm } from './WatchlistForm.tsx';
import { identifiers } from './entryText.ts';
import { shortUtc } from '../theme/format.ts';
import { useWatchlistLive } from './useWatchlistLive.ts';
import { useRetireMutations, useWatchlistEntries, useWatchlists } from './useWatchlistData.ts';
import { applyWatchlist, invalidateWatchlists } from './watchlistCache.ts';
import './watchlists.css';
import { useT } from '../i18n/index.ts';
import { translations as formTranslations } from './forms.translations.ts';
import { translations } from './translations.ts';

type Side =
  | { kind: 'none' }
  | { kind: 'new-list' }
  | { kind: 'edit-list' }
  | { kind: 'add-entry' }
  | { kind: 'edit-entry'; entry: WatchlistEntry }
  | { kind: 'history'; entry: WatchlistEntry }
  | { kind: 'import' };

/** `#/watchlists`: the lists this agency may read, their entries, and the forms to change them. */
export function WatchlistsScreen() {
  const formWords = useT(formTranslations);
  const t = useT(translations);
  const session = useSession();
  const myAgency = session.kind === 'user' ? session.user.agency : '';
  const canWrite = useCan('events:write');

  const [q, setQ] = useState('');
  const [includeRetired, setIncludeRetired] = useState(false);
  const queryClient = useQueryClient();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { lists, error: listError } = useWatchlists(q, includeRetired);

  const [entryQ, setEntryQ] = useState('');
  const [kind, setKind] = useState<WatchlistEntryKind | ''>('');
  const [showRetired, setShowRetired] = useState(false);
  const { entries, error: entryError } = useWatchlistEntries(selectedId, {
    q: entryQ,
    kind,
    includeRetired: showRetired,
  });
  const [side, setSide] = useState<Side>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  const mutations = useRetireMutations();

  // The chosen list stays chosen while it is among the answers; otherwise the first one is.
  useEffect(() => {
    if (lists === null) return;
    setSelectedId((id) => (id !== null && lists.some((w) => w.id === id) ? id : (lists[0]?.id ?? null)));
  }, [lists]);

  useWatchlistLive();
  const refresh = (): void => void invalidateWatchlists(queryClient);

  // The unfiltered page of the open list is the freshest count there is (the list's entryCount may lag).
  const countOf = (w: Watchlist): number =>
    w.id === selectedId && entries !== null && entryQ === '' && kind === '' && !showRetired
      ? entries.total
      : w.entryCount;
  const selected = useMemo(() => lists?.find((w) => w.id === selectedId) ?? null, [lists, selectedId]);
  const mayEdit = canWrite && selected !== null && selected.ownerAgency === myAgency && selected.retiredAt === null;

  const choose = useCallback((id: string) => {
    setSelectedId(id);
    setSide({ kind: 'none' });
    setNotice(null);
  }, []);

  const onRetireEntry = (entry: WatchlistEntry): void => {
    if (!window.confirm(t('confirmRetireEntry'))) return;
    mutations.retireEntry.mutate(entry, {
      onSuccess: () => setNotice(t('entryRetired')),
      onError: (error) => setNotice(error.message),
    });
  };

  const onRetireList = (): void => {
    if (!selected || !window.confirm(t('confirmRetireList', { name: selected.name }))) return;
    mutations.retireList.mutate(selected, {
      onSuccess: () => setNotice(t('listRetired')),
      onError: (error) => setNotice(error.message),
    });
  };

  return (
    <section className="wl" data-testid="watchlists-screen" aria-label={t('title')}>
      <header className="wl__header">
        <div>
          <h1 className="wl__title">{t('title')}</h1>
          <p className="wl__sub">{t('intro')}</p>
        </div>
        <button type="button" className="btn" onClick={() => navigate('#/')}>
          {t('livePicture')}
        </button>
      </header>

      <div className="wl__layout">
        <aside className="wl__lists" aria-label={t('listsAria')}>
          <div className="wl__toolbar">
            <input
              className="input"
              type="search"
              placeholder={t('searchLists')}
              aria-label={t('searchLists')}
              value={q}
              onChange={(e) => setQ(e.target.value)}
            />
          </div>
          <div className="wl__toolbar wl__toolbar--split">
            <label className="wl-check">
              <input type="checkbox" checked={includeRetired} onChange={(e) => setIncludeRetired(e.target.checked)} />{' '}
              {t('retiredToo')}
            </label>
            {canWrite && (
              <button
                type="button"
                className="btn btn--primary btn--small"
                data-testid="watchlist-new"
                onClick={() => setSide({ kind: 'new-list' })}
              >
                {t('newList')}
              </button>
            )}
          </div>
          {listError && <p className="field__error">{listError}</p>}
          {lists !== null && lists.length === 0 && (
            <p className="wl-muted">{q ? t('noListMatches') : t('noListYet')}</p>
          )}
          <ul className="wl__list-items">
            {lists?.map((w) => (
              <li key={w.id}>
                <button
                  type="button"
                  className="wl-card"
                  aria-current={w.id === selectedId}
                  data-testid="watchlist-card"
                  onClick={() => choose(w.id)}
                >
                  <span className="wl-card__name">{w.name}</span>
                  <span className="wl-card__meta">
                    <span className="wl-agency">{w.ownerAgency}</span>
                    <TlpBadge tlp={w.releasability.tlp} />
                    <span className="wl-card__count">{t('entries', { count: countOf(w) })}</span>
                    {w.retiredAt && <span className="wl-retired">{t('retired')}</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </aside>

        <div className="wl__main">
          {selected === null ? (
            <p className="wl-muted">{lists === null ? t('loading') : t('choose')}</p>
          ) : (
            <>
              <div className="wl__detail-head">
                <div className="wl__detail-title">
                  <h2>{selected.name}</h2>
                  <div className="wl-card__meta">
                    <span className="wl-agency">{selected.ownerAgency}</span>
                    <TlpBadge tlp={selected.releasability.tlp} />
                    {[...selected.releasability.recipients, ...selected.releasability.sharingGroups].map((r) => (
                      <span key={r} className="wl-tag">
                        {r}
                      </span>
                    ))}
                    <span className="wl-muted">
                      {t('byUpdated', { user: selected.createdBy, at: shortUtc(selected.updatedAt) })}
                    </span>
                    {selected.retiredAt && (
                      <span className="wl-retired">{t('retiredAt', { at: shortUtc(selected.retiredAt) })}</span>
                    )}
                  </div>
                  {selected.description && <p className="wl__desc">{selected.description}</p>}
                </div>
                <div className="wl__actions">
                  {mayEdit && (
                    <>
                      <button type="button" className="btn btn--small" onClick={() => setSide({ kind: 'edit-list' })}>
                        {t('edit')}
                      </button>
                      <button
                        type="button"
                        className="btn btn--small"
                        data-testid="watchlist-import-open"
                        onClick={() => setSide({ kind: 'import' })}
                      >
                        {t('importCsv')}
                      </button>
                    </>
                  )}
                  <button
                    type="button"
                    className="btn btn--small"
                    data-testid="watchlist-export"
                    onClick={() =>
                      void downloadCsv(selected.id, `${selected.name.replace(/[^\w-]+/g, '_')}.csv`).then(
                        (err) => err && setNotice(err),
                      )
                    }
                  >
                    {t('exportCsv')}
                  </button>
                  {mayEdit && (
                    <button type="button" className="btn btn--danger btn--small" onClick={() => onRetireList()}>
                      {t('retire')}
                    </button>
                  )}
                </div>
              </div>
              {notice && (
                <p className="wl-notice" role="status">
                  {notice}
                </p>
              )}

              <div className="wl__toolbar wl__toolbar--entries">
                <input
                  className="input"
                  type="search"
                  placeholder={t('searchEntries')}
                  aria-label={t('searchEntriesAria')}
                  value={entryQ}
                  onChange={(e) => setEntryQ(e.target.value)}
                />
                <select
                  className="select"
                  aria-label={t('entryKind')}
                  value={kind}
                  onChange={(e) => setKind(e.target.value as WatchlistEntryKind | '')}
                >
                  <option value="">{t('allKinds')}</option>
                  {WATCHLIST_ENTRY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {formWords(`kind_${k}`)}
                    </option>
                  ))}
                </select>
                <label className="wl-check">
                  <input type="checkbox" checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)} />{' '}
                  {t('retiredEntries')}
                </label>
                {mayEdit && (
                  <button
                    type="button"
                    className="btn btn--primary btn--small"
                    data-testid="watchlist-entry-add"
                    onClick={() => setSide({ kind: 'add-entry' })}
                  >
                    {t('addEntry')}
                  </button>
                )}
              </div>
              {entryError && <p className="field__error">{entryError}</p>}

              <div
                className={side.kind === 'none' || side.kind === 'new-list' ? 'wl__work' : 'wl__work wl__work--side'}
              >
                <div className="wl__table-wrap">
                  <table className="wl-table">
                    <thead>
                      <tr>
                        <th>{t('columnKind')}</th>
                        <th>{t('columnIdentifiers')}</th>
                        <th>{t('columnReason')}</th>
                        <th>{t('columnAdded')}</th>
                        <th>{t('columnExpires')}</th>
                        <th aria-label={t('columnActions')} />
                      </tr>
                    </thead>
                    <tbody>
                      {entries?.items.map((e) => (
                        <tr
                          key={e.id}
                          data-testid="watchlist-entry"
                          data-entry-id={e.id}
                          data-retired={e.retiredAt ? 'true' : undefined}
                        >
                          <td>
                            <span className="wl-kind" data-kind={e.kind}>
                              {formWords(`kind_${e.kind}`)}
                            </span>
                          </td>
                          <td>
                            <div className="wl-ids">
                              {identifiers(e).map((i) => (
                                <span key={i.key}>
                                  <span className="wl-muted">{formWords(`id_${i.key}`)}</span>{' '}
                                  <span className={i.key === 'name' ? undefined : 'mono'}>{i.value}</span>
                                </span>
                              ))}
                            </div>
                          </td>
                          <td className="wl-reason">{e.reason}</td>
                          <td>
                            <div>{e.addedBy}</div>
                            <div className="mono wl-muted">{shortUtc(e.addedAt)}</div>
                          </td>
                          <td className="mono">
                            {e.retiredAt ? <span className="wl-retired">{t('retired')}</span> : shortUtc(e.expiresAt)}
                          </td>
                          <td className="wl-row-actions">
                            <button
                              type="button"
                              className="btn btn--ghost btn--small"
                              onClick={() => setSide({ kind: 'history', entry: e })}
                            >
                              {t('historyNotes')}
                            </button>
                            {mayEdit && e.retiredAt === null && (
                              <>
                                <button
                                  type="button"
                                  className="btn btn--ghost btn--small"
                                  onClick={() => setSide({ kind: 'edit-entry', entry: e })}
                                >
                                  {t('edit')}
                                </button>
                                <button
                                  type="button"
                                  className="btn btn--ghost btn--small wl-danger"
                                  onClick={() => onRetireEntry(e)}
                                >
                                  {t('retire')}
                                </button>
                              </>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {entries !== null && entries.items.length === 0 && (
                    <p className="wl-muted wl-empty">{entryQ || kind ? t('noEntryMatches') : t('noEntryYet')}</p>
                  )}
                  {entries !== null && entries.total > entries.items.length && (
                    <p className="wl-muted wl-empty">
                      {t('showingSome', { shown: entries.items.length, total: entries.total })}
                    </p>
                  )}
                </div>
                {side.kind === 'edit-list' && (
                  <WatchlistForm
                    watchlist={selected}
                    onCancel={() => setSide({ kind: 'none' })}
                    onDone={(w) => {
                      applyWatchlist(queryClient, w);
                      setSide({ kind: 'none' });
                    }}
                  />
                )}
                {side.kind === 'add-entry' && (
                  <EntryForm
                    key="add"
                    watchlistId={selected.id}
                    entry={null}
                    onCancel={() => setSide({ kind: 'none' })}
                    onDone={() => {
                      setSide({ kind: 'none' });
                      setNotice(t('entryAdded'));
                      refresh();
                    }}
                  />
                )}
                {side.kind === 'edit-entry' && (
                  <EntryForm
                    key={side.entry.id}
                    watchlistId={selected.id}
                    entry={side.entry}
                    onCancel={() => setSide({ kind: 'none' })}
                    onDone={() => {
                      setSide({ kind: 'none' });
                      setNotice(t('entrySaved'));
                      refresh();
                    }}
                  />
                )}
                {side.kind === 'history' && (
                  <EntryHistory
                    key={side.entry.id}
                    entry={side.entry}
                    list={selected}
                    onClose={() => setSide({ kind: 'none' })}
                  />
                )}
                {side.kind === 'import' && (
                  <ImportPanel
                    watchlistId={selected.id}
                    onClose={() => setSide({ kind: 'none' })}
                    onImported={refresh}
                  />
                )}
              </div>
            </>
          )}
          {side.kind === 'new-list' && (
            <div className="wl__modal" role="dialog" aria-label={t('newListDialog')}>
              <WatchlistForm
                watchlist={null}
                onCancel={() => setSide({ kind: 'none' })}
                onDone={(w) => {
                  applyWatchlist(queryClient, w);
                  setSelectedId(w.id);
                  setSide({ kind: 'none' });
                }}
              />
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
