import { useSyncExternalStore } from 'react';
import { vesselStore, type VesselEntry, type VesselSummarySnapshot } from './vesselStore.ts';

/** Counts and freshness of the vessel picture; changes at most once a second. */
export function useVesselSummary(): VesselSummarySnapshot {
  return useSyncExternalStore(vesselStore.subscribe, vesselStore.getSnapshot);
}

export interface LiveVessel {
  lon: number;
  lat: number;
  sog: number | null;
  cog: number | null;
  heading: number | null;
  status: VesselEntry['status'];
  reportAt: number;
}

/** The held live state of one vessel (null when out of view), refreshed with the summary (1 Hz). */
export function useLiveVessel(mmsi: number | null): LiveVessel | null {
  useVesselSummary();
  if (mmsi === null) return null;
  const e = vesselStore.entries.get(mmsi);
  if (!e) return null;
  return { lon: e.lon, lat: e.lat, sog: e.sog, cog: e.cog, heading: e.heading, status: e.status, reportAt: e.reportAt };
}
