import type { BitReader } from '../../bit-reader.ts';
import type {
  ApplicationRefusal,
  InlandEmmaWarning,
  InlandLockTime,
  InlandPersons,
  InlandSignal,
  InlandStatic,
  InlandWaterLevel,
} from './types.ts';

/** Inland AIS (DAC 200) messages have fixed lengths; any other length is another application. */
export const INLAND_LENGTHS = {
  staticVoyage: 168,
  eta: 248,
  rta: 232,
  emma: 256,
  waterLevel: 168,
  signal: 168,
  persons: 168,
} as const;

/** Blue-cone codes above this are not defined, so the payload is not FI 10 (gpsd's guard too). */
const HAZARD_MAX = 5;

/** DAC 200 FI 10 (type 8). */
export function decodeInlandStatic(r: BitReader): InlandStatic | ApplicationRefusal {
  const hazard = r.uint(141, 3);
  if (hazard > HAZARD_MAX) return 'out_of_range';
  return {
    kind: 'inland-static',
    vin: r.text(56, 8),
    length: r.uint(104, 13),
    beam: r.uint(117, 10),
    shiptype: r.uint(127, 14),
    hazard,
    draught: r.uint(144, 11),
    loaded: r.uint(155, 2),
    speedQ: r.bool(157),
    courseQ: r.bool(158),
    headingQ: r.bool(159),
  };
}

/** DAC 200 FI 21 (ETA) and FI 22 (RTA) at a lock, bridge or terminal (type 6, from bit 88). */
export function decodeInlandLockTime(r: BitReader, fid: 21 | 22): InlandLockTime {
  return {
    kind: fid === 21 ? 'inland-eta' : 'inland-rta',
    country: r.text(88, 2),
    locode: r.text(100, 3),
    section: r.text(118, 5),
    terminal: r.text(148, 5),
    hectometre: r.text(178, 5),
    month: r.uint(208, 4),
    day: r.uint(212, 5),
    hour: r.uint(217, 5),
    minute: r.uint(222, 6),
    tugs: fid === 21 ? r.uint(228, 3) : 0,
    airdraught: fid === 21 ? r.uint(231, 12) : 0,
    status: fid === 22 ? r.uint(228, 2) : 0,
  };
}

/** DAC 200 FI 23 (type 8): EMMA warning. */
export function decodeInlandEmma(r: BitReader): InlandEmmaWarning {
  return {
    kind: 'inland-emma',
    startYear: r.uint(56, 8),
    startMonth: r.uint(64, 4),
    startDay: r.uint(68, 5),
    endYear: r.uint(73, 8),
    endMonth: r.uint(81, 4),
    endDay: r.uint(85, 5),
    startHour: r.uint(90, 5),
    startMinute: r.uint(95, 6),
    endHour: r.uint(101, 5),
    endMinute: r.uint(106, 6),
    startLon: r.int(112, 28),
    startLat: r.int(140, 27),
    endLon: r.int(167, 28),
    endLat: r.int(195, 27),
    type: r.uint(222, 4),
    min: r.int(226, 9),
    max: r.int(235, 9),
    intensity: r.uint(244, 2),
    wind: r.uint(246, 4),
  };
}

/** DAC 200 FI 24 (type 8): country, then 25-bit gauge records to the end of the payload. */
export function decodeInlandWaterLevel(r: BitReader): InlandWaterLevel {
  const gauges: InlandWaterLevel['gauges'] = [];
  for (let a = 68; a < r.bitLength; a += 25) gauges.push({ id: r.uint(a, 11), level: r.int(a + 11, 14) });
  return { kind: 'inland-water-level', country: r.text(56, 2), gauges };
}

/** DAC 200 FI 40 (type 8): signal status. */
export function decodeInlandSignal(r: BitReader): InlandSignal {
  return {
    kind: 'inland-signal',
    lon: r.int(56, 28),
    lat: r.int(84, 27),
    form: r.uint(111, 4),
    facing: r.uint(115, 9),
    direction: r.uint(124, 3),
    status: r.uint(127, 30),
  };
}

/** DAC 200 FI 55 (type 6): persons on board. */
export function decodeInlandPersons(r: BitReader): InlandPersons {
  return { kind: 'inland-persons', crew: r.uint(88, 8), passengers: r.uint(96, 13), personnel: r.uint(109, 8) };
}
