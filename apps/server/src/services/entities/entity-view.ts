import type { Entity, EntityKind, FirearmDetails, Tlp } from '@tidewatch/contracts';
import type { EntityRow } from '@tidewatch/db';
import type { Releasable, ResolvableRecord } from '@tidewatch/domain';
import type { EntityRepository } from '@tidewatch/db';
import type { RequestContext } from '../context.ts';

/** The entity storage; the entities module owns it and hands it to its routes, which pass it on untouched. */
export type EntityStore = EntityRepository;

/** What every entity verb gets: the request's context and the entity storage. */
export interface EntityVerb {
  ctx: RequestContext;
  entities: EntityStore;
}

export function entityReleasable(row: {
  ownerAgency: string;
  tlp: string;
  recipients: string[];
  sharingGroups: string[];
}): Releasable {
  return {
    ownerAgency: row.ownerAgency,
    tlp: row.tlp as Tlp,
    recipients: row.recipients,
    sharingGroups: row.sharingGroups,
  };
}

export function toEntity(row: EntityRow): Entity {
  const firearm: (FirearmDetails & { serialNormalised: string }) | null = row.firearm ?? null;
  return {
    id: row.id,
    kind: row.kind as EntityKind,
    name: row.name,
    aliases: row.aliases,
    identifiers: row.identifiers,
    dateOfBirth: row.dateOfBirth,
    firearm,
    notes: row.notes,
    ownerAgency: row.ownerAgency,
    releasability: { tlp: row.tlp as Tlp, recipients: row.recipients, sharingGroups: row.sharingGroups },
    mergedInto: row.mergedInto,
    createdBy: row.createdBy,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export function toResolvable(row: EntityRow): ResolvableRecord {
  return {
    id: row.id,
    kind: row.kind as EntityKind,
    names: [row.name, ...row.aliases],
    dateOfBirth: row.dateOfBirth,
    identifiers: row.identifiers,
  };
}
