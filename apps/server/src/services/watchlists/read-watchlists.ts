import {
  WatchlistEntryQuery,
  WatchlistQuery,
  type Watchlist,
  type WatchlistEntry,
  type WatchlistEntryChange,
  type WatchlistEntryPage,
} from '@tidewatch/contracts';
import { viewerScope } from '../../auth/actor.ts';
import type { IntelRequestContext } from '../intel-context.ts';
import { requirePermission } from '../auth/principal.ts';
import { notFound, validationError } from '../errors.ts';
import { auditRestrictedRead } from './check-releasability.ts';
import { toEntry, toEntryChange, toWatchlist } from './watchlist-dto.ts';

/** Every read goes through visibleTo: what the viewer may not read does not exist for it (REL-9). */
export async function searchWatchlists({
  ctx,
  query,
}: {
  ctx: IntelRequestContext;
  query: Record<string, string>;
}): Promise<Watchlist[]> {
  requirePermission(ctx, 'events:read');
  const parsed = WatchlistQuery.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, 'query');
  const rows = await ctx.watchlists.searchLists(viewerScope(ctx.viewer), parsed.data);
  auditRestrictedRead(ctx, 'watchlist.read', 'watchlist', rows);
  return rows.map(toWatchlist);
}

export async function getWatchlist({ ctx, id }: { ctx: IntelRequestContext; id: string }): Promise<Watchlist> {
  requirePermission(ctx, 'events:read');
  const row = await ctx.watchlists.getList(id, viewerScope(ctx.viewer));
  if (!row) throw notFound('watchlist', id);
  auditRestrictedRead(ctx, 'watchlist.read', 'watchlist', [row]);
  return toWatchlist(row);
}

/** Entries of one list (`watchlistId`) or, without it, of every live list the viewer may read. */
export async function searchEntries({
  ctx,
  watchlistId,
  query,
}: {
  ctx: IntelRequestContext;
  watchlistId?: string;
  query: Record<string, string>;
}): Promise<WatchlistEntryPage> {
  requirePermission(ctx, 'events:read');
  const parsed = WatchlistEntryQuery.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, 'query');
  const viewer = viewerScope(ctx.viewer);
  let tlpOf = (): string => 'GREEN';
  if (watchlistId) {
    const list = await ctx.watchlists.getList(watchlistId, viewer);
    if (!list) throw notFound('watchlist', watchlistId);
    tlpOf = () => list.tlp;
  }
  const page = await ctx.watchlists.searchEntries(viewer, { ...parsed.data, watchlistId });
  if (watchlistId) auditRestrictedRead(ctx, 'watchlist.entries.read', 'watchlist', [{ id: watchlistId, tlp: tlpOf() }]);
  else if (page.items.length > 0)
    ctx.audit.record({
      actor: ctx.actor,
      action: 'watchlist.entries.search',
      targetType: 'watchlist_entry',
      outcome: 'success',
      detail: { q: parsed.data.q ?? null, results: page.items.length },
    });
  return { items: page.items.map(toEntry), total: page.total };
}

export async function getEntry({
  ctx,
  watchlistId,
  entryId,
}: {
  ctx: IntelRequestContext;
  watchlistId: string;
  entryId: string;
}): Promise<WatchlistEntry> {
  requirePermission(ctx, 'events:read');
  const found = await ctx.watchlists.getEntry(entryId, viewerScope(ctx.viewer));
  if (!found || found.entry.watchlistId !== watchlistId) throw notFound('watchlist entry', entryId);
  auditRestrictedRead(ctx, 'watchlist.entry.read', 'watchlist_entry', [{ id: entryId, tlp: found.list.tlp }]);
  return toEntry(found.entry);
}

export async function entryHistory({
  ctx,
  watchlistId,
  entryId,
}: {
  ctx: IntelRequestContext;
  watchlistId: string;
  entryId: string;
}): Promise<WatchlistEntryChange[]> {
  requirePermission(ctx, 'events:read');
  const found = await ctx.watchlists.getEntry(entryId, viewerScope(ctx.viewer));
  if (!found || found.entry.watchlistId !== watchlistId) throw notFound('watchlist entry', entryId);
  auditRestrictedRead(ctx, 'watchlist.entry.read', 'watchlist_entry', [{ id: entryId, tlp: found.list.tlp }]);
  return (await ctx.watchlists.entryHistory(entryId)).map(toEntryChange);
}
