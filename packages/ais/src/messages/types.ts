/**
 * Our typed AIS messages (ITU-R M.1371-5 field meanings, natural units). Conventions:
 * - positions in decimal degrees, speeds in knots, courses and headings in degrees;
 * - a field whose raw value is the standard "not available" code (lon 181, lat 91, sog 1023, cog 3600,
 *   heading 511, second 60, ...) is `null`; other out-of-range raw values are kept so nothing is lost;
 * - six-bit text is cut at the first '@' and trimmed of trailing spaces.
 */

import type { ApplicationPayload, ApplicationRefusal } from './applications/types.ts';

export type * from './applications/types.ts';

interface Header {
  /** Repeat indicator 0-3. */
  repeat: number;
  mmsi: number;
}

/** Raw bits of a binary application payload, as hex (last byte zero-padded) plus the exact bit count. */
export interface BinaryData {
  bits: number;
  hex: string;
}

export interface ShipDimensions {
  /** Metres from the reference point to bow / stern / port / starboard; 0 = not available. */
  toBow: number;
  toStern: number;
  toPort: number;
  toStarboard: number;
}

/** Types 1, 2, 3: Class A position report. */
export interface ClassAPositionReport extends Header {
  type: 1 | 2 | 3;
  navStatus: number;
  /** ROT_AIS indicator -127..127 as sent (±127: turning faster than 5 deg/30 s, no turn indicator). */
  turn: number | null;
  /** Rate of turn in degrees per minute, signed (negative = port); null when unknown (turn ±127 or n/a). */
  rateOfTurn: number | null;
  /** Knots; 102.2 means 102.2 knots or more. */
  speed: number | null;
  accuracy: boolean;
  lon: number | null;
  lat: number | null;
  course: number | null;
  heading: number | null;
  /** UTC second 0-59, or 61 (manual), 62 (dead reckoning), 63 (inoperative); null = not available. */
  second: number | null;
  maneuver: number;
  raim: boolean;
  radio: number;
}

/** Types 4 (base station report) and 11 (UTC/date response). */
export interface BaseStationReport extends Header {
  type: 4 | 11;
  year: number | null;
  month: number | null;
  day: number | null;
  hour: number | null;
  minute: number | null;
  second: number | null;
  accuracy: boolean;
  lon: number | null;
  lat: number | null;
  epfd: number;
  raim: boolean;
  radio: number;
}

/** Type 5: static and voyage related data. */
export interface StaticVoyageData extends Header, ShipDimensions {
  type: 5;
  aisVersion: number;
  imo: number | null;
  callsign: string;
  shipName: string;
  shipType: number;
  epfd: number;
  etaMonth: number | null;
  etaDay: number | null;
  etaHour: number | null;
  etaMinute: number | null;
  /** Metres. */
  draught: number | null;
  destination: string;
  /** Data terminal equipment NOT ready (the bit is 1). */
  dte: boolean;
}

/**
 * The application payload of a type 6 or 8: its bits always, and its decoded fields when the DAC/FI is
 * one we decode (`application`), or why not (`refusal`). Exactly one of the two is non-null.
 */
interface BinaryApplication {
  dac: number;
  fid: number;
  data: BinaryData;
  application: ApplicationPayload | null;
  refusal: ApplicationRefusal | null;
}

/** Type 6: addressed binary message. */
export interface AddressedBinary extends Header, BinaryApplication {
  type: 6;
  seqNo: number;
  destMmsi: number;
  retransmit: boolean;
}

/** Types 7 and 13: binary / safety acknowledge. */
export interface Acknowledge extends Header {
  type: 7 | 13;
  acks: Array<{ mmsi: number; seqNo: number }>;
}

/** Type 8: broadcast binary message. */
export interface BroadcastBinary extends Header, BinaryApplication {
  type: 8;
}

/** Type 9: standard SAR aircraft position report. */
export interface SarAircraftReport extends Header {
  type: 9;
  /** Metres; 4094 means 4094 m or higher. */
  altitude: number | null;
  /** Knots (1 knot resolution); 1022 means 1022 knots or more. */
  speed: number | null;
  accuracy: boolean;
  lon: number | null;
  lat: number | null;
  course: number | null;
  second: number | null;
  regional: number;
  dte: boolean;
  assigned: boolean;
  raim: boolean;
  radio: number;
}

/** Type 10: UTC and date inquiry. */
export interface UtcInquiry extends Header {
  type: 10;
  destMmsi: number;
}

/** Type 12: addressed safety related message. */
export interface AddressedSafety extends Header {
  type: 12;
  seqNo: number;
  destMmsi: number;
  retransmit: boolean;
  text: string;
}

/** Type 14: safety related broadcast message. */
export interface SafetyBroadcast extends Header {
  type: 14;
  text: string;
}

/** Type 15: interrogation (one or two stations, up to three requested messages). */
export interface Interrogation extends Header {
  type: 15;
  targets: Array<{ mmsi: number; requests: Array<{ messageType: number; slotOffset: number }> }>;
}

/** Type 16: assigned mode command. */
export interface AssignedModeCommand extends Header {
  type: 16;
  assignments: Array<{ mmsi: number; offset: number; increment: number }>;
}

/** Type 17: DGNSS broadcast binary message (corrections kept as bits). */
export interface DgnssBroadcast extends Header {
  type: 17;
  lon: number | null;
  lat: number | null;
  data: BinaryData;
}

/** Type 18: standard Class B position report. */
export interface ClassBPositionReport extends Header {
  type: 18;
  /** Regional reserved bits 38-45 (gpsd's "reserved"). */
  reserved: number;
  speed: number | null;
  accuracy: boolean;
  lon: number | null;
  lat: number | null;
  course: number | null;
  heading: number | null;
  second: number | null;
  regional: number;
  cs: boolean;
  display: boolean;
  dsc: boolean;
  band: boolean;
  msg22: boolean;
  assigned: boolean;
  raim: boolean;
  /** 20 bits: communication state selector flag + 19-bit state. */
  radio: number;
}

/** Type 19: extended Class B position report. */
export interface ClassBExtendedReport extends Header, ShipDimensions {
  type: 19;
  reserved: number;
  speed: number | null;
  accuracy: boolean;
  lon: number | null;
  lat: number | null;
  course: number | null;
  heading: number | null;
  second: number | null;
  regional: number;
  shipName: string;
  shipType: number;
  epfd: number;
  raim: boolean;
  dte: boolean;
  assigned: boolean;
}

/** Type 20: data link management (slot reservations). */
export interface DataLinkManagement extends Header {
  type: 20;
  reservations: Array<{ offset: number; number: number; timeout: number; increment: number }>;
}

/** Type 21: aid-to-navigation report. */
export interface AidToNavigationReport extends Header, ShipDimensions {
  type: 21;
  aidType: number;
  /** Name, with the name extension appended. */
  name: string;
  accuracy: boolean;
  lon: number | null;
  lat: number | null;
  epfd: number;
  second: number | null;
  offPosition: boolean;
  regional: number;
  raim: boolean;
  virtualAid: boolean;
  assigned: boolean;
}

/** Rectangle corners in degrees, at the 1/10 minute resolution of types 22 and 23. */
export interface Area {
  neLon: number;
  neLat: number;
  swLon: number;
  swLat: number;
}

/** Type 22: channel management. */
export interface ChannelManagement extends Header {
  type: 22;
  channelA: number;
  channelB: number;
  txrx: number;
  power: boolean;
  addressed: boolean;
  /** Set when not addressed. */
  area: Area | null;
  /** Set when addressed. */
  dest1: number | null;
  dest2: number | null;
  bandA: boolean;
  bandB: boolean;
  zoneSize: number;
}

/** Type 23: group assignment command. */
export interface GroupAssignment extends Header {
  type: 23;
  area: Area;
  stationType: number;
  shipType: number;
  txrx: number;
  interval: number;
  quiet: number;
}

/** Type 24 part A: name. */
export interface StaticDataReportA extends Header {
  type: 24;
  part: 'A';
  shipName: string;
}

/** Type 24 part B: type, vendor, call sign, dimensions (or mother ship for 98MIDxxxx craft). */
export interface StaticDataReportB extends Header {
  type: 24;
  part: 'B';
  shipType: number;
  /** Manufacturer id: 3 chars since M.1371-4. */
  vendorId: string;
  model: number;
  serial: number;
  /** The whole 42-bit field as 7 chars, as M.1371-3 defined it (what gpsd prints as vendorid). */
  vendorIdLegacy: string;
  callsign: string;
  /** Dimensions; null for an auxiliary craft (MMSI 98MIDxxxx), which sends its mother ship instead. */
  dimensions: ShipDimensions | null;
  mothershipMmsi: number | null;
}

export type StaticDataReport = StaticDataReportA | StaticDataReportB;

/** Type 25: single slot binary message. */
export interface SingleSlotBinary extends Header {
  type: 25;
  addressed: boolean;
  structured: boolean;
  destMmsi: number | null;
  /** 16-bit application id (DAC << 6 | FI) when structured. */
  appId: number | null;
  data: BinaryData;
}

/** Type 26: multiple slot binary message with communication state. */
export interface MultiSlotBinary extends Header {
  type: 26;
  addressed: boolean;
  structured: boolean;
  destMmsi: number | null;
  appId: number | null;
  data: BinaryData;
  radio: number;
}

/** Type 27: long-range position report (positions at 1/10 minute, speed and course in whole units). */
export interface LongRangeReport extends Header {
  type: 27;
  accuracy: boolean;
  raim: boolean;
  navStatus: number;
  lon: number | null;
  lat: number | null;
  speed: number | null;
  course: number | null;
  /** Position latency: true = position older than 5 s. */
  positionLatency: boolean;
}

export type AisMessage =
  | ClassAPositionReport
  | BaseStationReport
  | StaticVoyageData
  | AddressedBinary
  | Acknowledge
  | BroadcastBinary
  | SarAircraftReport
  | UtcInquiry
  | AddressedSafety
  | SafetyBroadcast
  | Interrogation
  | AssignedModeCommand
  | DgnssBroadcast
  | ClassBPositionReport
  | ClassBExtendedReport
  | DataLinkManagement
  | AidToNavigationReport
  | ChannelManagement
  | GroupAssignment
  | StaticDataReport
  | SingleSlotBinary
  | MultiSlotBinary
  | LongRangeReport;
