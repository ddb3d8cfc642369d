import { RetireInput, WatchlistEdit, WatchlistInput, type Watchlist } from '@tidewatch/contracts';
import { viewerScope } from '../../auth/actor.ts';
import { actorLabel, type IntelRequestContext } from '../intel-context.ts';
import { requirePermission } from '../auth/principal.ts';
import { ServiceError, forbidden, notFound, validationError } from '../errors.ts';
import { checkReleasability } from './check-releasability.ts';
import { toWatchlist } from './watchlist-dto.ts';

/** Creates a watchlist owned by the actor's agency (AUTH-1). */
export async function createWatchlist({
  ctx,
  input,
}: {
  ctx: IntelRequestContext;
  input: unknown;
}): Promise<Watchlist> {
  requirePermission(ctx, 'events:write');
  const parsed = WatchlistInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'watchlist');
  const owner = ctx.actor.agency;
  await checkReleasability(ctx, owner, parsed.data.releasability);
  const at = ctx.clock.now().toISOString();
  const row = await ctx.watchlists.createList({
    name: parsed.data.name,
    description: parsed.data.description,
    ownerAgency: owner,
    tlp: parsed.data.releasability.tlp,
    recipients: parsed.data.releasability.recipients,
    sharingGroups: parsed.data.releasability.sharingGroups,
    createdBy: actorLabel(ctx),
    createdAt: at,
    updatedAt: at,
  });
  const dto = toWatchlist(row);
  ctx.audit.record({
    actor: ctx.actor,
    action: 'watchlist.create',
    targetType: 'watchlist',
    targetId: row.id,
    outcome: 'success',
    detail: { tlp: row.tlp },
  });
  ctx.intelRealtime.watchlistChanged(dto);
  return dto;
}

/**
 * Edits or retires a list under optimistic concurrency. Only the owner changes its list: another agency that
 * can read it gets 403; one that cannot gets 404 (REL-9). A releasability change re-indexes the entries so
 * hits follow the new release at once.
 */
export async function changeWatchlist({
  ctx,
  id,
  input,
  retire = false,
}: {
  ctx: IntelRequestContext;
  id: string;
  input: unknown;
  retire?: boolean;
}): Promise<Watchlist> {
  requirePermission(ctx, 'events:write');
  const viewer = viewerScope(ctx.viewer);
  const current = await ctx.watchlists.getList(id, viewer);
  if (!current) throw notFound('watchlist', id);
  if (current.ownerAgency !== ctx.actor.agency) throw forbidden(`only ${current.ownerAgency} changes this watchlist`);
  let patch: Parameters<typeof ctx.watchlists.changeList>[4];
  let baseVersion: number;
  const at = ctx.clock.now().toISOString();
  if (retire) {
    const parsed = RetireInput.safeParse(input ?? {});
    if (!parsed.success) throw validationError(parsed.error, 'retirement');
    baseVersion = parsed.data.baseVersion;
    patch = { retiredAt: at };
  } else {
    const parsed = WatchlistEdit.safeParse(input);
    if (!parsed.success) throw validationError(parsed.error, 'watchlist edit');
    baseVersion = parsed.data.baseVersion;
    const r = parsed.data.releasability;
    if (r) await checkReleasability(ctx, current.ownerAgency, r);
    patch = {
      ...(parsed.data.name === undefined ? {} : { name: parsed.data.name }),
      ...(parsed.data.description === undefined ? {} : { description: parsed.data.description }),
      ...(r ? { tlp: r.tlp, recipients: r.recipients, sharingGroups: r.sharingGroups } : {}),
    };
  }
  const result = await ctx.watchlists.changeList(id, ctx.actor.agency, viewer, baseVersion, patch, at);
  if (!result.ok) {
    if (result.reason === 'not_found') throw notFound('watchlist', id);
    throw new ServiceError('conflict', `watchlist ${id} changed since version ${baseVersion}`, [], {
      current: toWatchlist(result.current),
    });
  }
  const row = result.row;
  for (const entry of await ctx.watchlists.liveEntriesOf(row.id)) ctx.matcher.apply(entry, row);
  const dto = toWatchlist(row);
  ctx.audit.record({
    actor: ctx.actor,
    action: retire ? 'watchlist.retire' : 'watchlist.edit',
    targetType: 'watchlist',
    targetId: id,
    outcome: 'success',
    detail: { version: row.version, tlp: row.tlp },
  });
  ctx.intelRealtime.watchlistChanged(dto);
  return dto;
}
