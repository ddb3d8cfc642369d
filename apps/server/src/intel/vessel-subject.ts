import { isMmsiFormat, isValidImo } from '@tidewatch/ais';
import type { VesselSubject } from '@tidewatch/contracts';

/** An MMSI as text: nine digits with leading zeros (coast stations start 00). */
export const mmsiText = (mmsi: number): string => String(mmsi).padStart(9, '0');

/**
 * A heard vessel as an alert's structured subject. AIS carries a 30-bit number, so a faulty or spoofed
 * transponder can send a 10-digit "MMSI"; the subject contract only takes real MMSIs, and one bad
 * identifier must not make the whole alert fail (OPS-L5): the invalid MMSI stays in the alert's text and
 * `mmsis`, and the subject keeps whatever valid identifiers remain, or is left out.
 */
export function vesselSubject(mmsi: number, name: string | null, imo: number | null): VesselSubject | null {
  const subject: VesselSubject = {
    ...(isMmsiFormat(mmsiText(mmsi)) ? { mmsi: mmsiText(mmsi) } : {}),
    ...(name ? { name: name.slice(0, 120) } : {}),
    ...(imo !== null && isValidImo(imo) ? { imo: String(imo).padStart(7, '0') } : {}),
  };
  return Object.keys(subject).length > 0 ? subject : null;
}
