import type { Releasable } from '../releasability/policy.ts';
import { addToSetMap, removeFromSetMap } from '../set-map.ts';
import { checkMidAgainstFlag } from './mid-flag.ts';

/** Records that declare a vessel's flag: a manifest's carrier, an event's vessel subject, a watchlist vessel entry. */
export type FlagSourceKind = 'consignment' | 'event' | 'watchlist_entry';

export interface FlagDeclaration {
  /** ISO 3166-1 alpha-2. */
  flag: string;
  mmsi: number | null;
  imo: number | null;
  source: { kind: FlagSourceKind; id: string; label: string; watchlistId?: string };
  /** The declaring record's releasability: an alert built on it is released no wider (REL-6). */
  releasable: Releasable;
}

export interface FlagMismatch {
  /** The MMSI heard on AIS (for a declaration by IMO, the one transmitting that IMO). */
  mmsi: number;
  mid: number;
  midFlag: string;
  midFlagName: string;
  declaration: FlagDeclaration;
  /** Stable per vessel, declared flag and declaring agency: the alert's dedup key. */
  key: string;
}

const sourceKey = (kind: FlagSourceKind, id: string): string => `${kind}:${id}`;

/**
 * Flags declared for vessels, by MMSI and by IMO, checked against the MID when the vessel is heard on AIS.
 * Bounded: past `capacity` declarations the oldest is forgotten, and the set of mismatches already raised is
 * bounded the same way (a forgotten one raised again reuses its alert key, so it revises, not duplicates).
 * Pure: no clock, no I/O.
 */
export class DeclaredFlagRegistry {
  private readonly bySource = new Map<string, FlagDeclaration>();
  private readonly byMmsi = new Map<number, Set<string>>();
  private readonly byImo = new Map<number, Set<string>>();
  private readonly raised = new Set<string>();

  constructor(private readonly capacity = 20_000) {}

  get size(): number {
    return this.bySource.size;
  }

  /** Adds or replaces what one record declares. A declaration with neither MMSI nor IMO is ignored. */
  declare(declaration: FlagDeclaration): void {
    const key = sourceKey(declaration.source.kind, declaration.source.id);
    this.forgetKey(key);
    const flag = declaration.flag.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(flag) || (declaration.mmsi === null && declaration.imo === null)) return;
    this.bySource.set(key, { ...declaration, flag });
    if (declaration.mmsi !== null) addToSetMap(this.byMmsi, declaration.mmsi, key);
    if (declaration.imo !== null) addToSetMap(this.byImo, declaration.imo, key);
    // Maps iterate in insertion order: the first key is the oldest declaration.
    while (this.bySource.size > this.capacity) {
      const oldest = this.bySource.keys().next();
      if (oldest.done === true) break;
      this.forgetKey(oldest.value);
    }
  }

  /** The record no longer declares anything (a retired watchlist entry, a consignment without a flag). */
  forget(kind: FlagSourceKind, id: string): void {
    this.forgetKey(sourceKey(kind, id));
  }

  declarationsOf(mmsi: number, imo: number | null): FlagDeclaration[] {
    const keys = new Set([...(this.byMmsi.get(mmsi) ?? []), ...(imo === null ? [] : (this.byImo.get(imo) ?? []))]);
    const out: FlagDeclaration[] = [];
    for (const key of keys) {
      const d = this.bySource.get(key);
      if (d) out.push(d);
    }
    return out;
  }

  /** Mismatches not raised before for a vessel just heard on AIS; most calls are two map misses. */
  check(mmsi: number, imo: number | null): FlagMismatch[] {
    if (!this.byMmsi.has(mmsi) && (imo === null || !this.byImo.has(imo))) return [];
    const out: FlagMismatch[] = [];
    for (const declaration of this.declarationsOf(mmsi, imo)) {
      // A declaration by MMSI speaks of that MMSI only; by IMO, of whichever MMSI transmits the IMO.
      if (
        declaration.mmsi !== null &&
        declaration.mmsi !== mmsi &&
        (declaration.imo === null || declaration.imo !== imo)
      )
        continue;
      const result = checkMidAgainstFlag(mmsi, declaration.flag);
      if (result.outcome !== 'mismatch') continue;
      // Per declaring agency too: one agency's restricted alert must not silence another agency's own.
      const key = `${mmsi}:${result.declaredFlag}:${declaration.releasable.ownerAgency}`;
      if (this.raised.has(key)) continue;
      this.raised.add(key);
      while (this.raised.size > this.capacity) {
        const oldest = this.raised.values().next();
        if (oldest.done === true) break;
        this.raised.delete(oldest.value);
      }
      out.push({ mmsi, mid: result.mid, midFlag: result.midFlag, midFlagName: result.midFlagName, declaration, key });
    }
    return out;
  }

  private forgetKey(key: string): void {
    const old = this.bySource.get(key);
    if (!old) return;
    this.bySource.delete(key);
    if (old.mmsi !== null) removeFromSetMap(this.byMmsi, old.mmsi, key);
    if (old.imo !== null) removeFromSetMap(this.byImo, old.imo, key);
  }
}
