import type { Tlp } from '@tidewatch/contracts';
import { extensionId, type ExtensionName } from '../published.ts';
import { laterOf, toStixTimestamp } from '../timestamps.ts';
import { TLP_MARKINGS } from '../tlp.ts';
import type { StixObject } from '../types.ts';
import type { ReleasabilityExtension } from '../wire.ts';
import { stixIdOf } from '../kinds.ts';

export interface WireReleasability {
  tlp: Tlp;
  recipients: readonly string[];
  sharingGroups: readonly string[];
}

/** The releasability extension entry of an item owned by `ownerAgency`. */
export function releasabilityExtension(
  ownerAgency: string,
  releasability: WireReleasability,
  derivedFromRef?: string,
): ReleasabilityExtension {
  return withoutEmpty({
    extension_type: 'property-extension',
    owner_agency: ownerAgency,
    recipients: [...releasability.recipients],
    sharing_groups: [...releasability.sharingGroups],
    derived_from_ref: derivedFromRef,
  });
}

interface EnvelopeInput {
  type: string;
  id: string;
  created: string;
  /** The time of the item's current version; clamped so that `modified` >= `created` (STIX-9). */
  modified: string;
  tlp: Tlp;
  /** The owning agency, named as the object's creator through its identity's id. */
  ownerAgency?: string;
  /** Each Tidewatch extension the object carries, with its entry. */
  extensions: ReadonlyArray<readonly [ExtensionName, object]>;
  properties: Record<string, unknown>;
}

/** A STIX 2.1 object with its common properties, markings and Tidewatch extensions. */
export function envelope(input: EnvelopeInput): StixObject {
  const created = toStixTimestamp(input.created);
  const extensions = Object.fromEntries(input.extensions.map(([name, entry]) => [extensionId(name), entry]));
  return withoutEmpty({
    type: input.type,
    spec_version: '2.1',
    id: input.id,
    created,
    modified: laterOf(toStixTimestamp(input.modified), created),
    created_by_ref: input.ownerAgency === undefined ? undefined : stixIdOf('agency', input.ownerAgency),
    ...input.properties,
    object_marking_refs: [TLP_MARKINGS[input.tlp].id],
    extensions,
  });
}

/** A timestamp in STIX form, or undefined for an absent one. */
export function optionalTimestamp(value: string | null | undefined): string | undefined {
  return value === null || value === undefined ? undefined : toStixTimestamp(value);
}

/**
 * The object without the properties STIX forbids as values: undefined, null and empty lists (OASIS
 * properties.json). Applied one level deep, which is where those rules apply.
 */
export function withoutEmpty<T extends object>(value: T): T {
  const kept = Object.entries(value).filter(
    ([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0),
  );
  // Only keys whose value is absent or empty go, and every such key is optional in the STIX-side types.
  return Object.fromEntries(kept) as T;
}
