import type { BitReader } from '../bit-reader.ts';
import type { RejectReason } from '../reject-reasons.ts';
import { decodeAcknowledge } from './acknowledge.ts';
import { decodeAidToNavigation } from './aid-to-navigation.ts';
import { decodeAssignedMode } from './assigned-mode.ts';
import { decodeBaseStation } from './base-station.ts';
import {
  decodeAddressedBinary,
  decodeBroadcastBinary,
  decodeMultiSlotBinary,
  decodeSingleSlotBinary,
} from './binary.ts';
import { decodeChannelManagement } from './channel-management.ts';
import { decodeClassAPosition } from './class-a-position.ts';
import { decodeClassBExtended, decodeClassBPosition } from './class-b-position.ts';
import { decodeDataLink } from './data-link.ts';
import { decodeDgnss } from './dgnss.ts';
import { decodeGroupAssignment } from './group-assignment.ts';
import { decodeInterrogation } from './interrogation.ts';
import { decodeLongRange } from './long-range.ts';
import { decodeAddressedSafety, decodeSafetyBroadcast } from './safety-text.ts';
import { decodeSarAircraft } from './sar-aircraft.ts';
import { decodeStaticDataReport } from './static-data-report.ts';
import { decodeStaticVoyage } from './static-voyage.ts';
import type { AisMessage } from './types.ts';
import { decodeUtcInquiry } from './utc-inquiry.ts';

/** Decodes the payload loaded in `r` into a typed message, or says why it cannot. */
export function decodePayload(r: BitReader): AisMessage | RejectReason {
  // every message starts with type, repeat indicator and MMSI: 38 bits
  if (r.bitLength < 38) return 'truncated';
  const type = r.uint(0, 6);
  const repeat = r.uint(6, 2);
  const mmsi = r.uint(8, 30);
  switch (type) {
    case 1:
    case 2:
    case 3:
      return decodeClassAPosition(r, type, repeat, mmsi);
    case 4:
    case 11:
      return decodeBaseStation(r, type, repeat, mmsi);
    case 5:
      return decodeStaticVoyage(r, repeat, mmsi);
    case 6:
      return decodeAddressedBinary(r, repeat, mmsi);
    case 7:
    case 13:
      return decodeAcknowledge(r, type, repeat, mmsi);
    case 8:
      return decodeBroadcastBinary(r, repeat, mmsi);
    case 9:
      return decodeSarAircraft(r, repeat, mmsi);
    case 10:
      return decodeUtcInquiry(r, repeat, mmsi);
    case 12:
      return decodeAddressedSafety(r, repeat, mmsi);
    case 14:
      return decodeSafetyBroadcast(r, repeat, mmsi);
    case 15:
      return decodeInterrogation(r, repeat, mmsi);
    case 16:
      return decodeAssignedMode(r, repeat, mmsi);
    case 17:
      return decodeDgnss(r, repeat, mmsi);
    case 18:
      return decodeClassBPosition(r, repeat, mmsi);
    case 19:
      return decodeClassBExtended(r, repeat, mmsi);
    case 20:
      return decodeDataLink(r, repeat, mmsi);
    case 21:
      return decodeAidToNavigation(r, repeat, mmsi);
    case 22:
      return decodeChannelManagement(r, repeat, mmsi);
    case 23:
      return decodeGroupAssignment(r, repeat, mmsi);
    case 24:
      return decodeStaticDataReport(r, repeat, mmsi);
    case 25:
      return decodeSingleSlotBinary(r, repeat, mmsi);
    case 26:
      return decodeMultiSlotBinary(r, repeat, mmsi);
    case 27:
      return decodeLongRange(r, repeat, mmsi);
    default:
      return 'unsupported_type';
  }
}
