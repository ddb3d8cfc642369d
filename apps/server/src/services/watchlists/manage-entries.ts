import {
  RetireInput,
  WatchlistEntryEdit,
  WatchlistEntryInput,
  type ParsedWatchlistEntryInput,
  type WatchlistEntry,
} from '@tidewatch/contracts';
import type { NewWatchlistEntryRow, WatchlistRow } from '@tidewatch/db';
import { entryIdentityKey } from '@tidewatch/domain';
import { viewerScope } from '../../auth/actor.ts';
import { actorLabel, type IntelRequestContext } from '../intel-context.ts';
import { requirePermission } from '../auth/principal.ts';
import { ServiceError, forbidden, notFound, validationError } from '../errors.ts';
import { toEntry, toWatchlist } from './watchlist-dto.ts';

/** The live list `id`, readable by the actor and owned by its agency (404 when unreadable, 403 when not its own). */
export async function ownedList(ctx: IntelRequestContext, id: string): Promise<WatchlistRow & { entryCount: number }> {
  const list = await ctx.watchlists.getList(id, viewerScope(ctx.viewer));
  if (!list) throw notFound('watchlist', id);
  if (list.ownerAgency !== ctx.actor.agency) throw forbidden(`only ${list.ownerAgency} changes this watchlist`);
  if (list.retiredAt !== null) throw new ServiceError('conflict', `watchlist ${id} is retired`);
  return list;
}

export function entryRow(
  input: ParsedWatchlistEntryInput,
  watchlistId: string,
  by: string,
  at: string,
): NewWatchlistEntryRow {
  return {
    watchlistId,
    kind: input.kind,
    mmsi: input.mmsi ?? null,
    imo: input.imo ?? null,
    name: input.name ?? null,
    callSign: input.callSign?.toUpperCase() ?? null,
    containerNumber: input.containerNumber ?? null,
    country: input.country ?? null,
    reason: input.reason,
    addedBy: by,
    addedAt: at,
    expiresAt: input.expiresAt ? new Date(input.expiresAt).toISOString() : null,
    updatedAt: at,
  };
}

/** Adds one entry; an entry identical to a live one of the list (kind and normalised identifiers) is a 409 naming it. */
export async function addEntry({
  ctx,
  watchlistId,
  input,
}: {
  ctx: IntelRequestContext;
  watchlistId: string;
  input: unknown;
}): Promise<WatchlistEntry> {
  requirePermission(ctx, 'events:write');
  const list = await ownedList(ctx, watchlistId);
  const parsed = WatchlistEntryInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'watchlist entry');
  const at = ctx.clock.now().toISOString();
  const { created, duplicates } = await ctx.watchlists.insertNewEntries(
    list.id,
    [entryRow(parsed.data, list.id, actorLabel(ctx), at)],
    entryIdentityKey,
    'create',
    actorLabel(ctx),
    at,
  );
  const existing = duplicates[0]?.entryId;
  if (existing !== undefined) {
    throw new ServiceError(
      'conflict',
      `watchlist ${list.id} already has this ${parsed.data.kind} as entry ${existing}`,
      [],
      { existingEntryId: existing },
    );
  }
  const [row] = created;
  if (!row) throw new Error('entry insert returned nothing');
  ctx.matcher.apply(row, list);
  const entry = toEntry(row);
  ctx.audit.record({
    actor: ctx.actor,
    action: 'watchlist.entry.create',
    targetType: 'watchlist_entry',
    targetId: row.id,
    outcome: 'success',
    detail: { watchlistId: list.id, kind: row.kind },
  });
  ctx.intelRealtime.entryChanged(entry, toWatchlist({ ...list, entryCount: list.entryCount + 1 }));
  return entry;
}

/** The fields that make an entry's identity (entryIdentityKey), named when an edit duplicates another entry. */
const IDENTITY_FIELDS = ['mmsi', 'imo', 'name', 'callSign', 'containerNumber', 'country'] as const;

/** Edits or retires an entry (optimistic concurrency); every version is kept in the entry's history. */
export async function changeEntry({
  ctx,
  watchlistId,
  entryId,
  input,
  retire = false,
}: {
  ctx: IntelRequestContext;
  watchlistId: string;
  entryId: string;
  input: unknown;
  retire?: boolean;
}): Promise<WatchlistEntry> {
  requirePermission(ctx, 'events:write');
  const viewer = viewerScope(ctx.viewer);
  const found = await ctx.watchlists.getEntry(entryId, viewer);
  if (!found || found.entry.watchlistId !== watchlistId) throw notFound('watchlist entry', entryId);
  const list = await ownedList(ctx, watchlistId);
  const at = ctx.clock.now().toISOString();
  let baseVersion: number;
  let patch: Parameters<typeof ctx.watchlists.changeEntry>[4];
  if (retire) {
    const parsed = RetireInput.safeParse(input ?? {});
    if (!parsed.success) throw validationError(parsed.error, 'retirement');
    baseVersion = parsed.data.baseVersion;
    patch = { retiredAt: at };
  } else {
    const parsed = WatchlistEntryEdit.safeParse(input);
    if (!parsed.success) throw validationError(parsed.error, 'watchlist entry edit');
    const { baseVersion: base, expiresAt, callSign, ...rest } = parsed.data;
    baseVersion = base;
    patch = {
      ...rest,
      ...(callSign === undefined ? {} : { callSign: callSign?.toUpperCase() ?? null }),
      ...(expiresAt === undefined ? {} : { expiresAt: expiresAt === null ? null : new Date(expiresAt).toISOString() }),
    };
    // The kind's rules still hold after the edit (a vessel keeps an identifier, a container its number).
    const merged = { ...toEntry(found.entry), ...patch };
    const check = WatchlistEntryInput.safeParse(
      Object.fromEntries(
        Object.entries({
          kind: merged.kind,
          mmsi: merged.mmsi,
          imo: merged.imo,
          name: merged.name,
          callSign: merged.callSign,
          containerNumber: merged.containerNumber,
          country: merged.country,
          reason: merged.reason,
        }).filter(([, v]) => v !== null),
      ),
    );
    if (!check.success) throw validationError(check.error, 'watchlist entry edit');
  }
  // Only an edit of an identifier can make a duplicate (a reason or expiry edit leaves an old pair alone).
  const identityEdits = IDENTITY_FIELDS.filter((f) => f in patch);
  const result = await ctx.watchlists.changeEntry(
    entryId,
    ctx.actor.agency,
    viewer,
    baseVersion,
    patch,
    retire ? 'retire' : 'edit',
    actorLabel(ctx),
    at,
    identityEdits.length > 0 ? entryIdentityKey : undefined,
  );
  if (!result.ok) {
    if (result.reason === 'not_found') throw notFound('watchlist entry', entryId);
    if (result.reason === 'duplicate') {
      // The other entry is in the same list, which the actor owns: naming it reveals nothing new.
      throw new ServiceError(
        'conflict',
        `this edit makes entry ${entryId} the same ${found.entry.kind} as entry ${result.entryId} of watchlist ${list.id}`,
        identityEdits.map((path) => ({
          path,
          message: `with this ${path} the entry duplicates entry ${result.entryId}`,
        })),
        { existingEntryId: result.entryId },
      );
    }
    throw new ServiceError('conflict', `entry ${entryId} changed since version ${baseVersion}`, [], {
      current: toEntry(result.current),
    });
  }
  ctx.matcher.apply(result.row, list);
  const entry = toEntry(result.row);
  ctx.audit.record({
    actor: ctx.actor,
    action: retire ? 'watchlist.entry.retire' : 'watchlist.entry.edit',
    targetType: 'watchlist_entry',
    targetId: entryId,
    outcome: 'success',
    detail: { version: entry.version },
  });
  ctx.intelRealtime.entryChanged(entry, toWatchlist(list));
  return entry;
}
