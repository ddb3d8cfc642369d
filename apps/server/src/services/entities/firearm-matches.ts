import type { FirearmMatch } from '@tidewatch/contracts';
import { viewerScope } from '../../auth/actor.ts';
import { requirePermission } from '../auth/principal.ts';
import { notFound } from '../errors.ts';
import { isUuid } from '../ids.ts';
import { auditEntityReads } from './entity-audit.ts';
import { toEntity, type EntityVerb } from './entity-view.ts';

/**
 * FIRE-3: other firearm records with the same serial (matching form) that the reader may read, each with the
 * readable events it was recovered with: the evidence. An obliterated serial matches nothing (FIRE-2).
 */
export async function firearmMatches({ ctx, entities, id }: EntityVerb & { id: string }): Promise<FirearmMatch[]> {
  requirePermission(ctx, 'events:read');
  const scope = viewerScope(ctx.viewer);
  const row = isUuid(id) ? await entities.getVisible(id, scope) : undefined;
  if (row?.kind !== 'firearm') throw notFound('firearm', id);
  const serial = row.identifiers.find((i) => i.type === 'firearm_serial')?.normalised;
  if (!serial) return [];
  const others = await entities.firearmsWithSerial(serial, row.id, scope);
  const matches: FirearmMatch[] = [];
  for (const other of others) {
    const links = await entities.linksOf([other.id], scope);
    const events: FirearmMatch['events'] = [];
    for (const link of links.filter((l) => l.toType === 'event' && l.fromEntityId === other.id)) {
      const event = await ctx.events.getById(link.toId, scope);
      if (event) events.push({ id: event.id, title: event.title, ownerAgency: event.ownerAgency });
    }
    matches.push({ firearm: toEntity(other), events });
  }
  auditEntityReads(
    ctx,
    matches.map((m) => m.firearm),
  );
  return matches;
}
