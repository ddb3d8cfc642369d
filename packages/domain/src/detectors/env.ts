import type { Geography } from './point-index.ts';
import type { DetectorThresholds } from './thresholds.ts';
import type { AlertSink, EvidenceTrack } from './types.ts';

/** What every detector is handed by the suite: thresholds, the world, evidence lookup and where alerts go. */
export interface DetectorEnv {
  thresholds: DetectorThresholds;
  geography: Geography;
  emit: AlertSink;
  /** The kept fixes of `mmsi` between two times (the evidence track segment). */
  evidence(mmsi: number, from: number, to: number): EvidenceTrack;
  /** Latest ship type reported by `mmsi`, if any. */
  shipType(mmsi: number): number | null;
}

export const hours = (ms: number): number => Math.round((ms / 3_600_000) * 100) / 100;
