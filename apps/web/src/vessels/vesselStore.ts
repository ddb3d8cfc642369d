import {
  VESSEL_ROW_WIDTH,
  VESSEL_CATEGORIES,
  VESSEL_STATUSES,
  type VesselBatch,
  type VesselCategory,
  type VesselStatus,
} from '@tidewatch/contracts';
import { CLASS_BY_CATEGORY_INDEX, VESSEL_CLASSES } from './categories.ts';
import { mercatorX, mercatorY, packStyle, VesselGeometry } from './vesselGeometry.ts';
import { onSessionEnd } from '../session/lifecycle.ts';

export interface VesselEntry {
  readonly mmsi: number;
  lon: number;
  lat: number;
  sog: number | null;
  cog: number | null;
  heading: number | null;
  category: VesselCategory;
  status: VesselStatus;
  /** Server-clock epoch ms of the last position report. */
  reportAt: number;
  /** Map class index (categories.ts). */
  cls: number;
  /** Symbol rotation in whole degrees: heading, else course over ground. */
  rot: number;
  /** 1: drawn as a dot (stationary, or no direction known). */
  dot: number;
  /** 1: stale (silent past the server's threshold), drawn dimmed. */
  stale: number;
}

/** Below this speed (knots) a vessel is drawn as a dot: at anchor or moored, its heading says little. */
export const STATIONARY_KNOTS = 0.5;
/**
 * Hard ceiling on vessels held. The server already scopes the stream to the viewport; this only guards a
 * wall display that runs for days against a runaway feed (zoomed out over a global feed).
 */
export const MAX_VESSELS = 60_000;
/** Names are sent once per connection; the table is forgotten on each new snapshot (a new subscription). */
export const MAX_NAMES = 120_000;
/** React readers (legend counts, the card) are told at most this often; the map is fed separately. */
const SUMMARY_MS = 1_000;

export interface VesselSummarySnapshot {
  /** Bumped when anything changed; cheap equality for useSyncExternalStore. */
  readonly version: number;
  readonly total: number;
  /** Count per class index. */
  readonly byClass: readonly number[];
  /** Client-clock ms of the last batch received, or null. */
  readonly lastBatchAt: number | null;
  readonly visible: boolean;
}

const u = (v: number | undefined): number => (v === undefined ? -1 : v);

/**
 * The live vessel picture as this display holds it: decoded from `vessels:batch`, keyed by MMSI (for the card,
 * labels, hover), with the drawable state kept alongside in one Float32Array (`geometry`) that the map's WebGL
 * layer uploads as is. A batch updates both in place: after the first sight of a vessel nothing is allocated.
 */
export class VesselStore {
  readonly entries = new Map<number, VesselEntry>();
  readonly names = new Map<number, string>();
  readonly geometry = new VesselGeometry();
  private readonly changeListeners = new Set<() => void>();
  private readonly listeners = new Set<() => void>();
  private summary: VesselSummarySnapshot = {
    version: 0,
    total: 0,
    byClass: VESSEL_CLASSES.map(() => 0),
    lastBatchAt: null,
    visible: true,
  };
  private summaryTimer: ReturnType<typeof setTimeout> | null = null;
  private lastBatchAt: number | null = null;
  private visible = readVisible();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): VesselSummarySnapshot => this.summary;

  /** The map layer listens here: called synchronously after every applied batch that changed the drawing. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  isVisible(): boolean {
    return this.visible;
  }

  setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    try {
      localStorage.setItem(VISIBLE_KEY, visible ? '1' : '0');
    } catch {
      // private mode: the choice lasts for this page only
    }
    if (!visible) this.clear();
    this.publishSummary(true);
  }

  /** Applies one batch from the server. Returns the number of vessels whose drawing changed. */
  apply(batch: VesselBatch, receivedAt = Date.now()): number {
    this.lastBatchAt = receivedAt;
    const geometry = this.geometry;
    const before = geometry.version;
    if (batch.kind === 'snapshot') {
      // A snapshot starts a new subscription: the server's name table for us starts empty too.
      this.entries.clear();
      this.names.clear();
      geometry.clear();
    }
    for (const [mmsi, name] of batch.names) {
      if (this.names.size >= MAX_NAMES && !this.names.has(mmsi)) {
        const oldest = this.names.keys().next();
        if (!oldest.done) this.names.delete(oldest.value);
      }
      this.names.set(mmsi, name);
    }
    for (const mmsi of batch.removed) {
      if (this.entries.delete(mmsi)) geometry.remove(mmsi);
    }

    const rows = batch.rows;
    const at = batch.at;
    let changed = 0;
    // Hot loop (20,000 rows a second): decoded in place, no per-row objects except for new vessels.
    for (let i = 0; i + VESSEL_ROW_WIDTH <= rows.length; i += VESSEL_ROW_WIDTH) {
      const mmsi = u(rows[i]);
      const lon = u(rows[i + 1]) / 1e5;
      const lat = u(rows[i + 2]) / 1e5;
      const sogRaw = u(rows[i + 3]);
      const cogRaw = u(rows[i + 4]);
      const headingRaw = u(rows[i + 5]);
      const catIndex = u(rows[i + 6]);
      const statusIndex = u(rows[i + 7]);
      const age = u(rows[i + 8]);

      const sog = sogRaw < 0 ? null : sogRaw / 10;
      const cog = cogRaw < 0 ? null : cogRaw / 10;
      const heading = headingRaw < 0 || headingRaw >= 360 ? null : headingRaw;
      const cls = CLASS_BY_CATEGORY_INDEX[catIndex] ?? 6;
      const stale = statusIndex === 1 ? 1 : 0;
      const direction = heading ?? cog;
      const dot = direction === null || (sog !== null && sog < STATIONARY_KNOTS) ? 1 : 0;
      const rot = direction === null ? 0 : Math.round(direction) % 360;

      let entry = this.entries.get(mmsi);
      if (entry === undefined) {
        if (this.entries.size >= MAX_VESSELS) continue;
        entry = {
          mmsi,
          lon,
          lat,
          sog,
          cog,
          heading,
          category: VESSEL_CATEGORIES[catIndex] ?? 'other',
          status: VESSEL_STATUSES[statusIndex] ?? 'live',
          reportAt: at - age * 1000,
          cls,
          rot,
          dot,
          stale,
        };
        this.entries.set(mmsi, entry);
        geometry.set(mmsi, mercatorX(lon), mercatorY(lat), rot, packStyle(cls, dot, stale));
        changed++;
        continue;
      }
      entry.sog = sog;
      entry.cog = cog;
      entry.heading = heading;
      entry.reportAt = at - age * 1000;
      if (entry.status !== VESSEL_STATUSES[statusIndex]) entry.status = VESSEL_STATUSES[statusIndex] ?? 'live';
      if (entry.category !== VESSEL_CATEGORIES[catIndex]) entry.category = VESSEL_CATEGORIES[catIndex] ?? 'other';
      // A moored vessel re-reporting the same position does not touch the map.
      if (
        entry.lon === lon &&
        entry.lat === lat &&
        entry.cls === cls &&
        entry.rot === rot &&
        entry.dot === dot &&
        entry.stale === stale
      )
        continue;
      entry.lon = lon;
      entry.lat = lat;
      entry.cls = cls;
      entry.rot = rot;
      entry.dot = dot;
      entry.stale = stale;
      geometry.set(mmsi, mercatorX(lon), mercatorY(lat), rot, packStyle(cls, dot, stale));
      changed++;
    }
    if (geometry.version !== before) for (const listener of this.changeListeners) listener();
    this.publishSummary(false);
    return changed;
  }

  nameOf(mmsi: number): string | null {
    return this.names.get(mmsi) ?? null;
  }

  /** Forgets every vessel (stream stopped, layer hidden, identity changed). */
  clear(): void {
    this.entries.clear();
    this.names.clear();
    this.geometry.clear();
    for (const listener of this.changeListeners) listener();
    this.publishSummary(true);
  }

  private publishSummary(now: boolean): void {
    if (now) {
      if (this.summaryTimer !== null) clearTimeout(this.summaryTimer);
      this.summaryTimer = null;
      this.computeSummary();
      return;
    }
    this.summaryTimer ??= setTimeout(() => {
      this.summaryTimer = null;
      this.computeSummary();
    }, SUMMARY_MS);
  }

  private computeSummary(): void {
    const byClass = VESSEL_CLASSES.map(() => 0);
    for (const e of this.entries.values()) {
      const c = e.cls;
      byClass[c] = (byClass[c] ?? 0) + 1;
    }
    this.summary = {
      version: this.summary.version + 1,
      total: this.entries.size,
      byClass,
      lastBatchAt: this.lastBatchAt,
      visible: this.visible,
    };
    for (const listener of this.listeners) listener();
  }
}

const VISIBLE_KEY = 'tidewatch.vessels.visible';

function readVisible(): boolean {
  try {
    return localStorage.getItem(VISIBLE_KEY) !== '0';
  } catch {
    return true;
  }
}

export const vesselStore = new VesselStore();
onSessionEnd(() => vesselStore.clear());
