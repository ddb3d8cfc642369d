import { VESSEL_CATEGORIES, VESSEL_STATUSES } from '@tidewatch/contracts';
import type { VesselState } from '@tidewatch/domain';

const CATEGORY_CODE = new Map<string, number>(VESSEL_CATEGORIES.map((c, i) => [c, i]));
const STATUS_CODE = new Map<string, number>(VESSEL_STATUSES.map((s, i) => [s, i]));

/** Appends one vessel as VESSEL_ROW_FIELDS (see contracts/vessels.ts) to a flat row array. */
export function appendRow(rows: number[], v: VesselState, nowMs: number): void {
  rows.push(
    v.mmsi,
    Math.round(v.lon * 1e5),
    Math.round(v.lat * 1e5),
    v.sog === null ? -1 : Math.round(v.sog * 10),
    v.cog === null ? -1 : Math.round(v.cog * 10),
    v.heading === null ? -1 : Math.round(v.heading),
    CATEGORY_CODE.get(v.category) ?? 0,
    STATUS_CODE.get(v.status) ?? 0,
    Math.max(0, Math.round((nowMs - v.positionAt) / 1000)),
  );
}
