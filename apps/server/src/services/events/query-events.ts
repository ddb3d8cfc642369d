import { EventQuery, type EventPage, type IntelEvent } from '@tidewatch/contracts';
import type { ServiceContext } from '../context.ts';
import { ServiceError, validationError } from '../errors.ts';

export async function listEvents({ ctx, query }: { ctx: ServiceContext; query: unknown }): Promise<EventPage> {
  const parsed = EventQuery.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, 'query');
  const q = parsed.data;
  // One row more than asked tells whether another page exists without a count query.
  const rows = await ctx.events.list(
    {
      kinds: q.kind,
      from: q.from,
      to: q.to,
      bbox: q.bbox,
      text: q.q,
      beforeSeq: q.cursor === undefined ? undefined : Number(q.cursor),
    },
    q.limit + 1,
  );
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > q.limit && last ? String(last.seq) : null };
}

export async function getEvent({ ctx, id }: { ctx: ServiceContext; id: string }): Promise<IntelEvent> {
  const event = await ctx.events.getById(id);
  if (!event) throw new ServiceError('not_found', `no event ${id}`);
  return event;
}
