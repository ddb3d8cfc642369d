import type { BitReader } from '../../bit-reader.ts';
import { decodeAreaNotice } from './area-notice.ts';
import { decodeAtonMonitoring } from './aton-monitoring.ts';
import { decodeAirDraught, decodeDangerousCargo236, decodeFairwayClosed, decodePersonsOnBoard } from './imo236.ts';
import {
  decodeBerthingData,
  decodeClearanceTime,
  decodeDangerousCargo289,
  decodeMarineTrafficSignal,
  decodeRouteInformation,
  decodeTextDescription,
  decodeVtsTargets,
} from './imo289.ts';
import {
  INLAND_LENGTHS,
  decodeInlandEmma,
  decodeInlandLockTime,
  decodeInlandPersons,
  decodeInlandSignal,
  decodeInlandStatic,
  decodeInlandWaterLevel,
} from './inland.ts';
import { decodeMetHydro236, decodeMetHydro289 } from './met-hydro.ts';
import { decodeTidalWindow } from './tidal-window.ts';
import type { ApplicationPayload, ApplicationRefusal } from './types.ts';

/** Application data starts after the DAC/FI: bit 88 in a type 6, bit 56 in a type 8. */
const ADDRESSED_BASE = 88;
const BROADCAST_BASE = 56;

/** Type 8 persons-on-board payloads gpsd accepts (IMO 236: 72 bits, IMO 289: 136); others reuse FI 16. */
const BROADCAST_PERSONS_BITS = new Set([72, 136]);

function exactly(
  r: BitReader,
  bits: number,
  decode: () => ApplicationPayload,
): ApplicationPayload | ApplicationRefusal {
  return r.bitLength === bits ? decode() : 'bad_length';
}

/** At least `bits` long: the layouts whose tail is optional or repeated. */
function atLeast(
  r: BitReader,
  bits: number,
  decode: () => ApplicationPayload,
): ApplicationPayload | ApplicationRefusal {
  return r.bitLength >= bits ? decode() : 'bad_length';
}

/**
 * The application payload of a type 6 (addressed) binary message, for every DAC/FI gpsd decodes plus the
 * IMO 289 area notice. A refusal says why the payload stays raw bits.
 *
 * Where we knowingly read differently from gpsd (none of it occurs in gpsd's test logs):
 * - FI 15 air draught and FI 16 persons are read where the application data starts (bit 88 in a type 6,
 *   56 in a type 8); gpsd reads type 6 FI 15 at bit 56 and FI 16 at bit 55 (inside the addressing fields)
 *   unless the payload is 136 bits;
 * - a DAC 1 payload too short for its fixed header is refused as `bad_length`; gpsd decodes it with zeros;
 * - the gpsd JSON writer prints EMMA dates in the field order sent (gpsd swaps hour and day) and DAC 1 FI 19
 *   positions unscaled when asked to (gpsd always scales them and leaves out a comma).
 */
export function decodeAddressedApplication(
  r: BitReader,
  dac: number,
  fid: number,
): ApplicationPayload | ApplicationRefusal {
  if (dac === 200) {
    if (fid === 21) return exactly(r, INLAND_LENGTHS.eta, () => decodeInlandLockTime(r, 21));
    if (fid === 22) return exactly(r, INLAND_LENGTHS.rta, () => decodeInlandLockTime(r, 22));
    if (fid === 55) return exactly(r, INLAND_LENGTHS.persons, () => decodeInlandPersons(r));
    return 'not_decoded';
  }
  if (dac === 235 || dac === 250) return fid === 10 ? exactly(r, 136, () => decodeAtonMonitoring(r)) : 'not_decoded';
  if (dac !== 1) return 'not_decoded';
  switch (fid) {
    case 12:
      return atLeast(r, 98, () => decodeDangerousCargo236(r));
    case 14:
      return atLeast(r, 97, () => decodeTidalWindow(r, 14));
    case 32:
      return atLeast(r, 97, () => decodeTidalWindow(r, 32));
    case 15:
      return atLeast(r, ADDRESSED_BASE + 11, () => decodeAirDraught(r, ADDRESSED_BASE));
    case 16:
      return atLeast(r, ADDRESSED_BASE + 13, () => decodePersonsOnBoard(r, ADDRESSED_BASE));
    case 18:
      return atLeast(r, 98, () => decodeClearanceTime(r));
    case 20:
      return atLeast(r, 98, () => decodeBerthingData(r));
    case 23:
      return atLeast(r, ADDRESSED_BASE + 55, () => decodeAreaNotice(r, ADDRESSED_BASE));
    case 25:
      return atLeast(r, 100, () => decodeDangerousCargo289(r));
    case 28:
      return atLeast(r, ADDRESSED_BASE + 61, () => decodeRouteInformation(r, ADDRESSED_BASE));
    case 30:
      return atLeast(r, ADDRESSED_BASE + 10, () => decodeTextDescription(r, ADDRESSED_BASE));
    default:
      return 'not_decoded';
  }
}

/** The application payload of a type 8 (broadcast) binary message. */
export function decodeBroadcastApplication(
  r: BitReader,
  dac: number,
  fid: number,
): ApplicationPayload | ApplicationRefusal {
  if (dac === 200) {
    switch (fid) {
      case 10:
        return r.bitLength === INLAND_LENGTHS.staticVoyage ? decodeInlandStatic(r) : 'bad_length';
      case 23:
        return exactly(r, INLAND_LENGTHS.emma, () => decodeInlandEmma(r));
      case 24:
        return exactly(r, INLAND_LENGTHS.waterLevel, () => decodeInlandWaterLevel(r));
      case 40:
        return exactly(r, INLAND_LENGTHS.signal, () => decodeInlandSignal(r));
      default:
        return 'not_decoded';
    }
  }
  if (dac !== 1) return 'not_decoded';
  switch (fid) {
    case 11:
      return atLeast(r, 105, () => decodeMetHydro236(r));
    case 31:
      return atLeast(r, 106, () => decodeMetHydro289(r));
    case 13:
      return atLeast(r, 116, () => decodeFairwayClosed(r));
    case 15:
      return atLeast(r, BROADCAST_BASE + 11, () => decodeAirDraught(r, BROADCAST_BASE));
    case 16:
      return BROADCAST_PERSONS_BITS.has(r.bitLength - BROADCAST_BASE)
        ? decodePersonsOnBoard(r, BROADCAST_BASE)
        : 'bad_length';
    case 17:
      return atLeast(r, BROADCAST_BASE + 2, () => decodeVtsTargets(r));
    case 19:
      return atLeast(r, 66, () => decodeMarineTrafficSignal(r));
    case 22:
      return atLeast(r, BROADCAST_BASE + 55, () => decodeAreaNotice(r, BROADCAST_BASE));
    case 27:
      return atLeast(r, BROADCAST_BASE + 61, () => decodeRouteInformation(r, BROADCAST_BASE));
    case 29:
      return atLeast(r, BROADCAST_BASE + 10, () => decodeTextDescription(r, BROADCAST_BASE));
    default:
      return 'not_decoded';
  }
}
