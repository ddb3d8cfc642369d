import type { Rng } from './random.ts';

/**
 * Synthetic but well-formed identifiers: MMSIs whose MID matches the flag, IMO numbers and ISO 6346 container
 * numbers with computed check digits. Values are random, so any match with a real ship or box is chance.
 */

export interface FlagState {
  name: string;
  /** ITU Maritime Identification Digits allotted to the flag (ship stations start with one of them). */
  mids: readonly number[];
  /** ITU call-sign prefixes of the flag. */
  callSignPrefixes: readonly string[];
}

export const FLAG_STATES = {
  JM: { name: 'Jamaica', mids: [339], callSignPrefixes: ['6Y'] },
  US: { name: 'United States', mids: [366, 367, 368, 369], callSignPrefixes: ['WD', 'WC', 'KD'] },
  // 310 is Bermuda, not the Bahamas.
  BS: { name: 'Bahamas', mids: [308, 309, 311], callSignPrefixes: ['C6'] },
  PA: { name: 'Panama', mids: [352, 353, 354, 355, 356, 357], callSignPrefixes: ['3E', '3F', 'H3', 'HO', 'HP'] },
  CO: { name: 'Colombia', mids: [730], callSignPrefixes: ['HK', '5K'] },
  LR: { name: 'Liberia', mids: [636, 637], callSignPrefixes: ['D5', 'A8'] },
  MH: { name: 'Marshall Islands', mids: [538], callSignPrefixes: ['V7'] },
  AG: { name: 'Antigua and Barbuda', mids: [304, 305], callSignPrefixes: ['V2'] },
  HN: { name: 'Honduras', mids: [334], callSignPrefixes: ['HQ', 'HR'] },
  HT: { name: 'Haiti', mids: [336], callSignPrefixes: ['HH'] },
  DO: { name: 'Dominican Republic', mids: [327], callSignPrefixes: ['HI'] },
  BZ: { name: 'Belize', mids: [312], callSignPrefixes: ['V3'] },
  VC: { name: 'Saint Vincent and the Grenadines', mids: [375, 376, 377], callSignPrefixes: ['J8'] },
} as const satisfies Record<string, FlagState>;

export type FlagCode = keyof typeof FLAG_STATES;

const digits = (rng: Rng, count: number): string => {
  let out = '';
  for (let i = 0; i < count; i++) out += String(rng.int(0, 9));
  return out;
};

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letters = (rng: Rng, count: number): string => {
  let out = '';
  for (let i = 0; i < count; i++) out += rng.pick([...LETTERS]);
  return out;
};

/** A ship-station MMSI: MID of the flag + six digits. */
export function makeMmsi(rng: Rng, flag: FlagCode): string {
  return `${rng.pick(FLAG_STATES[flag].mids)}${digits(rng, 6)}`;
}

export const midOf = (mmsi: string): number => Number(mmsi.slice(0, 3));

/** IMO check digit: the first six digits weighted 7..2, last digit of the sum. */
export function imoCheckDigit(firstSix: string): number {
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(firstSix.charAt(i)) * (7 - i);
  return sum % 10;
}

/** IMO numbers of ships built since the 1990s start 9xxxxxx. */
export function makeImo(rng: Rng): string {
  const firstSix = `9${rng.int(1, 8)}${digits(rng, 4)}`;
  return `${firstSix}${imoCheckDigit(firstSix)}`;
}

// ISO 6346 letter values start at A=10 and skip multiples of 11.
const CONTAINER_LETTER_VALUES: ReadonlyMap<string, number> = (() => {
  const values = new Map<string, number>();
  let value = 10;
  for (const letter of LETTERS) {
    if (value % 11 === 0) value++;
    values.set(letter, value++);
  }
  return values;
})();

/** ISO 6346 check digit of the first ten characters (owner code + category + serial). */
export function containerCheckDigit(firstTen: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const ch = firstTen.charAt(i);
    const value = i < 4 ? CONTAINER_LETTER_VALUES.get(ch) : Number(ch);
    if (value === undefined || Number.isNaN(value)) throw new RangeError(`not an ISO 6346 prefix: ${firstTen}`);
    sum += value * 2 ** i;
  }
  return (sum % 11) % 10;
}

/** Owner codes (BIC prefixes) of carriers and lessors common on Florida-Caribbean and transshipment lanes. */
export const CONTAINER_OWNER_CODES = [
  'MSCU',
  'MEDU',
  'MAEU',
  'MRKU',
  'CMAU',
  'HLXU',
  'ZIMU',
  'SMLU',
  'CMCU',
  'TGHU',
  'TCNU',
  'SEGU',
] as const;

export function makeContainerNumber(rng: Rng, ownerCode: string = rng.pick(CONTAINER_OWNER_CODES)): string {
  const firstTen = `${ownerCode}${digits(rng, 6)}`;
  return `${firstTen}${containerCheckDigit(firstTen)}`;
}

/** A call sign of the flag's ITU series; US small craft get the W-prefixed seven-character form. */
export function makeCallSign(rng: Rng, flag: FlagCode): string {
  const prefix = rng.pick(FLAG_STATES[flag].callSignPrefixes);
  if (flag === 'US') return `${prefix}${letters(rng, 1)}${digits(rng, 4)}`;
  return `${prefix}${letters(rng, 2)}${digits(rng, 1)}`;
}
