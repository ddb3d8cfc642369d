import type { BitReader } from '../../bit-reader.ts';
import { partialTime } from './imo236.ts';
import {
  BERTH_SERVICES,
  type BerthingData,
  type ClearanceTime,
  type DangerousCargo289,
  type MarineTrafficSignal,
  type RouteInformation,
  type TextDescription,
  type VtsTargets,
} from './types.ts';

/** DAC 1 FI 17 (type 8): 122-bit target records from bit 56. */
export function decodeVtsTargets(r: BitReader): VtsTargets {
  const targets: VtsTargets['targets'] = [];
  for (let a = 56; a < r.bitLength; a += 122) {
    const idtype = r.uint(a, 2);
    // MMSI and IMO numbers are sent in a 42-bit field: read it as two 21-bit halves
    const id = idtype < 2 ? String(r.uint(a + 2, 21) * 2 ** 21 + r.uint(a + 23, 21)) : r.text(a + 2, 7);
    targets.push({
      idtype,
      id,
      lat: r.int(a + 48, 24),
      lon: r.int(a + 72, 25),
      course: r.uint(a + 97, 9),
      second: r.uint(a + 106, 6),
      speed: r.uint(a + 112, 10),
    });
  }
  return { kind: 'vts-targets', targets };
}

/** DAC 1 FI 18 (type 6): clearance time to enter port. */
export function decodeClearanceTime(r: BitReader): ClearanceTime {
  return {
    kind: 'clearance-time',
    linkage: r.uint(88, 10),
    ...partialTime(r, 98),
    portname: r.text(118, 20),
    destination: r.text(238, 5),
    lon: r.int(268, 25),
    lat: r.int(293, 24),
  };
}

/** DAC 1 FI 19 (type 8): marine traffic signal. */
export function decodeMarineTrafficSignal(r: BitReader): MarineTrafficSignal {
  return {
    kind: 'marine-traffic-signal',
    linkage: r.uint(56, 10),
    station: r.text(66, 20),
    lon: r.int(186, 25),
    lat: r.int(211, 24),
    status: r.uint(235, 2),
    signal: r.uint(237, 5),
    hour: r.uint(242, 5),
    minute: r.uint(247, 6),
    nextsignal: r.uint(253, 5),
  };
}

/** DAC 1 FI 20 (type 6): berthing data. */
export function decodeBerthingData(r: BitReader): BerthingData {
  return {
    kind: 'berthing-data',
    linkage: r.uint(88, 10),
    berthLength: r.uint(98, 9),
    berthDepth: r.uint(107, 8),
    position: r.uint(115, 3),
    ...partialTime(r, 118),
    availability: r.uint(138, 1),
    services: BERTH_SERVICES.map((_, i) => r.uint(139 + 2 * i, 2)),
    berthName: r.text(191, 20),
    berthLon: r.int(311, 25),
    berthLat: r.int(336, 24),
  };
}

/** DAC 1 FI 25 (type 6): unit, amount, then 17-bit cargo records to the end of the payload. */
export function decodeDangerousCargo289(r: BitReader): DangerousCargo289 {
  const cargos: DangerousCargo289['cargos'] = [];
  for (let a = 100; a < r.bitLength; a += 17) cargos.push({ code: r.uint(a, 4), subtype: r.uint(a + 4, 13) });
  return { kind: 'dangerous-cargo-289', unit: r.uint(88, 2), amount: r.uint(90, 10), cargos };
}

/**
 * DAC 1 FI 27 (type 8) and FI 28 (type 6): route information. The waypoint count is 5 bits (up to 31);
 * like gpsd, each counted waypoint is read even past the end of the payload (the missing bits read as 0).
 */
export function decodeRouteInformation(r: BitReader, base: number): RouteInformation {
  const waycount = r.uint(base + 56, 5);
  const waypoints: RouteInformation['waypoints'] = [];
  for (let i = 0; i < waycount; i++) {
    const a = base + 61 + 55 * i;
    waypoints.push({ lon: r.int(a, 28), lat: r.int(a + 28, 27) });
  }
  return {
    kind: 'route-information',
    linkage: r.uint(base, 10),
    sender: r.uint(base + 10, 3),
    rtype: r.uint(base + 13, 5),
    ...partialTime(r, base + 18),
    duration: r.uint(base + 38, 18),
    waypoints,
  };
}

/** DAC 1 FI 29 (type 8) and FI 30 (type 6): linkage id and six-bit text to the end of the payload. */
export function decodeTextDescription(r: BitReader, base: number): TextDescription {
  return { kind: 'text-description', linkage: r.uint(base, 10), text: r.textToEnd(base + 10) };
}
