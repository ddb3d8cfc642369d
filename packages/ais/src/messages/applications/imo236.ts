import type { BitReader } from '../../bit-reader.ts';
import type { AirDraught, DangerousCargo236, FairwayClosed, PartialTime, PersonsOnBoard } from './types.ts';

/** Month (4), day (5), hour (5), minute (6): the 20-bit partial time used throughout IMO 236/289. */
export function partialTime(r: BitReader, at: number): PartialTime {
  return { month: r.uint(at, 4), day: r.uint(at + 4, 5), hour: r.uint(at + 9, 5), minute: r.uint(at + 14, 6) };
}

/** DAC 1 FI 12 (type 6): dangerous cargo indication. */
export function decodeDangerousCargo236(r: BitReader): DangerousCargo236 {
  return {
    kind: 'dangerous-cargo-236',
    lastport: r.text(88, 5),
    departure: partialTime(r, 118),
    nextport: r.text(138, 5),
    eta: partialTime(r, 168),
    dangerous: r.text(188, 20),
    imdcat: r.text(308, 4),
    unid: r.uint(332, 13),
    amount: r.uint(345, 10),
    unit: r.uint(355, 2),
  };
}

/** DAC 1 FI 13 (type 8): fairway closed; the two times are sent day before month. */
export function decodeFairwayClosed(r: BitReader): FairwayClosed {
  const time = (at: number): PartialTime => ({
    day: r.uint(at, 5),
    month: r.uint(at + 5, 4),
    hour: r.uint(at + 9, 5),
    minute: r.uint(at + 14, 6),
  });
  return {
    kind: 'fairway-closed',
    reason: r.text(56, 20),
    closefrom: r.text(176, 20),
    closeto: r.text(296, 20),
    radius: r.uint(416, 10),
    extunit: r.uint(426, 2),
    from: time(428),
    to: time(448),
  };
}

/** DAC 1 FI 15: air draught, the first 11 bits of the application data (`base` = 88 for type 6, 56 for 8). */
export function decodeAirDraught(r: BitReader, base: number): AirDraught {
  return { kind: 'air-draught', airdraught: r.uint(base, 11) };
}

/** DAC 1 FI 16: persons on board, the first 13 bits of the application data. */
export function decodePersonsOnBoard(r: BitReader, base: number): PersonsOnBoard {
  return { kind: 'persons-on-board', persons: r.uint(base, 13) };
}
