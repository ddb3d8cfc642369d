import type { WatchlistEntry } from '@tidewatch/contracts';
import { type ExtensionName, extensionId, isPublishedObject } from '../published.ts';
import { isTlpMarkingId } from '../tlp.ts';
import type { ShareableItems, StixObject } from '../types.ts';
import { ReleasabilityExtension } from '../wire.ts';
import { checkCommon, isRecord } from './common.ts';
import type { ObjectError, Read } from './errors.ts';
import {
  readAgency,
  readAnnotation,
  readConsignment,
  readEvent,
  readLink,
  readVessel,
  readWatchlist,
  readWatchlistEntry,
} from './readers.ts';

export interface ImportResult {
  items: ShareableItems;
  /** Entries whose watchlist was not in the bundle (a feed may carry a changed entry alone). */
  looseEntries: WatchlistEntry[];
  /** Objects Tidewatch does not map, exactly as received: shown as "other STIX objects" (STIX-13). */
  other: StixObject[];
  errors: ObjectError[];
}

type Reader = (object: StixObject) => Read<unknown>;

/** Which reader takes an object: by its type and the Tidewatch extension that marks it as one of ours. */
const READERS: ReadonlyArray<{ type: string; extension: ExtensionName }> = [
  { type: 'incident', extension: 'event' },
  { type: 'note', extension: 'annotation' },
  { type: 'identity', extension: 'agency' },
  { type: 'relationship', extension: 'link' },
  { type: 'tidewatch-watchlist', extension: 'watchlist' },
  { type: 'tidewatch-watchlist-entry', extension: 'watchlist-entry' },
  { type: 'tidewatch-consignment', extension: 'consignment' },
  { type: 'tidewatch-vessel', extension: 'vessel' },
];

function extensionsOf(object: StixObject): Record<string, unknown> {
  return isRecord(object.extensions) ? object.extensions : {};
}

function tidewatchKind(object: StixObject): ExtensionName | undefined {
  const extensions = extensionsOf(object);
  return READERS.find((r) => r.type === object.type && extensionId(r.extension) in extensions)?.extension;
}

/** Objects Tidewatch derives from another (an event's location) and rebuilds from it, so never imports. */
function isDerived(object: StixObject): boolean {
  const entry = extensionsOf(object)[extensionId('releasability')];
  const parsed = ReleasabilityExtension.safeParse(entry);
  return parsed.success && parsed.data.derived_from_ref !== undefined;
}

/**
 * Reads a STIX 2.1 bundle from any producer. Nothing is rejected whole (STIX-13): each object is mapped to a
 * Tidewatch item, kept verbatim as another STIX object, or refused alone with the field and the reason.
 * Of several versions of one object in a bundle, the latest `modified` wins.
 */
export function fromStixBundle(input: unknown): ImportResult {
  const result: ImportResult = {
    items: { agencies: [], events: [], annotations: [], watchlists: [], consignments: [], vessels: [], links: [] },
    looseEntries: [],
    other: [],
    errors: [],
  };
  if (!isRecord(input) || input.type !== 'bundle') {
    result.errors.push({ index: -1, field: 'type', reason: 'not a STIX bundle (type "bundle")' });
    return result;
  }
  if (!Array.isArray(input.objects)) {
    result.errors.push({ index: -1, field: 'objects', reason: 'a bundle lists its objects in an array' });
    return result;
  }
  const latest = new Map<string, { index: number; object: StixObject; kind: ExtensionName }>();
  input.objects.forEach((value: unknown, index: number) => {
    const checked = checkCommon(value);
    if ('faults' in checked) {
      const claimed = isRecord(value) ? value : {};
      for (const fault of checked.faults) result.errors.push({ index, ...claimedIdentity(claimed), ...fault });
      return;
    }
    const { object } = checked;
    if (isTlpMarkingId(object.id) || isPublishedObject(object.id) || isDerived(object)) return;
    const kind = tidewatchKind(object);
    if (kind === undefined) {
      result.other.push(object);
      return;
    }
    const seen = latest.get(object.id);
    if (seen === undefined || String(seen.object.modified) < String(object.modified))
      latest.set(object.id, { index, object, kind });
  });
  const entries: WatchlistEntry[] = [];
  for (const { index, object, kind } of latest.values()) {
    const read = readerOf(kind, result, entries)(object);
    if (!read.ok)
      for (const fault of read.faults) result.errors.push({ index, id: object.id, type: object.type, ...fault });
  }
  attachEntries(result, entries);
  return result;
}

function claimedIdentity(value: Record<string, unknown>): { id?: string; type?: string } {
  return {
    ...(typeof value.id === 'string' ? { id: value.id } : {}),
    ...(typeof value.type === 'string' ? { type: value.type } : {}),
  };
}

/** The reader of a kind, wired to push what it reads into the result. */
function readerOf(kind: ExtensionName, result: ImportResult, entries: WatchlistEntry[]): Reader {
  const into =
    <T>(read: (object: StixObject) => Read<T>, push: (item: T) => void): Reader =>
    (object) => {
      const outcome = read(object);
      if (outcome.ok) push(outcome.value);
      return outcome;
    };
  const { items } = result;
  switch (kind) {
    case 'event':
      return into(readEvent, (e) => items.events.push(e));
    case 'annotation':
      return into(readAnnotation, (a) => items.annotations.push(a));
    case 'agency':
      return into(readAgency, (a) => items.agencies.push(a));
    case 'link':
      return into(readLink, (l) => items.links.push(l));
    case 'watchlist':
      return into(readWatchlist, (watchlist) => items.watchlists.push({ watchlist, entries: [] }));
    case 'watchlist-entry':
      return into(readWatchlistEntry, (e) => entries.push(e));
    case 'consignment':
      return into(readConsignment, (c) => items.consignments.push(c));
    case 'vessel':
      return into(readVessel, (v) => items.vessels.push(v));
    case 'releasability':
      // Never chosen: READERS maps no type to the releasability extension, which every owned object carries.
      throw new Error('the releasability extension marks no kind of item');
  }
}

function attachEntries(result: ImportResult, entries: readonly WatchlistEntry[]): void {
  const lists = new Map(result.items.watchlists.map((w) => [w.watchlist.id, w]));
  for (const entry of entries) {
    const list = lists.get(entry.watchlistId);
    if (list) list.entries.push(entry);
    else result.looseEntries.push(entry);
  }
}
