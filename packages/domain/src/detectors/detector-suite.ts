import { AisGapDetector } from './ais-gap.ts';
import { AreaDetector, type AreaShape } from './areas.ts';
import { EncounterDetector } from './encounter.ts';
import type { DetectorEnv } from './env.ts';
import { IdentityAnomalyDetector } from './identity-anomaly.ts';
import { ImpossibleMovementDetector } from './impossible-movement.ts';
import { LoiteringDetector } from './loitering.ts';
import { CARIBBEAN_ANCHORAGES, Geography } from './point-index.ts';
import { PortVisitDetector } from './port-visit.ts';
import { resolveThresholds, type DetectorThresholdOverrides, type DetectorThresholds } from './thresholds.ts';
import { TrackBuffer } from './track-buffer.ts';
import type { AlertSink, EvidenceTrack, PositionObservation, StaticObservation } from './types.ts';

export interface DetectorSuiteOptions {
  thresholds?: DetectorThresholdOverrides;
  geography?: Geography;
  areas?: readonly AreaShape[];
  /** Evidence ring per vessel (fixes kept, spacing); defaults about 4 h. */
  evidenceCapacity?: number;
  evidenceSpacingMs?: number;
}

/**
 * Every detector over one stream of fixes and static reports. Pure: time comes with each observation and
 * with `sweep(now)`. Alerts go to `emit` as they happen; the caller turns them into events.
 */
export class DetectorSuite {
  readonly thresholds: DetectorThresholds;
  private readonly tracks = new Map<number, TrackBuffer>();
  private readonly shipTypes = new Map<number, number>();
  private readonly gap: AisGapDetector;
  private readonly encounter: EncounterDetector;
  private readonly loitering: LoiteringDetector;
  private readonly impossible: ImpossibleMovementDetector;
  private readonly identity: IdentityAnomalyDetector;
  private readonly portVisit: PortVisitDetector;
  private readonly areas: AreaDetector;
  private readonly capacity: number;
  private readonly spacingMs: number;

  constructor(emit: AlertSink, options: DetectorSuiteOptions = {}) {
    this.thresholds = resolveThresholds(options.thresholds);
    this.capacity = options.evidenceCapacity ?? 96;
    this.spacingMs = options.evidenceSpacingMs ?? 150_000;
    const env: DetectorEnv = {
      thresholds: this.thresholds,
      geography: options.geography ?? new Geography(CARIBBEAN_ANCHORAGES),
      emit,
      evidence: (mmsi, from, to) => this.evidence(mmsi, from, to),
      shipType: (mmsi) => this.shipTypes.get(mmsi) ?? null,
    };
    this.gap = new AisGapDetector(env);
    this.encounter = new EncounterDetector(env);
    this.loitering = new LoiteringDetector(env);
    this.impossible = new ImpossibleMovementDetector(env);
    this.identity = new IdentityAnomalyDetector(env);
    this.portVisit = new PortVisitDetector(env);
    this.areas = new AreaDetector(env);
    if (options.areas) this.areas.setAreas(options.areas);
  }

  get vessels(): number {
    return this.tracks.size;
  }

  /** A vessel's kept fixes between two times, as evidence for an alert raised outside the suite. */
  evidence(mmsi: number, from: number, to: number): EvidenceTrack {
    return { mmsi, points: this.tracks.get(mmsi)?.segment(from, to) ?? [] };
  }

  setAreas(areas: readonly AreaShape[]): void {
    this.areas.setAreas(areas);
  }

  position(p: PositionObservation): void {
    let track = this.tracks.get(p.mmsi);
    if (!track) {
      track = new TrackBuffer(this.capacity, this.spacingMs);
      this.tracks.set(p.mmsi, track);
    }
    // A fix after a long silence is always kept: it is the other end of a gap's evidence.
    track.push(p.at, p.lat, p.lon, p.sog, p.at - track.lastTime() > this.thresholds.aisGap.minGapMs / 2);
    this.gap.observe(p);
    this.impossible.observe(p);
    this.encounter.observe(p);
    this.loitering.observe(p);
    this.portVisit.observe(p);
    this.areas.observe(p);
    this.identity.position(p.mmsi, p.lat, p.lon);
  }

  static(s: StaticObservation): void {
    if (s.shipType !== null && s.shipType > 0) this.shipTypes.set(s.mmsi, s.shipType);
    this.identity.observe(s);
  }

  /** Time-driven checks (gaps opening, encounters and loitering ending); call every few seconds. */
  sweep(nowMs: number): void {
    this.gap.sweep(nowMs);
    this.encounter.sweep(nowMs);
    this.loitering.sweep(nowMs);
  }
}
