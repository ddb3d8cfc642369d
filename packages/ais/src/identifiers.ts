/**
 * Ship identifier checks that need no lookup tables. MMSI kinds and flag states live in mmsi.ts.
 */

/** IMO ship number: 7 digits; the first six weighted 7..2 and summed, last digit of the sum = check digit. */
export function isValidImo(imo: string | number): boolean {
  const text = typeof imo === 'number' ? String(imo) : imo.replace(/^IMO\s*/i, '');
  if (!/^\d{7}$/.test(text)) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(text[i]) * (7 - i);
  return sum % 10 === Number(text[6]);
}

/** MMSI: exactly nine digits (leading zeros are meaningful: 00MID is a coast station). */
export function isMmsiFormat(mmsi: string | number): boolean {
  const text = typeof mmsi === 'number' ? String(mmsi).padStart(9, '0') : mmsi;
  return /^\d{9}$/.test(text);
}
