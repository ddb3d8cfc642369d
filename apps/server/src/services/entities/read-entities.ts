import { EntitySearchQuery, type EntityDetail, type EntityHistoryEntry, type EntityPage } from '@tidewatch/contracts';
import { nameKey, normaliseIdentifier } from '@tidewatch/domain';
import { viewerScope } from '../../auth/actor.ts';
import { requirePermission } from '../auth/principal.ts';
import { notFound, validationError } from '../errors.ts';
import { isUuid } from '../ids.ts';
import { auditEntityReads } from './entity-audit.ts';
import { toEntity, type EntityVerb } from './entity-view.ts';
import { readableLinks } from './link-entities.ts';

/** ENT-2: readable records by name, alias or identifier; merged records are found through what absorbed them. */
export async function searchEntities({ ctx, entities, query }: EntityVerb & { query: unknown }): Promise<EntityPage> {
  requirePermission(ctx, 'events:read');
  const parsed = EntitySearchQuery.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, 'query');
  const q = parsed.data.q ?? '';
  const { rows, total } = await entities.search(viewerScope(ctx.viewer), {
    nameKey: q === '' ? undefined : nameKey(q, 'any') || undefined,
    identifier: q === '' ? undefined : normaliseIdentifier('other', q) || undefined,
    kind: parsed.data.kind,
    limit: parsed.data.limit,
  });
  const items = rows.map(toEntity);
  auditEntityReads(ctx, items);
  return { items, total };
}

/** ENT-1, LINK-1: one record with its readable links and the readable records merged into it. */
export async function getEntityDetail({ ctx, entities, id }: EntityVerb & { id: string }): Promise<EntityDetail> {
  requirePermission(ctx, 'events:read');
  const scope = viewerScope(ctx.viewer);
  const row = isUuid(id) ? await entities.getVisible(id, scope) : undefined;
  if (!row) throw notFound('entity', id);
  const merged = await entities.mergedInto(row.id, scope);
  // A merged record's links belong to the whole: they show on the record that absorbed it.
  const links = await readableLinks(ctx, entities, [row.id, ...merged.map((m) => m.id)]);
  const detail = { entity: toEntity(row), links, merged: merged.map(toEntity) };
  auditEntityReads(ctx, [detail.entity, ...detail.merged]);
  return detail;
}

/** ENT-6: what happened to a readable record; another record is named only if the reader may read it. */
export async function entityHistory({ ctx, entities, id }: EntityVerb & { id: string }): Promise<EntityHistoryEntry[]> {
  requirePermission(ctx, 'events:read');
  const scope = viewerScope(ctx.viewer);
  const row = isUuid(id) ? await entities.getVisible(id, scope) : undefined;
  if (!row) throw notFound('entity', id);
  const history = await entities.history(row.id);
  const others = new Set(
    (
      await entities.getManyVisible(
        history.flatMap((h) => (h.otherEntityId ? [h.otherEntityId] : [])),
        scope,
      )
    ).map((e) => e.id),
  );
  // A step involving a record the reader may not read is left out whole, so it reveals nothing (LINK-2).
  return history
    .filter((h) => h.otherEntityId === null || others.has(h.otherEntityId))
    .filter((h) => h.action !== 'reject' || h.agency === ctx.actor.agency)
    .map((h) => ({
      action: h.action as EntityHistoryEntry['action'],
      otherEntityId: h.otherEntityId,
      by: h.agency === ctx.actor.agency ? h.by : h.agency,
      at: new Date(h.at).toISOString(),
    }));
}
