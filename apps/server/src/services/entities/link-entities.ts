import {
  EntityLinkInput,
  type EntityLink,
  type LinkRelation,
  type LinkTargetType,
  type Tlp,
} from '@tidewatch/contracts';
import { isUuid } from '../ids.ts';
import { viewerScope } from '../../auth/actor.ts';
import { resolveTarget } from '../annotations/annotation-target.ts';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { notFound, validationError } from '../errors.ts';
import { actorLabel } from '../intel-context.ts';
import { checkReleasability } from '../watchlists/check-releasability.ts';
import type { EntityVerb } from './entity-view.ts';
import type { VisibleLinkRow } from '@tidewatch/db';

/**
 * The label of a link's far end if the reader may read it, undefined otherwise (LINK-1). Entity ends were
 * checked in SQL; an event, consignment or watchlist entry is checked by its own rule (annotation targets).
 */
async function farEndLabel(ctx: RequestContext, row: VisibleLinkRow): Promise<string | undefined> {
  if (row.toType === 'entity') return row.toEntityName ?? undefined;
  try {
    await resolveTarget(ctx, row.toType, row.toId);
  } catch {
    return undefined;
  }
  if (row.toType === 'event') return (await ctx.events.getById(row.toId, viewerScope(ctx.viewer)))?.title ?? row.toId;
  return row.toId;
}

export function toLink(row: VisibleLinkRow, toLabel: string): EntityLink {
  return {
    id: row.id,
    fromEntityId: row.fromEntityId,
    toType: row.toType as LinkTargetType,
    toId: row.toId,
    toLabel,
    relation: row.relation as LinkRelation,
    validFrom: row.validFrom,
    validTo: row.validTo,
    source: row.source,
    ownerAgency: row.ownerAgency,
    releasability: { tlp: row.tlp as Tlp, recipients: row.recipients, sharingGroups: row.sharingGroups },
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/**
 * LINK-1: the links of these records that the reader may read with both ends. For a link arriving from another
 * entity, the far end shown is that entity. What fails is dropped: no placeholder, no count.
 */
export async function readableLinks(
  ctx: RequestContext,
  entities: EntityVerb['entities'],
  ids: readonly string[],
): Promise<EntityLink[]> {
  const rows = await entities.linksOf(ids, viewerScope(ctx.viewer));
  const links: EntityLink[] = [];
  for (const row of rows) {
    const incoming = row.toType === 'entity' && ids.includes(row.toId) && !ids.includes(row.fromEntityId);
    const label = incoming ? row.fromName : await farEndLabel(ctx, row);
    if (label !== undefined) links.push(toLink(row, label));
  }
  return links;
}

/** LINK-1: a link from a readable entity to a readable end, with its own label, source and dates. */
export async function linkEntity({
  ctx,
  entities,
  fromId,
  input,
}: EntityVerb & { fromId: string; input: unknown }): Promise<EntityLink> {
  requirePermission(ctx, 'events:write');
  const scope = viewerScope(ctx.viewer);
  if (!isUuid(fromId) || !(await entities.getVisible(fromId, scope))) throw notFound('entity', fromId);
  const parsed = EntityLinkInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'link');
  const data = parsed.data;
  let toLabel: string;
  if (data.toType === 'entity') {
    const to = isUuid(data.toId) ? await entities.getVisible(data.toId, scope) : undefined;
    // REL-9: an end the linker may not read answers like one that does not exist.
    if (!to) throw notFound('entity', data.toId);
    toLabel = to.name;
  } else {
    await resolveTarget(ctx, data.toType, data.toId);
    toLabel = data.toType === 'event' ? ((await ctx.events.getById(data.toId, scope))?.title ?? data.toId) : data.toId;
  }
  await checkReleasability(ctx, ctx.actor.agency, data.releasability);
  const row = await entities.insertLink({
    fromEntityId: fromId,
    toType: data.toType,
    toId: data.toId,
    relation: data.relation,
    validFrom: data.validFrom ?? null,
    validTo: data.validTo ?? null,
    source: data.source,
    ownerAgency: ctx.actor.agency,
    tlp: data.releasability.tlp,
    recipients: data.releasability.recipients,
    sharingGroups: data.releasability.sharingGroups,
    createdBy: actorLabel(ctx),
    createdAt: ctx.clock.now().toISOString(),
  });
  ctx.audit.record({
    actor: ctx.actor,
    action: 'entity.link',
    targetType: 'entity',
    targetId: fromId,
    outcome: 'success',
    detail: { link: row.id, to: `${row.toType}:${row.toId}`, relation: row.relation, tlp: row.tlp },
  });
  return toLink({ ...row, fromName: '', toEntityName: null }, toLabel);
}

/** The entities linked to an event, consignment or watchlist entry that the reader may read (LINK-1). */
export async function entitiesLinkedTo({
  ctx,
  entities,
  toType,
  toId,
}: EntityVerb & { toType: string; toId: string }): Promise<EntityLink[]> {
  requirePermission(ctx, 'events:read');
  // The target itself must be readable, or its links do not exist for this reader (REL-9).
  await resolveTarget(ctx, toType, toId);
  const rows = await entities.linksTo(toType, toId, viewerScope(ctx.viewer));
  return rows.map((row) => toLink(row, row.fromName));
}
