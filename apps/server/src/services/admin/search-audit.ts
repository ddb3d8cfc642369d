import { z } from 'zod';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { validationError } from '../errors.ts';
import { IsoDateTime } from '@tidewatch/contracts';

export const AuditQuery = z
  .object({
    agency: z.string().optional(),
    action: z.string().max(60).optional(),
    actorId: z.string().max(100).optional(),
    targetId: z.string().max(100).optional(),
    /** Stream deliveries (action event.stream) that included the event with this seq. */
    streamedSeq: z.coerce.number().int().positive().optional(),
    from: IsoDateTime().optional(),
    to: IsoDateTime().optional(),
    cursor: z.string().regex(/^\d+$/).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

/** Administrators search the whole log; supervisors only their own agency's entries. Searching is itself audited. */
export async function searchAudit({ ctx, query }: { ctx: RequestContext; query: unknown }) {
  requirePermission(ctx, 'audit:read');
  const parsed = AuditQuery.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, 'audit query');
  const q = parsed.data;
  const isAdmin = ctx.actor.kind === 'user' && ctx.actor.role === 'administrator';
  await ctx.audit.flush();
  const rows = await ctx.audit.search(
    {
      agency: isAdmin ? q.agency : ctx.actor.agency,
      action: q.action,
      actorId: q.actorId,
      targetId: q.targetId,
      streamedSeq: q.streamedSeq,
      from: q.from,
      to: q.to,
      beforeId: q.cursor === undefined ? undefined : Number(q.cursor),
    },
    q.limit + 1,
  );
  ctx.audit.record({ actor: ctx.actor, action: 'audit.search', outcome: 'success', detail: { query: q } });
  // Timestamps leave as ISO 8601 UTC, as everywhere else in the API.
  const items = rows.slice(0, q.limit).map((row) => ({ ...row, at: new Date(row.at).toISOString() }));
  return { items, nextCursor: rows.length > q.limit ? String(items.at(-1)?.id) : null };
}
