import type { EvidenceTrack } from '@tidewatch/contracts';
import { onSessionEnd } from '../session/lifecycle.ts';

export interface EvidenceState {
  alertId: string | null;
  tracks: readonly EvidenceTrack[];
  /** Where the alert happened when there is no track (an identity anomaly). */
  position: { lat: number; lon: number } | null;
  /** Bumped to ask the map to fit the evidence. */
  fitNonce: number;
}

type Listener = () => void;

/** The evidence of the alert open in the detail panel, for the map's evidence layer. */
class EvidenceStore {
  private state: EvidenceState = { alertId: null, tracks: [], position: null, fitNonce: 0 };
  private readonly listeners = new Set<Listener>();

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): EvidenceState => this.state;

  show(
    alertId: string,
    tracks: readonly EvidenceTrack[],
    position: { lat: number; lon: number } | null,
    fit: boolean,
  ): void {
    this.state = { alertId, tracks, position, fitNonce: fit ? this.state.fitNonce + 1 : this.state.fitNonce };
    for (const l of this.listeners) l();
  }

  /** Clears only if `alertId` is still the one shown (a newer panel may have replaced it). */
  clear(alertId: string | null = null): void {
    if (alertId !== null && this.state.alertId !== alertId) return;
    this.state = { alertId: null, tracks: [], position: null, fitNonce: this.state.fitNonce };
    for (const l of this.listeners) l();
  }
}

export const evidenceStore = new EvidenceStore();

export function countPoints(tracks: readonly EvidenceTrack[]): number {
  return tracks.reduce((n, t) => n + t.points.length, 0);
}
onSessionEnd(() => evidenceStore.clear());
