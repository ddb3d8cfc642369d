import type { Tlp } from '@tidewatch/contracts';
import { z } from 'zod';
import type { ItemKind } from '../ids.ts';
import { stixIdOf } from '../kinds.ts';
import { extensionId, type ExtensionName } from '../published.ts';
import { tlpFromMarkingRefs } from '../tlp.ts';
import type { StixObject } from '../types.ts';
import { ReleasabilityExtension } from '../wire.ts';
import { type FieldFault, type Read, fail, ok, parseWith } from './errors.ts';

const Timestamp = z.iso.datetime();

/** The common properties every object Tidewatch emits has (the type-specific ones are read by each reader). */
const Envelope = z.looseObject({
  spec_version: z.literal('2.1'),
  created: Timestamp,
  modified: Timestamp,
  created_by_ref: z.string().optional(),
  object_marking_refs: z.array(z.string()).min(1),
  extensions: z.record(z.string(), z.unknown()),
});
export type Envelope = z.infer<typeof Envelope>;

export function readEnvelope(object: StixObject): Read<Envelope> {
  return parseWith(Envelope, object, '');
}

/** The entry of one Tidewatch extension, parsed, with faults named under its extension id. */
export function readExtension<T>(envelope: Envelope, name: ExtensionName, schema: z.ZodType<T>): Read<T> {
  const id = extensionId(name);
  if (!(id in envelope.extensions)) return fail(`extensions.${id}`, `the Tidewatch ${name} extension is missing`);
  return parseWith(schema, envelope.extensions[id], `extensions.${id}`);
}

export interface Owned {
  tlp: Tlp;
  releasability: ReleasabilityExtension;
}

/**
 * TLP and releasability of an owned object, with the checks that keep a forged object from posing as
 * another item or another owner (STIX-11): its id is the one Tidewatch derives for the item it claims to be,
 * and its creator is the identity of the agency the releasability names as owner.
 */
export function readOwned(envelope: Envelope, objectId: string, kind: ItemKind, itemId: string): Read<Owned> {
  const identity = checkIdentity(objectId, kind, itemId);
  if (identity) return { ok: false, faults: [identity] };
  const tlp = tlpFromMarkingRefs(envelope.object_marking_refs);
  if (tlp === undefined) return fail('object_marking_refs', 'needs exactly one TLP marking (TLP 2.0 or 1.0)');
  const releasability = readExtension(envelope, 'releasability', ReleasabilityExtension);
  if (!releasability.ok) return releasability;
  const owner = releasability.value.owner_agency;
  if (envelope.created_by_ref !== stixIdOf('agency', owner))
    return fail('created_by_ref', `is not the identity of the owning agency ${owner}`);
  return ok({ tlp, releasability: releasability.value });
}

/** A fault when an object's id is not the one Tidewatch derives for the item it claims to carry. */
export function checkIdentity(objectId: string, kind: ItemKind, itemId: string): FieldFault | undefined {
  return objectId === stixIdOf(kind, itemId)
    ? undefined
    : { field: 'id', reason: `is not the STIX id of Tidewatch ${kind} ${itemId}` };
}

export function wireReleasability(owned: Owned): { tlp: Tlp; recipients: string[]; sharingGroups: string[] } {
  return {
    tlp: owned.tlp,
    recipients: owned.releasability.recipients ?? [],
    sharingGroups: owned.releasability.sharing_groups ?? [],
  };
}
