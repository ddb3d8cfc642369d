import type { AisMessage, ShipDimensions } from '@tidewatch/ais';
import type { VesselStatus } from '@tidewatch/contracts';
import { DEFAULT_DOWNSAMPLE, keepTrackPoint, type DownsampleOptions } from './downsampler.ts';
import { etaFromParts } from './eta.ts';
import { categoryOfShipType } from './ship-category.ts';
import { personsOnBoardOf } from '../sea-notices/persons.ts';
import { SeaNotices, type SeaNoticesOptions } from '../sea-notices/sea-notices.ts';
import { VesselState } from './vessel-state.ts';

export interface VesselPictureOptions {
  /** Silent longer than this: stale. Default 10 min (a Class B at anchor reports every 3 min). */
  staleAfterMs: number;
  /** Silent longer than this: lost. Default 1 h. */
  lostAfterMs: number;
  /** Silent longer than this: dropped from memory (its history stays in the database). Default 24 h. */
  forgetAfterMs: number;
  /** Positions kept per vessel for the map trail. Default 20. */
  trailPoints: number;
  /** Minimum spacing of trail points, so a 2 s reporter's trail still covers minutes. Default 30 s. */
  trailIntervalMs: number;
  downsample: DownsampleOptions;
  seaNotices: Partial<SeaNoticesOptions>;
}

export const DEFAULT_PICTURE_OPTIONS: VesselPictureOptions = {
  staleAfterMs: 10 * 60_000,
  lostAfterMs: 60 * 60_000,
  forgetAfterMs: 24 * 3_600_000,
  trailPoints: 20,
  trailIntervalMs: 30_000,
  downsample: DEFAULT_DOWNSAMPLE,
  seaNotices: {},
};

/** A position selected by the downsampler for persistence. */
export interface TrackPointOut {
  mmsi: number;
  at: number;
  lat: number;
  lon: number;
  sog: number | null;
  cog: number | null;
  heading: number | null;
}

export interface PictureChanges {
  /** MMSIs whose position, identity or status changed since the last drain. */
  changed: number[];
  /** MMSIs forgotten since the last drain. */
  removed: number[];
}

/**
 * The live vessel picture: per MMSI the latest position merged with static and voyage data. Pure: every
 * method that depends on time takes it. Changes are collected in a set and drained by the caller (the
 * streaming loop), so a vessel that reports ten times between two drains is sent once.
 */
export class VesselPicture {
  readonly options: VesselPictureOptions;
  private readonly vessels = new Map<number, VesselState>();
  private changed = new Set<number>();
  private removed: number[] = [];
  /** Track points chosen since the last takeTrackPoints(). */
  private trackPoints: TrackPointOut[] = [];
  /** Vessels whose static data changed since the last takeStaticChanges(). */
  private staticChanged = new Set<number>();
  /** False while applying a message another node already stores (see applyRelayed). */
  private recording = true;
  /** Area notices and weather at sea from binary broadcasts (the picture around the vessels). */
  readonly notices: SeaNotices;
  private noticesChanged = false;

  constructor(options: Partial<VesselPictureOptions> = {}) {
    this.options = { ...DEFAULT_PICTURE_OPTIONS, ...options };
    this.notices = new SeaNotices(this.options.seaNotices);
  }

  get size(): number {
    return this.vessels.size;
  }

  get(mmsi: number): VesselState | undefined {
    return this.vessels.get(mmsi);
  }

  values(): IterableIterator<VesselState> {
    return this.vessels.values();
  }

  /**
   * Applies one decoded message received at `atMs`. Returns true when it changed the picture. Messages that
   * are not about a vessel (base stations, binary, aids to navigation) are ignored.
   */
  apply(msg: AisMessage, atMs: number): boolean {
    switch (msg.type) {
      case 1:
      case 2:
      case 3:
        return this.position(
          msg.mmsi,
          'A',
          msg.lat,
          msg.lon,
          msg.speed,
          msg.course,
          msg.heading,
          msg.navStatus,
          msg.rateOfTurn,
          atMs,
        );
      case 18:
        return this.position(msg.mmsi, 'B', msg.lat, msg.lon, msg.speed, msg.course, msg.heading, null, null, atMs);
      case 19: {
        const moved = this.position(
          msg.mmsi,
          'B',
          msg.lat,
          msg.lon,
          msg.speed,
          msg.course,
          msg.heading,
          null,
          null,
          atMs,
        );
        const v = this.vessel(msg.mmsi, atMs);
        const named = this.setName(v, msg.shipName);
        const typed = this.setShipType(v, msg.shipType);
        const sized = this.setDimensions(v, msg);
        return this.staticDone(v, atMs, named || typed || sized) || moved;
      }
      case 27:
        return this.position(msg.mmsi, null, msg.lat, msg.lon, msg.speed, msg.course, null, msg.navStatus, null, atMs);
      case 5: {
        const v = this.vessel(msg.mmsi, atMs);
        let changed = this.setName(v, msg.shipName);
        changed = this.setCallSign(v, msg.callsign) || changed;
        changed = this.setShipType(v, msg.shipType) || changed;
        changed = this.setDimensions(v, msg) || changed;
        const imo = msg.imo !== null && msg.imo > 0 ? msg.imo : null;
        const destination = cleanText(msg.destination);
        const eta = etaFromParts(msg.etaMonth, msg.etaDay, msg.etaHour, msg.etaMinute, atMs);
        const draught = msg.draught !== null && msg.draught > 0 ? msg.draught : null;
        if (imo !== v.imo || destination !== v.destination || eta !== v.etaMs || draught !== v.draught) {
          v.imo = imo;
          v.destination = destination;
          v.etaMs = eta;
          v.draught = draught;
          changed = true;
        }
        return this.staticDone(v, atMs, changed);
      }
      case 24: {
        const v = this.vessel(msg.mmsi, atMs);
        if (msg.part === 'A') return this.staticDone(v, atMs, this.setName(v, msg.shipName));
        let changed = this.setShipType(v, msg.shipType);
        changed = this.setCallSign(v, msg.callsign) || changed;
        if (msg.dimensions !== null) changed = this.setDimensions(v, msg.dimensions) || changed;
        return this.staticDone(v, atMs, changed);
      }
      case 6:
      case 8:
        return this.binary(msg, atMs);
      default:
        return false;
    }
  }

  /** Persons on board go to the sending vessel; area notices and weather to the sea notices. */
  private binary(msg: Extract<AisMessage, { type: 6 | 8 }>, atMs: number): boolean {
    if (msg.application === null) return false;
    const persons = personsOnBoardOf(msg.application);
    if (persons !== null) {
      const v = this.vessel(msg.mmsi, atMs);
      if (atMs < v.personsAt) return false;
      v.personsOnBoard = persons;
      v.personsAt = atMs;
      return true;
    }
    const changed = this.notices.apply(msg, atMs);
    this.noticesChanged ||= changed;
    return changed;
  }

  /** Whether area notices or weather changed since the last call (the caller tells clients). */
  takeNoticesChanged(): boolean {
    const changed = this.noticesChanged;
    this.noticesChanged = false;
    return changed;
  }

  /**
   * Applies a message that another node received from its own feed and persists itself: the picture
   * changes as with apply(), but no track point or static change is queued for this node to store again.
   */
  applyRelayed(msg: AisMessage, atMs: number): boolean {
    this.recording = false;
    try {
      return this.apply(msg, atMs);
    } finally {
      this.recording = true;
    }
  }

  /**
   * Moves vessels between live, stale and lost by the age of their last message, and forgets those silent
   * past `forgetAfterMs`. Cost is one pass over the picture; call it every few seconds.
   */
  sweep(nowMs: number): void {
    this.noticesChanged = this.notices.sweep(nowMs) || this.noticesChanged;
    const { staleAfterMs, lostAfterMs, forgetAfterMs } = this.options;
    for (const v of this.vessels.values()) {
      const age = nowMs - v.lastAt;
      if (age > forgetAfterMs) {
        this.vessels.delete(v.mmsi);
        this.changed.delete(v.mmsi);
        this.removed.push(v.mmsi);
        continue;
      }
      const status: VesselStatus = age > lostAfterMs ? 'lost' : age > staleAfterMs ? 'stale' : 'live';
      if (status !== v.status) {
        v.status = status;
        this.changed.add(v.mmsi);
      }
    }
  }

  /** Takes the set of changes accumulated since the previous call. */
  drainChanges(): PictureChanges {
    const changes = { changed: [...this.changed], removed: this.removed };
    this.changed = new Set();
    this.removed = [];
    return changes;
  }

  /** Takes the track points the downsampler kept since the previous call. */
  takeTrackPoints(): TrackPointOut[] {
    const points = this.trackPoints;
    this.trackPoints = [];
    return points;
  }

  /** Takes the vessels whose static or voyage data changed since the previous call. */
  takeStaticChanges(): VesselState[] {
    const out: VesselState[] = [];
    for (const mmsi of this.staticChanged) {
      const v = this.vessels.get(mmsi);
      if (v !== undefined) out.push(v);
    }
    this.staticChanged = new Set();
    return out;
  }

  private vessel(mmsi: number, atMs: number): VesselState {
    let v = this.vessels.get(mmsi);
    if (v === undefined) {
      v = new VesselState(mmsi, this.options.trailPoints);
      this.vessels.set(mmsi, v);
    }
    if (atMs > v.lastAt) v.lastAt = atMs;
    v.messages++;
    if (v.status !== 'live') {
      v.status = 'live';
      this.changed.add(mmsi);
    }
    return v;
  }

  private position(
    mmsi: number,
    aisClass: 'A' | 'B' | null,
    lat: number | null,
    lon: number | null,
    sog: number | null,
    cog: number | null,
    heading: number | null,
    navStatus: number | null,
    rateOfTurn: number | null,
    atMs: number,
  ): boolean {
    // Out-of-range raw values are kept by the decoder; they are not positions.
    if (lat === null || lon === null || lat < -90 || lat > 90 || lon < -180 || lon > 180) return false;
    const v = this.vessel(mmsi, atMs);
    // A late report (reordered by a network or a satellite provider) must not move the vessel back in time.
    if (atMs < v.positionAt) return false;
    v.lat = lat;
    v.lon = lon;
    v.sog = sog;
    v.cog = cog !== null && cog < 360 ? cog : null;
    v.heading = heading !== null && heading < 360 ? heading : null;
    if (navStatus !== null) v.navStatus = navStatus;
    v.rateOfTurn = rateOfTurn;
    if (aisClass !== null) v.aisClass = aisClass;
    v.positionAt = atMs;
    if (atMs - v.trail.lastTime() >= this.options.trailIntervalMs) v.trail.push(atMs, lon, lat);
    if (keepTrackPoint(v, this.options.downsample) && this.recording) {
      this.trackPoints.push({ mmsi, at: atMs, lat, lon, sog: v.sog, cog: v.cog, heading: v.heading });
    }
    this.changed.add(mmsi);
    return true;
  }

  private setName(v: VesselState, raw: string): boolean {
    const name = cleanText(raw);
    if (name === null || name === v.name) return false;
    v.name = name;
    // The stream sends names with positions, so a renamed vessel is a changed one.
    this.changed.add(v.mmsi);
    return true;
  }

  private setCallSign(v: VesselState, raw: string): boolean {
    const callSign = cleanText(raw);
    if (callSign === null || callSign === v.callSign) return false;
    v.callSign = callSign;
    return true;
  }

  private setShipType(v: VesselState, shipType: number): boolean {
    if (shipType === 0 || shipType === v.shipType) return false;
    v.shipType = shipType;
    const category = categoryOfShipType(shipType);
    if (category !== v.category) {
      v.category = category;
      this.changed.add(v.mmsi);
    }
    return true;
  }

  private setDimensions(v: VesselState, d: ShipDimensions): boolean {
    if (d.toBow + d.toStern === 0 && d.toPort + d.toStarboard === 0) return false;
    if (d.toBow === v.toBow && d.toStern === v.toStern && d.toPort === v.toPort && d.toStarboard === v.toStarboard)
      return false;
    v.toBow = d.toBow;
    v.toStern = d.toStern;
    v.toPort = d.toPort;
    v.toStarboard = d.toStarboard;
    return true;
  }

  private staticDone(v: VesselState, atMs: number, changed: boolean): boolean {
    v.staticAt = Math.max(v.staticAt, atMs);
    if (changed && this.recording) this.staticChanged.add(v.mmsi);
    return changed;
  }
}

/** Six-bit text arrives trimmed; a name of only '@' or spaces is "not available". */
function cleanText(text: string): string | null {
  const t = text.trim();
  return t.length === 0 ? null : t;
}
