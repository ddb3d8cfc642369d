import type { VesselCategory, VesselStatus } from '@tidewatch/contracts';
import { Trail } from './trail.ts';

/**
 * Everything the picture knows about one MMSI. A class with every field set in the constructor so V8 gives all
 * vessels one hidden class: 50,000 of these must fit in a small heap and be scanned quickly.
 */
export class VesselState {
  // Position (NaN until the first position report).
  lat = Number.NaN;
  lon = Number.NaN;
  sog: number | null = null;
  cog: number | null = null;
  heading: number | null = null;
  navStatus: number | null = null;
  rateOfTurn: number | null = null;
  aisClass: 'A' | 'B' | null = null;
  /** Receive time of the latest position, epoch ms; -Infinity until one arrives. */
  positionAt = Number.NEGATIVE_INFINITY;
  /** Receive time of the latest message of any kind. */
  lastAt = Number.NEGATIVE_INFINITY;
  messages = 0;

  // Static and voyage data.
  name: string | null = null;
  callSign: string | null = null;
  imo: number | null = null;
  shipType: number | null = null;
  category: VesselCategory = 'other';
  toBow = 0;
  toStern = 0;
  toPort = 0;
  toStarboard = 0;
  destination: string | null = null;
  etaMs: number | null = null;
  draught: number | null = null;
  staticAt = Number.NEGATIVE_INFINITY;
  /** Persons on board as last reported by binary message, and when (-Infinity: never). */
  personsOnBoard: number | null = null;
  personsAt = Number.NEGATIVE_INFINITY;

  status: VesselStatus = 'live';

  // Downsampler memory: the last point kept for persistence.
  keptAt = Number.NEGATIVE_INFINITY;
  keptCog = -1;
  keptSog = -1;

  readonly trail: Trail;

  constructor(
    readonly mmsi: number,
    trailPoints: number,
  ) {
    this.trail = new Trail(trailPoints);
  }

  get hasPosition(): boolean {
    return this.positionAt > Number.NEGATIVE_INFINITY;
  }
}
