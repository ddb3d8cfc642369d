import { deriveStixId, type ItemKind } from './ids.ts';

/** The STIX type each Tidewatch item kind becomes (STIX-2 says why for each). */
export const STIX_TYPE_OF: Readonly<Record<ItemKind, string>> = {
  agency: 'identity',
  event: 'incident',
  annotation: 'note',
  watchlist: 'tidewatch-watchlist',
  'watchlist-entry': 'tidewatch-watchlist-entry',
  consignment: 'tidewatch-consignment',
  vessel: 'tidewatch-vessel',
  link: 'relationship',
};

/** The deterministic STIX id of a Tidewatch item (STIX-3). */
export function stixIdOf(kind: ItemKind, id: string): string {
  return deriveStixId(STIX_TYPE_OF[kind], kind, id);
}
