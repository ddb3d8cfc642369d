/**
 * Cargo identifiers validated at the contract boundary. Ship identifiers (MMSI, IMO) live in @tidewatch/ais.
 */

// ISO 6346 letter values start at A=10 and skip multiples of 11 (11, 22, 33).
const LETTER_VALUES: Readonly<Record<string, number>> = (() => {
  const values: Record<string, number> = {};
  let value = 10;
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    if (value % 11 === 0) value++;
    values[letter] = value++;
  }
  return values;
})();

/** ISO 6346 container number: owner code (3 letters) + category U/J/Z + 6-digit serial + check digit. */
export function isValidContainerNumber(raw: string): boolean {
  const text = raw.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{3}[UJZ]\d{7}$/.test(text)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const ch = text.charAt(i);
    const value = i < 4 ? LETTER_VALUES[ch] : Number(ch);
    if (value === undefined) return false;
    sum += value * 2 ** i;
  }
  return (sum % 11) % 10 === Number(text.charAt(10));
}

/** UN/LOCODE: 2-letter ISO country code + 3 characters (letters or digits 2-9). */
export const LOCODE_PATTERN = /^[A-Z]{2}[A-Z2-9]{3}$/;

/** Agency codes are short upper-case identifiers (JCA, CBP, USCG, IMPACS). */
export const AGENCY_CODE_PATTERN = /^[A-Z][A-Z0-9_-]{1,15}$/;
