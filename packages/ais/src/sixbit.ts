/**
 * The two six-bit alphabets of AIS: the payload "armour" (ASCII chars carrying 6 bits each in the NMEA
 * sentence) and the six-bit text alphabet (ITU-R M.1371 table 47) used for names, call signs and messages.
 */

/** Six-bit text alphabet: value 0 is '@' (padding / "not available"), 32 is space. */
export const TEXT_ALPHABET = '@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !"#$%&\'()*+,-./0123456789:;<=>?';

/**
 * Armour char code -> six-bit value, or -1. A lookup table beats arithmetic plus range checks in the hot
 * path, and rejects the gap 88-95 ('X'..'_') that is not part of the armour.
 */
export const ARMOUR_VALUE: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let c = 48; c <= 87; c++) table[c] = c - 48;
  for (let c = 96; c <= 119; c++) table[c] = c - 56;
  return table;
})();

/** Six-bit value -> armour char. */
export const ARMOUR_CHARS = (() => {
  let s = '';
  for (let v = 0; v < 64; v++) s += String.fromCharCode(v < 40 ? v + 48 : v + 56);
  return s;
})();

/** ASCII char code -> six-bit text value, or -1 for characters the AIS text alphabet cannot carry. */
export const TEXT_VALUE: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let v = 0; v < 64; v++) table[TEXT_ALPHABET.charCodeAt(v)] = v;
  return table;
})();
