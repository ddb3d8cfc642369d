import type { DetectorEnv } from './env.ts';
import { hours } from './env.ts';
import { distanceM } from './geo.ts';
import { SpatialGrid } from './spatial-grid.ts';
import type { PositionObservation } from './types.ts';

interface Fix {
  at: number;
  lat: number;
  lon: number;
  sog: number;
}

interface Pair {
  a: number;
  b: number;
  startAt: number;
  lastAt: number;
  speeds: number[];
  closestM: number;
  emitted: boolean;
  /** Midpoint of the latest pairing fix: where the encounter is drawn. */
  lat: number;
  lon: number;
}

const pairKey = (a: number, b: number): string => (a < b ? `${a}-${b}` : `${b}-${a}`);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Encounter at sea (GFW): two vessels within `maxDistanceM` for `minDurationMs`, median speed under
 * `maxMedianSpeedKn`, at least `minDistanceFromAnchorageM` from an anchorage. Only slow vessels away from
 * anchorages sit in the grid, so a fix costs a few cell lookups. Raised once (ongoing) when the duration is
 * reached and closed (final) when the two part.
 */
export class EncounterDetector {
  private readonly grid: SpatialGrid;
  private readonly fixes = new Map<number, Fix>();
  private readonly pairs = new Map<string, Pair>();
  private readonly pairsOf = new Map<number, Set<string>>();

  constructor(private readonly env: DetectorEnv) {
    this.grid = new SpatialGrid(Math.max(100, env.thresholds.encounter.maxDistanceM));
  }

  get indexed(): number {
    return this.grid.size;
  }

  observe(p: PositionObservation): void {
    const t = this.env.thresholds.encounter;
    const previous = this.fixes.get(p.mmsi);
    if (previous && p.at < previous.at) return;
    const sog = p.sog ?? 0;
    const type = this.env.shipType(p.mmsi);
    const eligible =
      sog <= t.candidateSpeedKn &&
      (type === null || !this.env.thresholds.serviceShipTypes.includes(type)) &&
      this.env.geography.awayFromAnchorages(p.lat, p.lon, t.minDistanceFromAnchorageM);
    if (!eligible) {
      this.leave(p.mmsi, p.at);
      return;
    }
    this.fixes.set(p.mmsi, { at: p.at, lat: p.lat, lon: p.lon, sog });
    this.grid.set(p.mmsi, p.lat, p.lon);

    const near = new Set<number>();
    this.grid.near(p.lat, p.lon, (other) => {
      if (other === p.mmsi) return;
      const f = this.fixes.get(other);
      if (!f || p.at - f.at > t.maxFixAgeMs || f.at - p.at > t.maxFixAgeMs) return;
      const d = distanceM(p.lat, p.lon, f.lat, f.lon);
      if (d > t.maxDistanceM || !this.mayPair(p.mmsi, other)) return;
      near.add(other);
      this.touch(p.mmsi, other, p.at, sog, f.sog, d, (p.lat + f.lat) / 2, (p.lon + f.lon) / 2);
    });
    // Partners no longer within the distance: the encounter is over.
    const mine = this.pairsOf.get(p.mmsi);
    if (mine) {
      for (const key of [...mine]) {
        const pair = this.pairs.get(key);
        if (pair && !near.has(pair.a === p.mmsi ? pair.b : pair.a)) this.end(key, p.at);
      }
    }
  }

  /** Ends pairs whose vessels both went quiet; call every few seconds. */
  sweep(nowMs: number): void {
    const maxAge = this.env.thresholds.encounter.maxFixAgeMs;
    for (const [key, pair] of this.pairs) if (nowMs - pair.lastAt > maxAge) this.end(key, pair.lastAt);
    for (const [mmsi, fix] of this.fixes) {
      if (nowMs - fix.at > maxAge) {
        this.fixes.delete(mmsi);
        this.grid.delete(mmsi);
      }
    }
  }

  private mayPair(a: number, b: number): boolean {
    const small = this.env.thresholds.smallCraftShipTypes;
    const ta = this.env.shipType(a);
    const tb = this.env.shipType(b);
    // Two fishing boats on the same bank are not a transshipment.
    return !(ta !== null && tb !== null && small.includes(ta) && small.includes(tb));
  }

  private touch(
    a: number,
    b: number,
    at: number,
    sogA: number,
    sogB: number,
    d: number,
    lat: number,
    lon: number,
  ): void {
    const key = pairKey(a, b);
    let pair = this.pairs.get(key);
    if (!pair) {
      pair = {
        a: Math.min(a, b),
        b: Math.max(a, b),
        startAt: at,
        lastAt: at,
        speeds: [],
        closestM: d,
        emitted: false,
        lat,
        lon,
      };
      this.pairs.set(key, pair);
      this.link(a, key);
      this.link(b, key);
    }
    pair.lastAt = Math.max(pair.lastAt, at);
    pair.closestM = Math.min(pair.closestM, d);
    pair.lat = lat;
    pair.lon = lon;
    pair.speeds.push(sogA, sogB);
    if (pair.speeds.length > 512) pair.speeds.splice(0, pair.speeds.length - 512);
    const t = this.env.thresholds.encounter;
    if (!pair.emitted && pair.lastAt - pair.startAt >= t.minDurationMs && median(pair.speeds) < t.maxMedianSpeedKn) {
      pair.emitted = true;
      this.publish(pair, 'ongoing', null);
    }
  }

  private leave(mmsi: number, at: number): void {
    this.fixes.delete(mmsi);
    this.grid.delete(mmsi);
    const mine = this.pairsOf.get(mmsi);
    if (mine) for (const key of [...mine]) this.end(key, at);
  }

  private end(key: string, at: number): void {
    const pair = this.pairs.get(key);
    if (!pair) return;
    this.pairs.delete(key);
    this.pairsOf.get(pair.a)?.delete(key);
    this.pairsOf.get(pair.b)?.delete(key);
    if (pair.emitted)
      this.publish(
        pair,
        'final',
        Math.max(pair.lastAt, Math.min(at, pair.lastAt + this.env.thresholds.encounter.maxFixAgeMs)),
      );
  }

  private link(mmsi: number, key: string): void {
    let set = this.pairsOf.get(mmsi);
    if (!set) {
      set = new Set();
      this.pairsOf.set(mmsi, set);
    }
    set.add(key);
  }

  private publish(pair: Pair, status: 'ongoing' | 'final', endAt: number | null): void {
    const t = this.env.thresholds.encounter;
    const { lat, lon } = pair;
    const to = endAt ?? pair.lastAt;
    this.env.emit({
      id: `encounter:${pair.a}-${pair.b}:${pair.startAt}`,
      type: 'encounter',
      status,
      mmsis: [pair.a, pair.b],
      startAt: pair.startAt,
      endAt,
      lat,
      lon,
      parameters: {
        maxDistanceM: t.maxDistanceM,
        minDurationHours: hours(t.minDurationMs),
        maxMedianSpeedKn: t.maxMedianSpeedKn,
        minDistanceFromAnchorageM: t.minDistanceFromAnchorageM,
        durationHours: hours(to - pair.startAt),
        medianSpeedKn: Math.round(median(pair.speeds) * 10) / 10,
        closestM: Math.round(pair.closestM),
      },
      evidence: [
        this.env.evidence(pair.a, pair.startAt - 1_800_000, to),
        this.env.evidence(pair.b, pair.startAt - 1_800_000, to),
      ],
      areaId: null,
      summary: `${pair.a} and ${pair.b} within ${t.maxDistanceM} m of each other for ${hours(to - pair.startAt)} h at sea`,
    });
  }
}
