import { EntityInput, type Entity, type EntityIdentifier, type ParsedEntityInput } from '@tidewatch/contracts';
import { nameKey, normaliseIdentifier, normaliseSerial } from '@tidewatch/domain';
import { requirePermission } from '../auth/principal.ts';
import { validationError } from '../errors.ts';
import { actorLabel } from '../intel-context.ts';
import { checkReleasability } from '../watchlists/check-releasability.ts';
import { toEntity, type EntityVerb } from './entity-view.ts';
import { linkEntity } from './link-entities.ts';

function nameKindOf(kind: ParsedEntityInput['kind']) {
  return kind === 'person' || kind === 'organisation' || kind === 'vessel' ? kind : 'any';
}

/**
 * Identifiers in matching form, duplicates dropped. FIRE-2: a firearm's legible serial is one of its identifiers;
 * an obliterated one is not, so a ground-off "000" never matches another weapon.
 */
function identifiersOf(input: ParsedEntityInput): EntityIdentifier[] {
  const all = input.identifiers.map((i) => ({
    type: i.type,
    value: i.value,
    normalised: normaliseIdentifier(i.type, i.value),
  }));
  const firearm = input.firearm;
  if (firearm && firearm.serial !== '' && firearm.serialState !== 'obliterated')
    all.push({ type: 'firearm_serial', value: firearm.serial, normalised: normaliseSerial(firearm.serial) });
  const seen = new Set<string>();
  return all.filter((i) => {
    const key = `${i.type}:${i.normalised}`;
    if (i.normalised === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** ENT-1: an agency records an entity under the label it chooses; with an event, the two are linked at once. */
export async function createEntity({ ctx, entities, input }: EntityVerb & { input: unknown }): Promise<Entity> {
  requirePermission(ctx, 'events:write');
  const parsed = EntityInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'entity');
  const data = parsed.data;
  const owner = ctx.actor.agency;
  await checkReleasability(ctx, owner, data.releasability);
  const now = ctx.clock.now().toISOString();
  const kind = nameKindOf(data.kind);
  const row = await entities.insert({
    kind: data.kind,
    name: data.name,
    nameKey: nameKey(data.name, kind),
    aliases: data.aliases,
    aliasKeys: data.aliases.map((a) => nameKey(a, kind)),
    identifiers: identifiersOf(data),
    dateOfBirth: data.dateOfBirth ?? null,
    firearm: data.firearm ? { ...data.firearm, serialNormalised: normaliseSerial(data.firearm.serial) } : null,
    notes: data.notes,
    ownerAgency: owner,
    tlp: data.releasability.tlp,
    recipients: data.releasability.recipients,
    sharingGroups: data.releasability.sharingGroups,
    createdBy: actorLabel(ctx),
    createdAt: now,
    updatedAt: now,
  });
  ctx.audit.record({
    actor: ctx.actor,
    action: 'entity.create',
    targetType: 'entity',
    targetId: row.id,
    outcome: 'success',
    detail: { kind: row.kind, tlp: row.tlp },
  });
  if (data.eventId)
    await linkEntity({
      ctx,
      entities,
      fromId: row.id,
      input: {
        toType: 'event',
        toId: data.eventId,
        relation: data.kind === 'firearm' ? 'recovered_in' : 'subject_of',
        source: 'recorded with the event',
        releasability: data.releasability,
      },
    });
  return toEntity(row);
}
