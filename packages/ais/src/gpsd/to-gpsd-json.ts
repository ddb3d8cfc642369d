import type {
  AddressedBinary,
  AidToNavigationReport,
  BroadcastBinary,
  AisMessage,
  Area,
  BaseStationReport,
  BinaryData,
  ClassAPositionReport,
  ClassBExtendedReport,
  ClassBPositionReport,
  LongRangeReport,
  SarAircraftReport,
  ShipDimensions,
  StaticDataReport,
  StaticVoyageData,
} from '../messages/types.ts';
import { LAT_NA, LON_NA, MIN_10, MIN_10000, latToRaw, lonToRaw, orCode, scaledToRaw } from '../messages/units.ts';
import { applicationJson } from './application-json.ts';
import { JsonLine } from './json-line.ts';
import { NAV_STATUS, epfdText, navaidTypeText, shipTypeText, stationTypeText } from './legends.ts';

export interface GpsdJsonOptions {
  /** true: degrees and knots like `gpsdecode -j`; false: gpsd's unscaled integers like `gpsdecode -u -j`. */
  scaled: boolean;
  /** gpsd's "device" field ("stdin" for gpsdecode); omitted when empty. */
  device?: string;
}

/**
 * One message as a gpsd JSON object (class "AIS"), field names and order as gpsd's json_aivdm_dump.
 * Unscaled output restores the raw integers, "not available" codes included, so it matches gpsdecode -u.
 * Type 24 parts are written separately, with gpsd's "part" field; gpsd itself prints a part A and B pair
 * as one object.
 */
export function toGpsdJson(msg: AisMessage, options: GpsdJsonOptions): string {
  const { scaled } = options;
  const j = new JsonLine().str('class', 'AIS');
  if (options.device) j.str('device', options.device);
  j.num('type', msg.type).num('repeat', msg.repeat).num('mmsi', msg.mmsi).bool('scaled', scaled);
  switch (msg.type) {
    case 1:
    case 2:
    case 3:
      classA(j, msg, scaled);
      break;
    case 4:
    case 11:
      baseStation(j, msg, scaled);
      break;
    case 5:
      staticVoyage(j, msg, scaled);
      break;
    case 6:
      j.num('seqno', msg.seqNo).num('dest_mmsi', msg.destMmsi).bool('retransmit', msg.retransmit);
      binaryApplication(j, msg, scaled);
      break;
    case 7:
    case 13:
      for (let i = 0; i < 4; i++) j.num(`mmsi${i + 1}`, msg.acks[i]?.mmsi ?? 0);
      break;
    case 8:
      binaryApplication(j, msg, scaled);
      break;
    case 9:
      sarAircraft(j, msg, scaled);
      break;
    case 10:
      j.num('dest_mmsi', msg.destMmsi);
      break;
    case 12:
      j.num('seqno', msg.seqNo).num('dest_mmsi', msg.destMmsi).bool('retransmit', msg.retransmit).str('text', msg.text);
      break;
    case 14:
      j.str('text', msg.text);
      break;
    case 15: {
      const [t1, t2] = msg.targets;
      j.num('mmsi1', t1?.mmsi ?? 0);
      j.num('type1_1', t1?.requests[0]?.messageType ?? 0).num('offset1_1', t1?.requests[0]?.slotOffset ?? 0);
      j.num('type1_2', t1?.requests[1]?.messageType ?? 0).num('offset1_2', t1?.requests[1]?.slotOffset ?? 0);
      j.num('mmsi2', t2?.mmsi ?? 0);
      j.num('type2_1', t2?.requests[0]?.messageType ?? 0).num('offset2_1', t2?.requests[0]?.slotOffset ?? 0);
      break;
    }
    case 16:
      for (let i = 0; i < 2; i++) {
        const a = msg.assignments[i];
        j.num(`mmsi${i + 1}`, a?.mmsi ?? 0)
          .num(`offset${i + 1}`, a?.offset ?? 0)
          .num(`increment${i + 1}`, a?.increment ?? 0);
      }
      break;
    case 17:
      if (scaled) j.fixed('lon', msg.lon ?? LON_NA, 1).fixed('lat', msg.lat ?? LAT_NA, 1);
      else j.num('lon', lonToRaw(msg.lon, MIN_10)).num('lat', latToRaw(msg.lat, MIN_10));
      data(j, msg.data);
      break;
    case 18:
      classB(j, msg, scaled);
      j.num('regional', msg.regional).bool('cs', msg.cs).bool('display', msg.display).bool('dsc', msg.dsc);
      j.bool('band', msg.band).bool('msg22', msg.msg22).bool('raim', msg.raim).num('radio', msg.radio);
      break;
    case 19:
      classB(j, msg, scaled);
      j.num('regional', msg.regional).str('shipname', msg.shipName);
      shipType(j, msg.shipType);
      dimensions(j, msg);
      j.num('epfd', msg.epfd).str('epfd_text', epfdText(msg.epfd));
      j.bool('raim', msg.raim)
        .num('dte', msg.dte ? 1 : 0)
        .bool('assigned', msg.assigned);
      break;
    case 20:
      for (let i = 0; i < 4; i++) {
        const r = msg.reservations[i];
        j.num(`offset${i + 1}`, r?.offset ?? 0).num(`number${i + 1}`, r?.number ?? 0);
        j.num(`timeout${i + 1}`, r?.timeout ?? 0).num(`increment${i + 1}`, r?.increment ?? 0);
      }
      break;
    case 21:
      aidToNavigation(j, msg, scaled);
      break;
    case 22:
      j.num('channel_a', msg.channelA).num('channel_b', msg.channelB).num('txrx', msg.txrx).bool('power', msg.power);
      if (msg.addressed) j.num('dest1', msg.dest1 ?? 0).num('dest2', msg.dest2 ?? 0);
      else area(j, msg.area ?? { neLon: 0, neLat: 0, swLon: 0, swLat: 0 }, scaled);
      j.bool('addressed', msg.addressed)
        .bool('band_a', msg.bandA)
        .bool('band_b', msg.bandB)
        .num('zonesize', msg.zoneSize);
      break;
    case 23:
      area(j, msg.area, scaled);
      j.num('stationtype', msg.stationType).str('stationtype_text', stationTypeText(msg.stationType));
      shipType(j, msg.shipType);
      j.num('interval', msg.interval).num('quiet', msg.quiet);
      break;
    case 24:
      staticDataReport(j, msg);
      break;
    case 25:
    case 26:
      j.bool('addressed', msg.addressed).bool('structured', msg.structured);
      j.num('dest_mmsi', msg.destMmsi ?? 0).num('app_id', msg.appId ?? 0);
      data(j, msg.data);
      if (msg.type === 26) j.num('radio', msg.radio);
      break;
    case 27:
      longRange(j, msg, scaled);
      break;
  }
  return j.toString();
}

function position(j: JsonLine, lon: number | null, lat: number | null, scaled: boolean): void {
  if (scaled) j.fixed('lon', lon ?? LON_NA, 7).fixed('lat', lat ?? LAT_NA, 7);
  else j.num('lon', lonToRaw(lon, MIN_10000)).num('lat', latToRaw(lat, MIN_10000));
}

function course(j: JsonLine, value: number | null, scaled: boolean): void {
  if (scaled) j.fixed('course', value ?? 360, 1);
  else j.num('course', scaledToRaw(value, 3600, 10));
}

/** DAC and FI, then the decoded application fields, or the raw bits when not decoded (as gpsd). */
function binaryApplication(j: JsonLine, m: AddressedBinary | BroadcastBinary, scaled: boolean): void {
  j.num('dac', m.dac).num('fid', m.fid);
  if (m.application === null || !applicationJson(j, m.application, scaled)) data(j, m.data);
}

function data(j: JsonLine, d: BinaryData): void {
  j.str('data', `${d.bits}:${d.hex}`);
}

function shipType(j: JsonLine, type: number): void {
  j.num('shiptype', type).str('shiptype_text', shipTypeText(type));
}

function dimensions(j: JsonLine, d: ShipDimensions): void {
  j.num('to_bow', d.toBow).num('to_stern', d.toStern).num('to_port', d.toPort).num('to_starboard', d.toStarboard);
}

/** gpsd writes the scaled corners of types 22/23 as quoted "%f" strings. */
function area(j: JsonLine, a: Area, scaled: boolean): void {
  const corners: Array<[string, number]> = [
    ['ne_lon', a.neLon],
    ['ne_lat', a.neLat],
    ['sw_lon', a.swLon],
    ['sw_lat', a.swLat],
  ];
  for (const [name, deg] of corners) {
    if (scaled) j.str(name, deg.toFixed(6));
    else j.num(name, Math.round(deg * MIN_10));
  }
}

function classA(j: JsonLine, m: ClassAPositionReport, scaled: boolean): void {
  j.num('status', m.navStatus).str('status_text', NAV_STATUS[m.navStatus] ?? 'Not defined');
  if (scaled) {
    if (m.turn === null) j.str('turn', 'n/a');
    else if (m.turn === -127) j.str('turn', 'fastleft');
    else if (m.turn === 127) j.str('turn', 'fastright');
    else j.str('turn', (m.rateOfTurn ?? 0).toFixed(2));
    if (m.speed === null) j.str('speed', 'n/a');
    else if (m.speed === 102.2) j.str('speed', 'fast');
    else j.fixed('speed', m.speed, 1);
  } else {
    j.num('turn', orCode(m.turn, -128)).num('speed', scaledToRaw(m.speed, 1023, 10));
  }
  j.bool('accuracy', m.accuracy);
  position(j, m.lon, m.lat, scaled);
  course(j, m.course, scaled);
  j.num('heading', orCode(m.heading, 511)).num('second', orCode(m.second, 60)).num('maneuver', m.maneuver);
  j.bool('raim', m.raim).num('radio', m.radio);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function baseStation(j: JsonLine, m: BaseStationReport, scaled: boolean): void {
  const year = String(orCode(m.year, 0)).padStart(4, '0');
  const date = `${year}-${pad2(orCode(m.month, 0))}-${pad2(orCode(m.day, 0))}`;
  const time = `${pad2(orCode(m.hour, 24))}:${pad2(orCode(m.minute, 60))}:${pad2(orCode(m.second, 60))}`;
  j.str('timestamp', `${date}T${time}Z`).bool('accuracy', m.accuracy);
  position(j, m.lon, m.lat, scaled);
  j.num('epfd', m.epfd).str('epfd_text', epfdText(m.epfd)).bool('raim', m.raim).num('radio', m.radio);
}

function staticVoyage(j: JsonLine, m: StaticVoyageData, scaled: boolean): void {
  j.num('imo', m.imo ?? 0)
    .num('ais_version', m.aisVersion)
    .str('callsign', m.callsign)
    .str('shipname', m.shipName);
  shipType(j, m.shipType);
  dimensions(j, m);
  j.num('epfd', m.epfd).str('epfd_text', epfdText(m.epfd));
  const eta = `${pad2(orCode(m.etaMonth, 0))}-${pad2(orCode(m.etaDay, 0))}T${pad2(orCode(m.etaHour, 24))}:${pad2(orCode(m.etaMinute, 60))}Z`;
  j.str('eta', eta);
  if (scaled) j.fixed('draught', m.draught ?? 0, 1);
  else j.num('draught', scaledToRaw(m.draught, 0, 10));
  j.str('destination', m.destination).num('dte', m.dte ? 1 : 0);
}

function sarAircraft(j: JsonLine, m: SarAircraftReport, scaled: boolean): void {
  j.num('alt', orCode(m.altitude, 4095)).num('speed', orCode(m.speed, 1023)).bool('accuracy', m.accuracy);
  position(j, m.lon, m.lat, scaled);
  course(j, m.course, scaled);
  j.num('second', orCode(m.second, 60))
    .num('regional', m.regional)
    .num('dte', m.dte ? 1 : 0);
  j.bool('raim', m.raim).num('radio', m.radio);
}

/** The position block shared by types 18 and 19. */
function classB(j: JsonLine, m: ClassBPositionReport | ClassBExtendedReport, scaled: boolean): void {
  j.num('reserved', m.reserved);
  if (scaled) j.fixed('speed', m.speed ?? 102.3, 1);
  else j.num('speed', scaledToRaw(m.speed, 1023, 10));
  j.bool('accuracy', m.accuracy);
  position(j, m.lon, m.lat, scaled);
  course(j, m.course, scaled);
  j.num('heading', orCode(m.heading, 511)).num('second', orCode(m.second, 60));
}

function aidToNavigation(j: JsonLine, m: AidToNavigationReport, scaled: boolean): void {
  j.num('aid_type', m.aidType).str('aid_type_text', navaidTypeText(m.aidType)).str('name', m.name);
  // gpsd orders these differently in its two modes
  if (scaled) {
    position(j, m.lon, m.lat, true);
    j.bool('accuracy', m.accuracy);
  } else {
    j.bool('accuracy', m.accuracy);
    position(j, m.lon, m.lat, false);
  }
  dimensions(j, m);
  j.num('epfd', m.epfd).str('epfd_text', epfdText(m.epfd)).num('second', orCode(m.second, 60));
  j.num('regional', m.regional)
    .bool('off_position', m.offPosition)
    .bool('raim', m.raim)
    .bool('virtual_aid', m.virtualAid);
}

function staticDataReport(j: JsonLine, m: StaticDataReport): void {
  j.str('part', m.part);
  if (m.part === 'A') {
    j.str('shipname', m.shipName);
    return;
  }
  shipType(j, m.shipType);
  j.str('vendorid', m.vendorIdLegacy).num('model', m.model).num('serial', m.serial).str('callsign', m.callsign);
  if (m.dimensions === null) j.num('mothership_mmsi', m.mothershipMmsi ?? 0);
  else dimensions(j, m.dimensions);
}

function longRange(j: JsonLine, m: LongRangeReport, scaled: boolean): void {
  j.num('status', m.navStatus);
  if (scaled) j.str('status_text', NAV_STATUS[m.navStatus] ?? 'Not defined');
  j.bool('accuracy', m.accuracy);
  if (scaled) j.fixed('lon', m.lon ?? LON_NA, 4).fixed('lat', m.lat ?? LAT_NA, 4);
  else j.num('lon', lonToRaw(m.lon, MIN_10)).num('lat', latToRaw(m.lat, MIN_10));
  j.num('speed', orCode(m.speed, 63)).num('course', orCode(m.course, 511));
  j.bool('raim', m.raim).bool('gnss', m.positionLatency);
}
