import {
  MmsiParam,
  VesselSearchQuery,
  VesselTrackQuery,
  SEA_NOTICES_VERSION,
  type SeaNotices,
  type VesselCard,
  type VesselSearchResult,
  type VesselTrack,
} from '@tidewatch/contracts';
import { searchVessels as searchPicture } from '@tidewatch/domain';
import type { Principal } from '../auth/actor.ts';
import { requirePermission } from '../services/auth/principal.ts';
import { ServiceError, validationError } from '../services/errors.ts';
import type { VesselContext } from './vessel-context.ts';
import { cardFromStatic, toCard, toSummary } from './vessel-dto.ts';

const DAY_MS = 86_400_000;

/** Search the live picture by name, call sign (contains), MMSI or IMO (prefix). */
export function searchVessels({
  ctx,
  principal,
  query,
}: {
  ctx: VesselContext;
  principal: Principal;
  query: unknown;
}): VesselSearchResult {
  // AIS is broadcast in the clear: anyone who may read the picture may read every vessel in it.
  requirePermission(principal, 'events:read');
  const parsed = VesselSearchQuery.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, 'query');
  const { q, limit } = parsed.data;
  if (q === undefined) {
    const items: VesselSearchResult['items'] = [];
    for (const v of ctx.picture.values()) {
      if (items.length >= limit) break;
      items.push(toSummary(v));
    }
    return { items };
  }
  return { items: searchPicture(ctx.picture, q, limit).map(toSummary) };
}

function parseMmsi(mmsi: string): number {
  const parsed = MmsiParam.safeParse(mmsi);
  if (!parsed.success) throw validationError(parsed.error, 'MMSI');
  return parsed.data;
}

/** The vessel card: live when the vessel is in the picture, else from its last stored static data. */
export async function getVesselCard({
  ctx,
  principal,
  mmsi,
}: {
  ctx: VesselContext;
  principal: Principal;
  mmsi: string;
}): Promise<VesselCard> {
  requirePermission(principal, 'events:read');
  const id = parseMmsi(mmsi);
  const live = ctx.picture.get(id);
  if (live !== undefined) return toCard(live, ctx.clock.now().getTime(), ctx.picture.notices);
  const stored = await ctx.repo.getStatic(id);
  if (stored === undefined) throw new ServiceError('not_found', `no vessel with MMSI ${mmsi}`);
  return cardFromStatic(stored);
}

/** Stored (downsampled) track of one vessel; the last 24 h by default. */
export async function getVesselTrack({
  ctx,
  principal,
  mmsi,
  query,
}: {
  ctx: VesselContext;
  principal: Principal;
  mmsi: string;
  query: unknown;
}): Promise<VesselTrack> {
  requirePermission(principal, 'events:read');
  const id = parseMmsi(mmsi);
  const parsed = VesselTrackQuery.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, 'query');
  const to = parsed.data.to ? new Date(parsed.data.to) : ctx.clock.now();
  const from = parsed.data.from ? new Date(parsed.data.from) : new Date(to.getTime() - DAY_MS);
  if (from > to)
    throw new ServiceError('validation_failed', 'from must not be after to', [{ path: 'from', message: 'after to' }]);
  const rows = await ctx.repo.track(id, from, to, parsed.data.limit);
  return {
    mmsi: id,
    from: from.toISOString(),
    to: to.toISOString(),
    points: rows.map((r) => ({
      at: r.at.toISOString(),
      lat: r.lat,
      lon: r.lon,
      sog: r.sog,
      cog: r.cog,
      heading: r.heading,
    })),
  };
}

/** Area notices and weather at sea now in the picture (AIS broadcasts: readable by whoever reads the picture). */
export function getSeaNotices({ ctx, principal }: { ctx: VesselContext; principal: Principal }): SeaNotices {
  requirePermission(principal, 'events:read');
  return seaNoticesNow(ctx);
}

/** The sea notices as sent on the wire, for the REST answer and the socket message alike. */
export function seaNoticesNow(ctx: VesselContext): SeaNotices {
  const { notices } = ctx.picture;
  return {
    v: SEA_NOTICES_VERSION,
    at: ctx.clock.now().toISOString(),
    areas: notices.areaNotices(),
    weather: notices.observations(),
  };
}
