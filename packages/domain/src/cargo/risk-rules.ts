/**
 * The targeting knowledge behind cargo risk, kept as data so an agency can tune it. Sources: the Caribbean
 * firearms trafficking picture (CARICOM IMPACS, ATF: most crime guns in Jamaica and Haiti come south from
 * Florida ports, often in barrels of "household goods"), and the cocaine routes north from South America in
 * perishables.
 */

export const FLORIDA_PORTS: ReadonlySet<string> = new Set([
  'USPEF',
  'USMIA',
  'USJAX',
  'USTPA',
  'USPBI',
  'USFLL',
  'USPCV',
  'USKWE',
]);

/** Caribbean destination countries (UN/LOCODE country part) for southbound firearms. */
export const CARIBBEAN_COUNTRIES: ReadonlySet<string> = new Set([
  'JM',
  'HT',
  'DO',
  'TT',
  'BS',
  'BB',
  'LC',
  'VC',
  'GD',
  'KN',
  'AG',
  'DM',
  'GY',
  'SR',
  'BZ',
  'TC',
  'KY',
  'CW',
  'AW',
  'VG',
  'AI',
  'MS',
  'SX',
]);

/** Source and staging countries of the cocaine routes north. */
export const COCAINE_SOURCE_COUNTRIES: ReadonlySet<string> = new Set(['CO', 'VE', 'EC', 'PE', 'BO', 'PA', 'GY', 'SR']);

/** Commodities that hide loads well (perishables with fast clearance). */
export const PERISHABLE_CHAPTERS: ReadonlySet<string> = new Set(['03', '06', '07', '08', '09', '20']);

/** Words in a goods description, the HS chapters they belong to, and a label. */
export const DESCRIPTION_CLASSES: readonly { pattern: RegExp; chapters: readonly string[]; label: string }[] = [
  {
    pattern: /\b(pistols?|handguns?|revolvers?|rifles?|firearms?|guns?|shotguns?)\b/i,
    chapters: ['93'],
    label: 'firearms',
  },
  { pattern: /\b(ammunition|cartridges?|ammo)\b/i, chapters: ['93'], label: 'ammunition' },
  {
    pattern: /\b(household goods|household items|personal effects|used clothing|clothes|clothing)\b/i,
    chapters: ['61', '62', '63', '94', '98', '99'],
    label: 'household goods / clothing',
  },
  { pattern: /\bfurniture\b/i, chapters: ['94'], label: 'furniture' },
  { pattern: /\b(bananas?|plantains?|pineapples?|mangoes|fruit)\b/i, chapters: ['08', '20'], label: 'fruit' },
  { pattern: /\bcoffee\b/i, chapters: ['09', '21'], label: 'coffee' },
  {
    pattern: /\b(rice|flour|foodstuffs?|food items|canned goods|groceries)\b/i,
    chapters: ['02', '03', '04', '07', '08', '10', '11', '16', '19', '20', '21'],
    label: 'foodstuff',
  },
  {
    pattern: /\b(auto parts|car parts|spare parts|tyres|tires)\b/i,
    chapters: ['40', '84', '85', '87'],
    label: 'vehicle parts',
  },
  { pattern: /\b(electronics|televisions?|phones?|laptops?)\b/i, chapters: ['84', '85'], label: 'electronics' },
  { pattern: /\btoys?\b/i, chapters: ['95'], label: 'toys' },
  { pattern: /\b(rum|beer|liquor|spirits|wine)\b/i, chapters: ['22'], label: 'beverages' },
];

/** Concealment covers for firearms southbound from Florida: barrels and boxes of household goods. */
export const CONCEALMENT_COVER =
  /\b(barrels?|drums?|household goods|personal effects|used clothing|food items|groceries)\b/i;

export const WEIGHTS = {
  watchlistExact: 40,
  watchlistFuzzy: 25,
  watchlistCap: 60,
  firearmsSouthbound: 35,
  cocaineRoute: 20,
  concealment: 25,
  hsMismatch: 20,
  containerCheckDigit: 15,
  containerCheckDigitCap: 30,
  imoCheckDigit: 15,
  aisGap: 20,
  encounter: 25,
  loitering: 15,
  identity: 15,
  impossibleMovement: 10,
  unknownCarrier: 5,
} as const;

/** Lanes by score: red (physical examination) from 60, yellow (documentary check) from 30, else green. */
export const LANE_THRESHOLDS = { red: 60, yellow: 30 } as const;
