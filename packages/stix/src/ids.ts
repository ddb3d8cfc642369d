import { parse as parseUuid, v5 as uuidv5 } from 'uuid';

/**
 * Fixed namespace of every STIX id Tidewatch derives (STIX-3). Never change it: a re-export must give the
 * same ids so that partners update objects instead of duplicating them.
 */
export const TIDEWATCH_STIX_NAMESPACE = '51902926-7133-48b8-978b-5ed19b534e11';

// Parsed once: uuid re-parses a string namespace on every call, which made id derivation three times slower.
const NAMESPACE_BYTES = parseUuid(TIDEWATCH_STIX_NAMESPACE);

/** UUIDv5 of a name in the Tidewatch namespace. */
export function tidewatchUuid(name: string): string {
  return uuidv5(name, NAMESPACE_BYTES);
}

/** Tidewatch item kinds that become STIX objects; part of each id's name so two kinds never collide. */
export type ItemKind =
  | 'agency'
  | 'event'
  | 'annotation'
  | 'watchlist'
  | 'watchlist-entry'
  | 'consignment'
  | 'vessel'
  | 'link';

/** `<stixType>--<UUIDv5(namespace, "<kind>:<key>")>`: the same item always gets the same STIX id. */
export function deriveStixId(
  stixType: string,
  kind: ItemKind | 'event-location' | 'event-located-at',
  key: string,
): string {
  return `${stixType}--${tidewatchUuid(`${kind}:${key}`)}`;
}

/** Ids of the objects Tidewatch publishes about itself (its identity and extension definitions). */
export function publishedId(stixType: string, name: string): string {
  return `${stixType}--${tidewatchUuid(`tidewatch:${name}`)}`;
}

const STIX_ID =
  /^([a-z][a-z0-9-]+[a-z0-9])--([0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$/i;

/** The type part of a well-formed STIX identifier, or undefined. */
export function stixIdType(id: string): string | undefined {
  return STIX_ID.exec(id)?.[1];
}
