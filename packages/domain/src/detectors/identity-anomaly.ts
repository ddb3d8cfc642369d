import { classifyMmsi, flagStateOfMid, isValidImo } from '@tidewatch/ais';
import type { DetectorEnv } from './env.ts';
import { checkMidAgainstFlag } from './mid-flag.ts';
import type { StaticObservation } from './types.ts';

interface Known {
  name: string | null;
  callSign: string | null;
  imo: number | null;
  /** Anomalies already raised for this MMSI (kind:value), so a repeated static report alerts once. */
  raised: Set<string>;
  lat: number;
  lon: number;
}

export type IdentityAnomalyKind =
  | 'mid_flag_mismatch'
  | 'unallocated_mid'
  | 'imo_check_digit'
  | 'name_change'
  | 'call_sign_change'
  | 'imo_change'
  | 'imo_shared';

/**
 * Identity anomalies on static and voyage reports: the MMSI's MID against a declared flag, a MID allocated to
 * nobody, an IMO number failing its check digit, a change of name, call sign or IMO on one MMSI, and one IMO
 * reported by two MMSIs within a window (a cloned or swapped identity).
 */
export class IdentityAnomalyDetector {
  private readonly known = new Map<number, Known>();
  private readonly imoSeen = new Map<number, { mmsi: number; at: number }>();

  constructor(private readonly env: DetectorEnv) {}

  /** Where the vessel was last seen, so the alert can be drawn. */
  position(mmsi: number, lat: number, lon: number): void {
    const k = this.known.get(mmsi);
    if (k) {
      k.lat = lat;
      k.lon = lon;
    }
  }

  observe(s: StaticObservation): void {
    let k = this.known.get(s.mmsi);
    if (!k) {
      k = { name: null, callSign: null, imo: null, raised: new Set(), lat: Number.NaN, lon: Number.NaN };
      this.known.set(s.mmsi, k);
    }
    const { kind, mid } = classifyMmsi(s.mmsi);
    if (kind === 'ship' && mid !== null && flagStateOfMid(mid) === null) {
      this.raise(
        s,
        k,
        'unallocated_mid',
        String(mid),
        { mid },
        `${s.mmsi} uses MID ${mid}, allocated to no flag state`,
      );
    }
    const flag = checkMidAgainstFlag(s.mmsi, s.declaredFlag);
    if (flag.outcome === 'mismatch') {
      this.raise(
        s,
        k,
        'mid_flag_mismatch',
        `${flag.midFlag}/${flag.declaredFlag}`,
        { mid: flag.mid, midFlag: flag.midFlag, declaredFlag: flag.declaredFlag },
        `${s.mmsi} transmits a ${flag.midFlagName} MID but declares flag ${flag.declaredFlag}`,
      );
    }
    if (s.imo !== null) {
      if (!isValidImo(String(s.imo).padStart(7, '0'))) {
        this.raise(
          s,
          k,
          'imo_check_digit',
          String(s.imo),
          { imo: s.imo },
          `${s.mmsi} reports IMO ${s.imo}, which fails the check digit`,
        );
      }
      if (k.imo !== null && k.imo !== s.imo) {
        this.raise(
          s,
          k,
          'imo_change',
          `${k.imo}>${s.imo}`,
          { from: k.imo, to: s.imo },
          `${s.mmsi} changed its IMO from ${k.imo} to ${s.imo}`,
        );
      }
      const seen = this.imoSeen.get(s.imo);
      if (seen && seen.mmsi !== s.mmsi && s.at - seen.at <= this.env.thresholds.identity.imoReuseWindowMs) {
        this.raise(
          s,
          k,
          'imo_shared',
          `${s.imo}:${seen.mmsi}`,
          { imo: s.imo, otherMmsi: seen.mmsi },
          `IMO ${s.imo} reported by ${s.mmsi} and by ${seen.mmsi}`,
          [seen.mmsi],
        );
      }
      this.imoSeen.set(s.imo, { mmsi: s.mmsi, at: s.at });
      k.imo = s.imo;
    }
    if (s.name !== null) {
      if (k.name !== null && k.name !== s.name) {
        this.raise(
          s,
          k,
          'name_change',
          `${k.name}>${s.name}`,
          { from: k.name, to: s.name },
          `${s.mmsi} renamed from ${k.name} to ${s.name}`,
        );
      }
      k.name = s.name;
    }
    if (s.callSign !== null) {
      if (k.callSign !== null && k.callSign !== s.callSign) {
        this.raise(
          s,
          k,
          'call_sign_change',
          `${k.callSign}>${s.callSign}`,
          { from: k.callSign, to: s.callSign },
          `${s.mmsi} changed call sign from ${k.callSign} to ${s.callSign}`,
        );
      }
      k.callSign = s.callSign;
    }
  }

  forget(mmsi: number): void {
    this.known.delete(mmsi);
  }

  private raise(
    s: StaticObservation,
    k: Known,
    anomaly: IdentityAnomalyKind,
    value: string,
    details: Record<string, string | number>,
    summary: string,
    others: number[] = [],
  ): void {
    const key = `${anomaly}:${value}`;
    if (k.raised.has(key)) return;
    k.raised.add(key);
    const track = this.env.evidence(s.mmsi, s.at - 3_600_000, s.at);
    const last = track.points[track.points.length - 1];
    this.env.emit({
      id: `identity_anomaly:${s.mmsi}:${anomaly}:${s.at}`,
      type: 'identity_anomaly',
      status: 'final',
      mmsis: [s.mmsi, ...others],
      startAt: s.at,
      endAt: s.at,
      lat: Number.isNaN(k.lat) ? (last?.[1] ?? 0) : k.lat,
      lon: Number.isNaN(k.lon) ? (last?.[2] ?? 0) : k.lon,
      parameters: { anomaly, ...details },
      evidence: [track],
      areaId: null,
      summary,
    });
  }
}
