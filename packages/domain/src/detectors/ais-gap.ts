import type { DetectorEnv } from './env.ts';
import { hours } from './env.ts';
import type { AlertStatus, PositionObservation } from './types.ts';

interface Gap {
  id: string;
  startAt: number;
  /** null while still open (provisional). */
  endAt: number | null;
  lat: number;
  lon: number;
  status: AlertStatus;
}

interface GapState {
  lastAt: number;
  lastLat: number;
  lastLon: number;
  open: Gap | null;
  /** Closed gaps late fixes may still revise, newest last. */
  closed: Gap[];
}

const MAX_CLOSED = 4;

/**
 * AIS gap ("going dark"): no fix for `minGapMs`. A sweep past the threshold raises a provisional gap; the
 * next fix closes it (final). A late, out-of-order fix that falls inside a gap splits it: the parts still
 * over the threshold stay gaps (the alert is revised, and a second part becomes a new gap), and when no part
 * is, the alert is retracted. Nothing is ever dropped without an alert saying so.
 */
export class AisGapDetector {
  private readonly vessels = new Map<number, GapState>();

  constructor(private readonly env: DetectorEnv) {}

  observe(p: PositionObservation): void {
    const s = this.vessels.get(p.mmsi);
    if (!s) {
      this.vessels.set(p.mmsi, { lastAt: p.at, lastLat: p.lat, lastLon: p.lon, open: null, closed: [] });
      return;
    }
    if (p.at <= s.lastAt) {
      this.late(p, s);
      return;
    }
    const { minGapMs } = this.env.thresholds.aisGap;
    if (s.open) {
      const gap = s.open;
      s.open = null;
      gap.endAt = p.at;
      // A fix younger than the threshold after the gap's start means the provisional gap never was one.
      if (p.at - gap.startAt >= minGapMs) {
        gap.status = gap.status === 'revised' ? 'revised' : 'final';
        this.remember(s, gap);
      } else {
        gap.status = 'retracted';
      }
      this.publish(p.mmsi, gap);
    } else if (p.at - s.lastAt >= minGapMs && this.counts(s.lastLat, s.lastLon)) {
      // No sweep saw it open (a replayed log, a slow sweep): the gap is known whole at once.
      const gap: Gap = {
        id: gapId(p.mmsi, s.lastAt),
        startAt: s.lastAt,
        endAt: p.at,
        lat: s.lastLat,
        lon: s.lastLon,
        status: 'final',
      };
      this.remember(s, gap);
      this.publish(p.mmsi, gap);
    }
    s.lastAt = p.at;
    s.lastLat = p.lat;
    s.lastLon = p.lon;
  }

  /** Raises provisional gaps for vessels silent past the threshold; call every few seconds. */
  sweep(nowMs: number): void {
    const { minGapMs, lateWindowMs } = this.env.thresholds.aisGap;
    for (const [mmsi, s] of this.vessels) {
      if (s.open === null && nowMs - s.lastAt >= minGapMs && this.counts(s.lastLat, s.lastLon)) {
        s.open = {
          id: gapId(mmsi, s.lastAt),
          startAt: s.lastAt,
          endAt: null,
          lat: s.lastLat,
          lon: s.lastLon,
          status: 'provisional',
        };
        this.publish(mmsi, s.open);
      }
      // A vessel silent for longer than the late window after its open gap is forgotten: its gap stays as raised.
      if (s.open !== null && nowMs - s.lastAt > minGapMs + lateWindowMs) this.vessels.delete(mmsi);
    }
  }

  private late(p: PositionObservation, s: GapState): void {
    const gap = s.closed.find((g) => g.endAt !== null && p.at > g.startAt && p.at < g.endAt);
    if (!gap || gap.endAt === null) return;
    const { minGapMs } = this.env.thresholds.aisGap;
    const before = p.at - gap.startAt >= minGapMs;
    const after = gap.endAt - p.at >= minGapMs;
    const end = gap.endAt;
    if (before) {
      gap.endAt = p.at;
      gap.status = 'revised';
      this.publish(p.mmsi, gap);
      if (after) {
        const second: Gap = {
          id: gapId(p.mmsi, p.at),
          startAt: p.at,
          endAt: end,
          lat: p.lat,
          lon: p.lon,
          status: 'final',
        };
        this.remember(s, second);
        this.publish(p.mmsi, second);
      }
    } else if (after) {
      gap.startAt = p.at;
      gap.lat = p.lat;
      gap.lon = p.lon;
      gap.status = 'revised';
      this.publish(p.mmsi, gap);
    } else {
      gap.status = 'retracted';
      s.closed = s.closed.filter((g) => g !== gap);
      this.publish(p.mmsi, gap);
    }
  }

  private remember(s: GapState, gap: Gap): void {
    s.closed.push(gap);
    if (s.closed.length > MAX_CLOSED) s.closed.shift();
  }

  private counts(lat: number, lon: number): boolean {
    const r = this.env.thresholds.aisGap.ignoreWithinAnchorageM;
    return r <= 0 || this.env.geography.awayFromAnchorages(lat, lon, r);
  }

  private publish(mmsi: number, gap: Gap): void {
    const { minGapMs } = this.env.thresholds.aisGap;
    const end = gap.endAt;
    const evidence = this.env.evidence(mmsi, gap.startAt - 3_600_000, (end ?? gap.startAt) + 3_600_000);
    const length = end === null ? null : hours(end - gap.startAt);
    const summary =
      gap.status === 'retracted'
        ? `AIS gap of ${mmsi} retracted: late reports show no silence of ${hours(minGapMs)} h`
        : end === null
          ? `${mmsi} silent on AIS for over ${hours(minGapMs)} h`
          : `${mmsi} was silent on AIS for ${length} h`;
    this.env.emit({
      id: gap.id,
      type: 'ais_gap',
      status: gap.status,
      mmsis: [mmsi],
      startAt: gap.startAt,
      endAt: end,
      lat: gap.lat,
      lon: gap.lon,
      parameters: {
        minGapHours: hours(minGapMs),
        gapHours: length,
        ignoreWithinAnchorageM: this.env.thresholds.aisGap.ignoreWithinAnchorageM,
      },
      evidence: [evidence],
      areaId: null,
      summary,
    });
  }
}

const gapId = (mmsi: number, startAt: number): string => `ais_gap:${mmsi}:${startAt}`;
