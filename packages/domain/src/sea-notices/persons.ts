import type { ApplicationPayload } from '@tidewatch/ais';

/** "Unknown" codes of the persons fields (IMO 13-bit count; Inland AIS 8-bit crew and personnel). */
const UNKNOWN_13 = 8191;
const UNKNOWN_8 = 255;

/** Persons on board from a payload that reports them; null for other payloads or when all are unknown. */
export function personsOnBoardOf(p: ApplicationPayload): number | null {
  if (p.kind === 'persons-on-board') return p.persons === UNKNOWN_13 ? null : p.persons;
  if (p.kind !== 'inland-persons') return null;
  const parts = [
    p.crew === UNKNOWN_8 ? null : p.crew,
    p.passengers === UNKNOWN_13 ? null : p.passengers,
    p.personnel === UNKNOWN_8 ? null : p.personnel,
  ].filter((n): n is number => n !== null);
  return parts.length === 0 ? null : parts.reduce((a, b) => a + b, 0);
}
