import anyAscii from 'any-ascii';
import { doubleMetaphone } from 'double-metaphone';
import { jaroWinkler } from '../matching/similarity.ts';
import { normaliseName, type NameKind } from '../matching/normalise.ts';

/**
 * Names as entity resolution compares them (ENT-3). Reports spell one person many ways: accents dropped by a
 * keyboard, Cyrillic or Arabic names romanised by different schemes, a Spanish full name with both surnames in
 * one report and only the first in another. Transliteration is any-ascii's (an independent, maintained table),
 * so "Дмитрий" and "Dmitriy" meet; spelling variants of one sound meet through Double Metaphone.
 */

/** Spanish and Portuguese name particles: "de la", "del", "y" join surnames and carry no identity. */
const PARTICLES = new Set([
  'DE',
  'DEL',
  'LA',
  'LAS',
  'LOS',
  'Y',
  'E',
  'DA',
  'DO',
  'DOS',
  'DAS',
  'VAN',
  'VON',
  'DER',
  'AL',
  'EL',
  'BIN',
  'BEN',
]);

/** A name in plain Latin capitals without accents or punctuation, legal forms dropped for organisations. */
export function nameKey(raw: string, kind: NameKind): string {
  return normaliseName(anyAscii(raw), kind);
}

/** The identifying words of a name: particles dropped, so "María de la Cruz" has the words MARIA, CRUZ. */
export function nameTokens(raw: string, kind: NameKind): string[] {
  // "Ordóñez Castañeda, Ramón" is a list form of "Ramón Ordóñez Castañeda".
  const comma = raw.indexOf(',');
  const ordered = kind === 'person' && comma > 0 ? `${raw.slice(comma + 1)} ${raw.slice(0, comma)}` : raw;
  const key = nameKey(ordered, kind);
  if (key === '') return [];
  const words = key.split(' ');
  const kept = kind === 'person' ? words.filter((w) => !PARTICLES.has(w)) : words;
  return kept.length > 0 ? kept : words;
}

/** How alike two words are: equal sounds count as near-equal, otherwise Jaro-Winkler on the spelling. */
function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  // An initial matches a word it starts ("J" and "JUAN"), but only weakly: initials are common.
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return 0.85;
  const spelling = jaroWinkler(a, b);
  if (a.length < 3 || b.length < 3) return spelling;
  const [a1, a2] = doubleMetaphone(a);
  const [b1, b2] = doubleMetaphone(b);
  const sameSound = a1 === b1 || a1 === b2 || a2 === b1 || (a2 === b2 && a2 !== '');
  return sameSound ? Math.max(spelling, 0.93) : spelling;
}

/**
 * The similarity of the shorter name's words to the longer name's, each word to its best unused partner, in
 * any order. A person's shorter name is allowed to omit words (a second surname, a middle name) as long as it
 * keeps at least two, and its first word (the given name) matches one of the other's first two words; an
 * organisation or vessel name must match word for word, so "Caribe Shipping" is not "Caribe Shipping Lines".
 */
export function nameSimilarity(a: readonly string[], b: readonly string[], kind: NameKind): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const used = new Set<number>();
  const partners: number[] = [];
  let total = 0;
  for (const word of short) {
    let best = 0;
    let bestIndex = -1;
    long.forEach((other, index) => {
      if (used.has(index)) return;
      const similarity = wordSimilarity(word, other);
      if (similarity > best) {
        best = similarity;
        bestIndex = index;
      }
    });
    if (bestIndex >= 0) used.add(bestIndex);
    partners.push(bestIndex);
    total += best;
  }
  const matched = total / short.length;
  const omitted = long.length - short.length;
  if (omitted === 0) return matched;
  if (kind !== 'person') return matched * (short.length / long.length);
  // A single word ("García") says too little to stand for a full name.
  if (short.length < 2) return matched * 0.6;
  // The short form must keep the long form's order and start with its given name. It usually keeps the first
  // surname (Spanish "Juan Pérez" for "Juan Pérez García"): words taken from the front cost little; skipping
  // over a word (a middle name, or the first surname) costs more, since it is also how two relatives differ.
  const inOrder = partners.every((p, i) => i === 0 || p > (partners[i - 1] ?? -1));
  if (partners[0] !== 0 || !inOrder) return matched * 0.75;
  const fromTheFront = partners.every((p, i) => p === i);
  return matched * (fromTheFront ? 0.98 : 0.9);
}
