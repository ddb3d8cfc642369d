/**
 * Name normalisation for watchlist matching: case, accents, punctuation and the legal-form and vessel-prefix
 * noise that differs between a manifest, a register and a watchlist ("Acme Trading Co., Ltd." = "ACME TRADING").
 */

/** Legal forms stripped from the end of an organisation name (after dots are removed: S.A. -> SA). */
const LEGAL_SUFFIXES = new Set([
  'LTD',
  'LIMITED',
  'LLC',
  'LLP',
  'LP',
  'INC',
  'INCORPORATED',
  'CO',
  'CORP',
  'CORPORATION',
  'COMPANY',
  'SA',
  'SAS',
  'SRL',
  'SARL',
  'SPA',
  'GMBH',
  'AG',
  'BV',
  'NV',
  'PLC',
  'PTE',
  'PTY',
  'SDN',
  'BHD',
  'CV',
  'SAC',
  'LTDA',
  'CIA',
  'DE',
  'SOCIEDAD',
  'ANONIMA',
  'AND',
  'HOLDINGS',
  'GROUP',
  'INTL',
  'INTERNATIONAL',
]);
/** Vessel name prefixes (motor vessel, motor tanker, ...). */
const VESSEL_PREFIXES = new Set(['MV', 'MT', 'MY', 'FV', 'SV', 'MS', 'SS', 'RV']);

export type NameKind = 'vessel' | 'organisation' | 'person' | 'any';

export function normaliseName(raw: string, kind: NameKind = 'any'): string {
  const text = raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .replace(/&/g, ' AND ')
    .replace(/\bM\/[VTY]\b/g, ' ')
    // Dots vanish (S.A. -> SA) and every other punctuation mark separates words.
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (text.length === 0) return '';
  const tokens = text.split(' ');
  if (kind === 'vessel' && tokens.length > 1 && VESSEL_PREFIXES.has(tokens[0] ?? '')) tokens.shift();
  if (kind !== 'person' && kind !== 'vessel') {
    if (tokens.length > 1 && tokens[0] === 'THE') tokens.shift();
    // Only trailing legal forms go: "CO" inside "CO OPERATIVE TRADERS" stays.
    while (tokens.length > 1 && LEGAL_SUFFIXES.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
  }
  return tokens.join(' ');
}

/** Container and identifier text without spaces and dashes, upper case. */
export function normaliseCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}
