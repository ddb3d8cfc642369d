import type { IdentifierType } from '@tidewatch/contracts';

/**
 * The matching form of an identifier (ENT-4): upper case without spaces, dashes, dots or slashes, so "ABC-123 4"
 * and "abc1234" meet. IMO numbers lose their "IMO" prefix; phone numbers keep their digits and a leading +.
 */
export function normaliseIdentifier(type: IdentifierType, raw: string): string {
  const upper = raw.normalize('NFKC').toUpperCase();
  if (type === 'imo') return upper.replace(/^IMO\s*/, '').replace(/\D/g, '');
  if (type === 'phone') return (upper.trim().startsWith('+') ? '+' : '') + upper.replace(/\D/g, '');
  if (type === 'email') return upper.trim();
  if (type === 'firearm_serial') return normaliseSerial(raw);
  return upper.replace(/[\s\-./]/g, '');
}

/**
 * FIRE-2: the matching form of a firearm serial. Stamped serials are read by hand from worn metal: the letter O
 * and the digit 0, and the letter I and the digit 1, are confused in both directions, so they compare as one
 * character. Everything but letters and digits goes.
 */
export function normaliseSerial(raw: string): string {
  return raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/O/g, '0')
    .replace(/I/g, '1');
}

/**
 * Identifier types that name one thing only: two records sharing one are the same thing, two records with
 * different values of one are almost certainly not (a person may hold two passports, hence "almost").
 */
export const UNIQUE_IDENTIFIER_TYPES: ReadonlySet<IdentifierType> = new Set<IdentifierType>([
  'passport',
  'national_id',
  'driving_licence',
  'tax_id',
  'company_registration',
  'imo',
  'mmsi',
  'container_number',
  'vin',
  'firearm_serial',
  'wallet_address',
]);
