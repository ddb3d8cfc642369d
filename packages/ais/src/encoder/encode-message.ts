import { BitWriter } from '../bit-writer.ts';
import type {
  BaseStationReport,
  ClassAPositionReport,
  ClassBExtendedReport,
  ClassBPositionReport,
  LongRangeReport,
  ShipDimensions,
  StaticDataReport,
  StaticVoyageData,
} from '../messages/types.ts';
import { MIN_10, MIN_10000, latToRaw, lonToRaw, orCode, scaledToRaw } from '../messages/units.ts';

/** The message types this package can encode. */
export type EncodableMessage =
  | ClassAPositionReport
  | BaseStationReport
  | StaticVoyageData
  | ClassBPositionReport
  | ClassBExtendedReport
  | StaticDataReport
  | LongRangeReport;

/** Writes a message's bits, the exact inverse of the decoders (null fields become their "n/a" codes). */
export function encodeBits(msg: EncodableMessage): BitWriter {
  const w = new BitWriter().put(msg.type, 6).put(msg.repeat, 2).put(msg.mmsi, 30);
  switch (msg.type) {
    case 1:
    case 2:
    case 3:
      w.put(msg.navStatus, 4)
        .put(orCode(msg.turn, -128), 8)
        .put(scaledToRaw(msg.speed, 1023, 10), 10);
      w.bool(msg.accuracy).put(lonToRaw(msg.lon, MIN_10000), 28).put(latToRaw(msg.lat, MIN_10000), 27);
      w.put(scaledToRaw(msg.course, 3600, 10), 12)
        .put(orCode(msg.heading, 511), 9)
        .put(orCode(msg.second, 60), 6);
      w.put(msg.maneuver, 2).put(0, 3).bool(msg.raim).put(msg.radio, 19);
      break;
    case 4:
    case 11:
      w.put(orCode(msg.year, 0), 14).put(orCode(msg.month, 0), 4).put(orCode(msg.day, 0), 5);
      w.put(orCode(msg.hour, 24), 5).put(orCode(msg.minute, 60), 6).put(orCode(msg.second, 60), 6);
      w.bool(msg.accuracy).put(lonToRaw(msg.lon, MIN_10000), 28).put(latToRaw(msg.lat, MIN_10000), 27);
      w.put(msg.epfd, 4).put(0, 10).bool(msg.raim).put(msg.radio, 19);
      break;
    case 5:
      w.put(msg.aisVersion, 2)
        .put(msg.imo ?? 0, 30)
        .text(msg.callsign, 7)
        .text(msg.shipName, 20);
      w.put(msg.shipType, 8);
      dimensions(w, msg);
      w.put(msg.epfd, 4).put(orCode(msg.etaMonth, 0), 4).put(orCode(msg.etaDay, 0), 5);
      w.put(orCode(msg.etaHour, 24), 5)
        .put(orCode(msg.etaMinute, 60), 6)
        .put(scaledToRaw(msg.draught, 0, 10), 8);
      w.text(msg.destination, 20).bool(msg.dte).put(0, 1);
      break;
    case 18:
      classBPosition(w, msg);
      w.put(msg.regional, 2).bool(msg.cs).bool(msg.display).bool(msg.dsc).bool(msg.band).bool(msg.msg22);
      w.bool(msg.assigned).bool(msg.raim).put(msg.radio, 20);
      break;
    case 19:
      classBPosition(w, msg);
      w.put(msg.regional, 4).text(msg.shipName, 20).put(msg.shipType, 8);
      dimensions(w, msg);
      w.put(msg.epfd, 4).bool(msg.raim).bool(msg.dte).bool(msg.assigned).put(0, 4);
      break;
    case 24:
      if (msg.part === 'A') {
        w.put(0, 2).text(msg.shipName, 20).put(0, 8);
      } else {
        w.put(1, 2)
          .put(msg.shipType, 8)
          .text(msg.vendorId, 3)
          .put(msg.model, 4)
          .put(msg.serial, 20)
          .text(msg.callsign, 7);
        if (msg.dimensions === null) w.put(msg.mothershipMmsi ?? 0, 30);
        else dimensions(w, msg.dimensions);
        w.put(0, 6);
      }
      break;
    case 27:
      w.bool(msg.accuracy).bool(msg.raim).put(msg.navStatus, 4);
      w.put(lonToRaw(msg.lon, MIN_10), 18).put(latToRaw(msg.lat, MIN_10), 17);
      w.put(orCode(msg.speed, 63), 6).put(orCode(msg.course, 511), 9).bool(msg.positionLatency).put(0, 1);
      break;
  }
  return w;
}

function dimensions(w: BitWriter, d: ShipDimensions): void {
  w.put(d.toBow, 9).put(d.toStern, 9).put(d.toPort, 6).put(d.toStarboard, 6);
}

function classBPosition(w: BitWriter, m: ClassBPositionReport | ClassBExtendedReport): void {
  w.put(m.reserved, 8)
    .put(scaledToRaw(m.speed, 1023, 10), 10)
    .bool(m.accuracy);
  w.put(lonToRaw(m.lon, MIN_10000), 28).put(latToRaw(m.lat, MIN_10000), 27);
  w.put(scaledToRaw(m.course, 3600, 10), 12)
    .put(orCode(m.heading, 511), 9)
    .put(orCode(m.second, 60), 6);
}
