/**
 * Spanish and French person names (NAME-1, NAME-2): one person is written "Juan Carlos Pérez García",
 * "PEREZ GARCIA, Juan Carlos", "Juan Pérez" or "J. C. Pérez" on different papers. Given names come first,
 * then one or two surnames (father's, mother's); a register writes the surnames first with a comma; the
 * second surname, middle given names and particles (de, del, de la, y, du, des, le, la, van) are often left
 * out, and given names shortened to initials. Jaro-Winkler over the whole name cannot see that structure
 * ("JUAN PEREZ" scores 0.86 against "JUAN CARLOS PEREZ GARCIA"), so persons also match by their words.
 */

/** Particles between or before surnames; dropped unless the name would keep fewer than two words. */
const PARTICLES = new Set(['DE', 'DEL', 'LA', 'LAS', 'LOS', 'Y', 'DU', 'DES', 'LE', 'VAN', 'VON', 'DER', 'DA', 'DOS']);

/** A person name as words, given names first, accents folded, particles and punctuation gone. */
export function personWords(raw: string): string[] {
  const folded = raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase();
  // "PEREZ GARCIA, Juan Carlos": a register's surnames-first order, turned round to given names first.
  const comma = folded.indexOf(',');
  const ordered = comma < 0 ? folded : `${folded.slice(comma + 1)} ${folded.slice(0, comma)}`;
  const words = ordered
    // D'ARTAGNAN, L'ESPERANCE: the elided particle goes with its apostrophe.
    .replace(/\b[DL]['’]/g, ' ')
    .replace(/\./g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  const kept = words.filter((w) => !PARTICLES.has(w));
  return kept.length >= 2 ? kept : words;
}

/** `short` is `long`'s initial, or the words are equal. */
const sameWord = (a: string, b: string): boolean =>
  a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

/**
 * Whether two person names (as personWords gives them) name the same person by their structure: the one
 * with fewer words has at least two, its first word is the other's first given name (or its initial), and
 * every further word is, in order, one of the other's further words (or an initial of one), the last of them
 * written out in full (a surname, never an initial). Answers how: 'words' when every word matched in full,
 * 'initials' when an initial stood for a word; null when the names do not match this way.
 */
export function personNamesMatch(a: readonly string[], b: readonly string[]): 'words' | 'initials' | null {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const first = short[0];
  const last = short[short.length - 1];
  const longFirst = long[0];
  if (short.length < 2 || first === undefined || last === undefined || longFirst === undefined) return null;
  if (last.length < 2 || !sameWord(first, longFirst)) return null;
  let initials = first !== longFirst;
  let at = 1;
  for (let i = 1; i < short.length; i++) {
    const word = short[i] ?? '';
    const isLast = i === short.length - 1;
    while (at < long.length && !(isLast ? long[at] === word : sameWord(word, long[at] ?? ''))) at++;
    if (at === long.length) return null;
    if (word !== long[at]) initials = true;
    at++;
  }
  return initials ? 'initials' : 'words';
}
