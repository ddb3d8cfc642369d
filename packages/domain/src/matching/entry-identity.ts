import { normaliseCode, normaliseName, type NameKind } from './normalise.ts';

/** The identifying fields of a watchlist entry, stored or about to be. */
export interface EntryIdentifiers {
  kind: string;
  mmsi?: string | null | undefined;
  imo?: string | null | undefined;
  name?: string | null | undefined;
  callSign?: string | null | undefined;
  containerNumber?: string | null | undefined;
  country?: string | null | undefined;
}

const nameKindOf = (kind: string): NameKind =>
  kind === 'vessel' || kind === 'person' || kind === 'organisation' ? kind : 'any';

/**
 * What makes two entries of one list the same subject: the kind and every identifier, normalised the way the
 * matcher compares them ("M/V Ocean Pearl" = "OCEAN PEARL", "IMO 9074729" = "9074729", "csqu 305438-3" =
 * "CSQU3054383"). The reason and the expiry are not identity: a re-import with a new reason is a duplicate.
 */
export function entryIdentityKey(e: EntryIdentifiers): string {
  const code = (s: string | null | undefined): string => (s ? normaliseCode(s) : '');
  return [
    e.kind,
    code(e.mmsi),
    code(e.imo?.replace(/^IMO\s*/i, '')),
    e.name ? normaliseName(e.name, nameKindOf(e.kind)) : '',
    code(e.callSign),
    code(e.containerNumber),
    code(e.country),
  ].join('|');
}
