import type { Consignment, IntelEvent } from '@tidewatch/contracts';
import type { ConsignmentRow } from '@tidewatch/db';
import { DeclaredFlagRegistry, type EvidenceTrack, type FlagDeclaration, type FlagSourceKind } from '@tidewatch/domain';
import type { AlertDraft } from '../services/alerts/publish-alert.ts';
import {
  consignmentDeclaration,
  consignmentRowDeclaration,
  draftFlagMismatchAlert,
  entryDeclaration,
  eventDeclarations,
  type HeardVessel,
} from './declared-flags.ts';
import type { EntryListener } from '../services/watchlists/matcher-runtime.ts';
import type { SerialQueue } from './serial-queue.ts';

export interface DeclaredFlagWatchOptions {
  queue: SerialQueue;
  groupsOf(agency: string): Promise<ReadonlySet<string>>;
  evidence(mmsi: number, fromMs: number, toMs: number): EvidenceTrack;
  publish(draft: AlertDraft): Promise<unknown>;
  /** Declarations kept (oldest forgotten first). */
  capacity?: number;
}

const EVIDENCE_MS = 3_600_000;

/**
 * This node's declared flags (manifests, event subjects, watchlist vessel entries) and the MID check run
 * when a vessel with one is heard on AIS. Declarations arrive through the same hooks that keep the matcher
 * current, so changes made on other nodes reach it too.
 */
export function createDeclaredFlagWatch(options: DeclaredFlagWatchOptions) {
  const registry = new DeclaredFlagRegistry(options.capacity);
  const learn = (kind: FlagSourceKind, id: string, declaration: FlagDeclaration | null): void => {
    if (declaration) registry.declare(declaration);
    else registry.forget(kind, id);
  };
  const entries: EntryListener = {
    live: (entry, list) => learn('watchlist_entry', entry.id, entryDeclaration(entry, list)),
    gone: (entryId) => registry.forget('watchlist_entry', entryId),
  };
  return {
    registry,
    entries,
    consignment: (c: Consignment): void => learn('consignment', c.id, consignmentDeclaration(c)),
    consignmentRow: (row: ConsignmentRow): void => learn('consignment', row.id, consignmentRowDeclaration(row)),
    events(events: readonly IntelEvent[]): void {
      for (const event of events) for (const d of eventDeclarations(event)) registry.declare(d);
    },
    /** A position or static report of `mmsi` was applied to the picture. */
    heard(mmsi: number, vessel: HeardVessel | undefined, atMs: number): void {
      const found = registry.check(mmsi, vessel?.imo ?? null);
      for (const mismatch of found) {
        const track = options.evidence(mmsi, atMs - EVIDENCE_MS, atMs);
        // A snapshot: the picture's vessel object keeps changing while the alert waits in the queue.
        const heard: HeardVessel = {
          name: vessel?.name ?? null,
          imo: vessel?.imo ?? null,
          lat: vessel?.lat ?? Number.NaN,
          lon: vessel?.lon ?? Number.NaN,
        };
        options.queue.push('declared flag mismatch', async () => {
          const groups = await options.groupsOf(mismatch.declaration.releasable.ownerAgency);
          const draft = draftFlagMismatchAlert(mismatch, heard, track, atMs, groups);
          if (draft) await options.publish(draft);
        });
      }
    },
  };
}

export type DeclaredFlagWatch = ReturnType<typeof createDeclaredFlagWatch>;
