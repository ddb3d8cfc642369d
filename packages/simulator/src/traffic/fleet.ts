import { FLAG_STATES, makeCallSign, makeImo, type FlagCode } from '../identifiers.ts';
import { BOAT_NAMES, SHIP_NAME_FIRST, SHIP_NAME_SECOND, YACHT_NAMES } from '../names.ts';
import type { Rng } from '../random.ts';

/** The kinds of simulated vessel, with what a real one of that kind looks like on AIS. */
export type TrafficKind =
  | 'container'
  | 'general_cargo'
  | 'bulk'
  | 'tanker'
  | 'cruise'
  | 'ferry'
  | 'fishing'
  | 'pleasure'
  | 'go_fast'
  | 'patrol';

export interface Profile {
  /** ITU-R M.1371 ship type codes to pick from. */
  shipTypes: readonly number[];
  aisClass: 'A' | 'B';
  lengthM: readonly [number, number];
  /** Beam as a fraction of length. */
  beamRatio: readonly [number, number];
  speedKn: readonly [number, number];
  draughtM: readonly [number, number];
  flags: readonly (readonly [FlagCode, number])[];
  /** Share of the fleet. */
  weight: number;
  hasImo: boolean;
}

export const PROFILES: Record<TrafficKind, Profile> = {
  container: {
    shipTypes: [70, 71, 79],
    aisClass: 'A',
    lengthM: [140, 300],
    beamRatio: [0.14, 0.16],
    speedKn: [14, 19],
    draughtM: [8, 13],
    flags: [
      ['LR', 4],
      ['MH', 3],
      ['PA', 3],
      ['AG', 2],
      ['JM', 1],
    ],
    weight: 10,
    hasImo: true,
  },
  general_cargo: {
    shipTypes: [70, 79],
    aisClass: 'A',
    lengthM: [60, 140],
    beamRatio: [0.15, 0.18],
    speedKn: [9, 13],
    draughtM: [4, 8],
    flags: [
      ['PA', 3],
      ['VC', 2],
      ['BZ', 2],
      ['HN', 2],
      ['AG', 1],
      ['JM', 1],
    ],
    weight: 8,
    hasImo: true,
  },
  bulk: {
    shipTypes: [70, 74],
    aisClass: 'A',
    lengthM: [180, 230],
    beamRatio: [0.14, 0.15],
    speedKn: [11, 14],
    draughtM: [9, 14],
    flags: [
      ['LR', 3],
      ['MH', 3],
      ['PA', 4],
    ],
    weight: 6,
    hasImo: true,
  },
  tanker: {
    shipTypes: [80, 81, 82, 84],
    aisClass: 'A',
    lengthM: [120, 250],
    beamRatio: [0.17, 0.19],
    speedKn: [11, 14.5],
    draughtM: [8, 15],
    flags: [
      ['LR', 4],
      ['MH', 4],
      ['PA', 3],
      ['BS', 2],
    ],
    weight: 8,
    hasImo: true,
  },
  cruise: {
    shipTypes: [60, 69],
    aisClass: 'A',
    lengthM: [250, 350],
    beamRatio: [0.12, 0.14],
    speedKn: [16, 21],
    draughtM: [7, 9],
    flags: [
      ['BS', 5],
      ['PA', 2],
      ['MH', 1],
    ],
    weight: 3,
    hasImo: true,
  },
  ferry: {
    shipTypes: [60, 40],
    aisClass: 'A',
    lengthM: [90, 190],
    beamRatio: [0.15, 0.17],
    speedKn: [17, 24],
    draughtM: [4, 6],
    flags: [
      ['BS', 2],
      ['DO', 2],
      ['PA', 1],
    ],
    weight: 1,
    hasImo: true,
  },
  fishing: {
    shipTypes: [30],
    aisClass: 'B',
    lengthM: [10, 30],
    beamRatio: [0.25, 0.32],
    speedKn: [0.5, 4],
    draughtM: [1.5, 3],
    flags: [
      ['JM', 6],
      ['HN', 2],
      ['DO', 1],
      ['CO', 1],
    ],
    weight: 30,
    hasImo: false,
  },
  pleasure: {
    shipTypes: [37, 36],
    aisClass: 'B',
    lengthM: [9, 45],
    beamRatio: [0.25, 0.3],
    speedKn: [4, 9],
    draughtM: [1, 3],
    flags: [
      ['US', 6],
      ['BS', 2],
      ['JM', 1],
      ['VC', 1],
    ],
    weight: 28,
    hasImo: false,
  },
  go_fast: {
    shipTypes: [37, 40],
    aisClass: 'B',
    lengthM: [10, 14],
    beamRatio: [0.22, 0.26],
    speedKn: [32, 42],
    draughtM: [0.8, 1.2],
    flags: [
      ['CO', 2],
      ['VC', 1],
      ['HN', 1],
    ],
    weight: 1,
    hasImo: false,
  },
  patrol: {
    shipTypes: [55],
    aisClass: 'A',
    lengthM: [20, 70],
    beamRatio: [0.16, 0.2],
    speedKn: [8, 16],
    draughtM: [1.5, 4],
    flags: [
      ['JM', 2],
      ['US', 2],
      ['BS', 1],
    ],
    weight: 2,
    hasImo: false,
  },
};

export interface Identity {
  mmsi: number;
  name: string;
  callSign: string;
  imo: number | null;
  flag: FlagCode;
}

export interface Particulars {
  shipType: number;
  toBow: number;
  toStern: number;
  toPort: number;
  toStarboard: number;
  draught: number;
}

/**
 * Hands out identities that never repeat an MMSI, an IMO number or a name within one world. IMO numbers must
 * be unique too: two MMSIs reporting one IMO is what the identity-anomaly detector flags as a cloned identity,
 * so a chance repeat among thousands of random numbers would raise alerts on innocent ships.
 */
export class IdentityFactory {
  private readonly mmsis = new Set<number>();
  private readonly imos = new Set<number>();
  private readonly names = new Set<string>();

  constructor(private readonly rng: Rng) {}

  create(kind: TrafficKind, flag: FlagCode): Identity {
    const profile = PROFILES[kind];
    return {
      mmsi: this.mmsi(flag),
      name: this.name(kind),
      callSign: makeCallSign(this.rng, flag),
      imo: profile.hasImo ? this.imo() : null,
      flag,
    };
  }

  /**
   * The same hull under a new MMSI, name and call sign (a reflag or a swapped identity): the IMO number stays,
   * as it does on a real ship, so the old and the new MMSI report one IMO.
   */
  reflag(previous: Identity, kind: TrafficKind, flag: FlagCode): Identity {
    return {
      mmsi: this.mmsi(flag),
      name: this.name(kind),
      callSign: makeCallSign(this.rng, flag),
      imo: previous.imo,
      flag,
    };
  }

  private imo(): number {
    for (;;) {
      const imo = Number(makeImo(this.rng));
      if (!this.imos.has(imo)) {
        this.imos.add(imo);
        return imo;
      }
    }
  }

  private mmsi(flag: FlagCode): number {
    for (;;) {
      const mid = this.rng.pick(FLAG_STATES[flag].mids);
      const mmsi = mid * 1_000_000 + this.rng.int(0, 999_999);
      if (!this.mmsis.has(mmsi)) {
        this.mmsis.add(mmsi);
        return mmsi;
      }
    }
  }

  private name(kind: TrafficKind): string {
    const base = (): string => {
      if (kind === 'fishing') return this.rng.pick(BOAT_NAMES);
      if (kind === 'pleasure' || kind === 'go_fast') return this.rng.pick(YACHT_NAMES);
      if (kind === 'patrol') return `${this.rng.pick(['CG', 'PATROL', 'CUTTER'])} ${this.rng.pick(SHIP_NAME_FIRST)}`;
      if (kind === 'cruise')
        return `${this.rng.pick(['Caribbean', 'Island', 'Ocean', 'Royal', 'Coral'])} ${this.rng.pick(['Dawn', 'Serenade', 'Majesty', 'Breeze', 'Voyager', 'Harmony'])}`;
      return `${this.rng.pick(SHIP_NAME_FIRST)} ${this.rng.pick(SHIP_NAME_SECOND)}`;
    };
    // AIS names are upper case, at most 20 six-bit characters; repeats get a numeral as real fleets do.
    const sixbit = (text: string): string =>
      text
        .toUpperCase()
        .replace(/[^A-Z0-9 \-.]/g, '')
        .slice(0, 20)
        .trim();
    for (let attempt = 0; ; attempt++) {
      const root = sixbit(base());
      const name = attempt < 3 ? root : sixbit(`${root.slice(0, 14)} ${this.rng.int(2, attempt < 40 ? 99 : 99_999)}`);
      if (!this.names.has(name)) {
        this.names.add(name);
        return name;
      }
    }
  }
}

export function makeParticulars(rng: Rng, kind: TrafficKind): Particulars {
  const p = PROFILES[kind];
  const length = Math.round(rng.float(p.lengthM[0], p.lengthM[1]));
  const beam = Math.max(2, Math.round(length * rng.float(p.beamRatio[0], p.beamRatio[1])));
  // The GNSS antenna sits aft on ships and amidships on small craft.
  const toStern = Math.round(length * (length > 50 ? rng.float(0.1, 0.25) : 0.4));
  const toPort = Math.round(beam / 2);
  return {
    shipType: rng.pick(p.shipTypes),
    toBow: Math.min(511, length - toStern),
    toStern: Math.min(511, toStern),
    toPort: Math.min(63, toPort),
    toStarboard: Math.min(63, beam - toPort),
    draught: Math.round(rng.float(p.draughtM[0], p.draughtM[1]) * 10) / 10,
  };
}
