import { type StixOtherObject, type StixOtherObjectPage, Tlp } from '@tidewatch/contracts';
import type { StixOtherCursor, StixOtherObjectRow } from '@tidewatch/db';
import { isRestrictedTlp } from '@tidewatch/domain';
import { z } from 'zod';
import { viewerScope } from '../../auth/actor.ts';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { ServiceError, validationError } from '../errors.ts';

export const OtherObjectsQuery = z.object({
  type: z
    .string()
    .max(2000)
    .optional()
    .transform((v) => (v ? v.split(',').filter((t) => t !== '') : undefined)),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(1000).optional(),
});

const Cursor = z.object({ importedAt: z.string(), stixId: z.string(), ownerAgency: z.string() });

function encodeCursor(row: StixOtherObjectRow): string {
  const cursor: StixOtherCursor = { importedAt: row.importedAt, stixId: row.stixId, ownerAgency: row.ownerAgency };
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(cursor: string): StixOtherCursor {
  try {
    return Cursor.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new ServiceError('validation_failed', 'cursor: not a cursor this list gave', [
      { path: 'cursor', message: 'not a cursor this list gave' },
    ]);
  }
}

function toWire(row: StixOtherObjectRow): StixOtherObject {
  return {
    stixId: row.stixId,
    type: row.type,
    name: row.name,
    modified: row.modified,
    ownerAgency: row.ownerAgency,
    releasability: { tlp: Tlp.parse(row.tlp), recipients: row.recipients, sharingGroups: row.sharingGroups },
    importedAt: new Date(row.importedAt).toISOString(),
    object: row.object,
  };
}

/**
 * "Other STIX objects": the kept objects the caller may read (XCH-4, REL-8, REL-9: listed and counted through
 * `visibleTo`), newest import first. Reads of AMBER, AMBER+STRICT and RED objects are audited (AUD-1).
 */
export async function listOtherStixObjects(ctx: RequestContext, query: unknown): Promise<StixOtherObjectPage> {
  requirePermission(ctx, 'events:read');
  const parsed = OtherObjectsQuery.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, 'query');
  const { type, limit, cursor } = parsed.data;
  const viewer = viewerScope(ctx.viewer);
  const rows = await ctx.stix.listOthers(
    viewer,
    { types: type, after: cursor ? decodeCursor(cursor) : undefined },
    limit + 1,
  );
  const items = rows.slice(0, limit);
  const restricted = items.filter((r) => isRestrictedTlp(r.tlp));
  if (restricted.length > 0) {
    ctx.audit.record({
      actor: ctx.actor,
      action: 'stix.other.list',
      targetType: 'stix-object',
      outcome: 'success',
      detail: { count: restricted.length, ids: restricted.map((r) => r.stixId) },
    });
  }
  const last = items.at(-1);
  return {
    items: items.map(toWire),
    total: await ctx.stix.countOthers(viewer, type),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}
