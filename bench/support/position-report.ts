import type { ClassAPositionReport } from '@tidewatch/ais';

/** A class A position report (type 1) under way, with the fields a benchmark varies; the rest are neutral. */
export function positionReport(p: {
  mmsi: number;
  lon: number;
  lat: number;
  speed: number;
  course: number;
  heading: number;
}): ClassAPositionReport {
  return {
    type: 1,
    repeat: 0,
    navStatus: 0,
    turn: 0,
    rateOfTurn: 0,
    accuracy: false,
    second: 0,
    maneuver: 0,
    raim: false,
    radio: 0,
    ...p,
  };
}
