import { EventQuery, type EventPage, type IntelEvent } from '@tidewatch/contracts';
import type { EventFilter } from '@tidewatch/db';
import { viewerScope } from '../../auth/actor.ts';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { notFound, validationError } from '../errors.ts';
import { auditRestrictedReads } from './read-audit.ts';

/** Parses the query and scopes it to what the viewer may read (REL-9): the one place filters are built. */
export function eventFilterFor(ctx: RequestContext, query: unknown): { filter: EventFilter; limit: number } {
  requirePermission(ctx, 'events:read');
  const parsed = EventQuery.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, 'query');
  const q = parsed.data;
  return {
    limit: q.limit,
    filter: {
      kinds: q.kind,
      from: q.from,
      to: q.to,
      bbox: q.bbox,
      text: q.q,
      beforeSeq: q.cursor === undefined ? undefined : Number(q.cursor),
      viewer: viewerScope(ctx.viewer),
    },
  };
}

export async function listEvents({ ctx, query }: { ctx: RequestContext; query: unknown }): Promise<EventPage> {
  const { filter, limit } = eventFilterFor(ctx, query);
  // One row more than asked tells whether another page exists without a count query.
  const rows = await ctx.events.list(filter, limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  auditRestrictedReads(ctx, 'event.list', items);
  return { items, nextCursor: rows.length > limit && last ? String(last.seq) : null };
}

/** REL-8: a count counts only what the viewer may read. */
export async function countEvents({ ctx, query }: { ctx: RequestContext; query: unknown }): Promise<{ count: number }> {
  const { filter } = eventFilterFor(ctx, {
    ...(query as Record<string, unknown>),
    limit: undefined,
    cursor: undefined,
  });
  return { count: await ctx.events.count(filter) };
}

export async function getEvent({ ctx, id }: { ctx: RequestContext; id: string }): Promise<IntelEvent> {
  requirePermission(ctx, 'events:read');
  const event = await ctx.events.getById(id, viewerScope(ctx.viewer));
  if (!event) throw notFound('event', id);
  auditRestrictedReads(ctx, 'event.read', [event]);
  return event;
}
