import type { IntelEvent } from '@tidewatch/contracts';
import type { TaxiiEventScope } from '@tidewatch/db';
import { itemsToStix, type StixObject } from '@tidewatch/stix';
import { viewerScope } from '../../auth/actor.ts';
import type { CollectionScope } from './collections.ts';
import type { ObjectPosition } from './cursor.ts';
import type { ObjectQuery } from './object-query.ts';
import type { TaxiiContext } from './taxii-context.ts';

/** The STIX types an event becomes (packages/stix STIX-2): a type filter naming none of them matches nothing. */
const EVENT_OBJECT_TYPES = new Set(['incident', 'location', 'relationship']);
/** Every object Tidewatch serves is STIX 2.1. */
const SPEC_VERSION = '2.1';
/** Marks "every object of this event consumed" in a position (an event gives at most three objects). */
const WHOLE_EVENT = 999;
/**
 * The most events one request reads while filters drop what it reads: past it, the page ends early with
 * `more` and a cursor after the last event read, so a narrow filter over a million events still answers fast.
 */
const SCAN_BUDGET = 5000;

export interface ServedObject {
  object: StixObject;
  /** TAXII date_added: the event's added_at (TAXII-4). */
  dateAdded: string;
  event: IntelEvent;
  position: ObjectPosition;
}

export interface ObjectPage {
  objects: ServedObject[];
  more: boolean;
  /** Where the next page starts (encode it as `next`); present exactly when `more`. */
  nextPosition?: ObjectPosition | undefined;
}

function versionOf(object: StixObject): string {
  return object.modified ?? object.created ?? '';
}

/** match[version]: each object Tidewatch serves has one version, so first, last and all all take it. */
function versionMatches(object: StixObject, versions: readonly string[]): boolean {
  if (versions.some((v) => v === 'first' || v === 'last' || v === 'all')) return true;
  const own = Date.parse(versionOf(object));
  return versions.some((v) => Date.parse(v) === own);
}

function objectMatches(object: StixObject, q: ObjectQuery): boolean {
  if (q.ids && !q.ids.includes(object.id)) return false;
  if (q.types && !q.types.includes(object.type)) return false;
  return versionMatches(object, q.versions);
}

/** Nothing can match: no need to read a single row. */
function matchesNothing(q: ObjectQuery): boolean {
  if (q.types && !q.types.some((t) => EVENT_OBJECT_TYPES.has(t))) return true;
  return q.specVersions !== undefined && !q.specVersions.includes(SPEC_VERSION);
}

export function versionOfObject(object: StixObject): string {
  return versionOf(object);
}

/**
 * One page of a collection's objects in a stable order (event seq, then the event's objects in export order),
 * starting after `from`. Releasability is applied by the query (visibleTo), so nothing the caller may not
 * read is read at all: counts, `more` and the date headers come from readable objects only (TAXII-3).
 */
export async function readObjectPage(
  ctx: TaxiiContext,
  scope: CollectionScope,
  q: ObjectQuery,
  from: ObjectPosition,
): Promise<ObjectPage> {
  if (matchesNothing(q)) return { objects: [], more: false };
  const eventScope: TaxiiEventScope = {
    viewer: viewerScope(ctx.viewer),
    sharingGroup: scope.kind === 'agreement' ? scope.code : undefined,
    stixIds: q.ids,
  };
  const wanted = q.limit + 1;
  const served: ServedObject[] = [];
  let position = from;
  let scanned = 0;
  let exhausted = false;
  while (served.length < wanted && !exhausted && scanned < SCAN_BUDGET) {
    const ask = Math.min(wanted - served.length, SCAN_BUDGET - scanned);
    const rows = await ctx.taxii.eventsAfter(eventScope, position.seq - 1, ask);
    scanned += rows.length;
    exhausted = rows.length < ask;
    for (const { event, addedAt } of rows) {
      itemsToStix({ events: [event] }).forEach((object, index) => {
        if (event.seq === position.seq && index <= position.index) return;
        if (objectMatches(object, q)) {
          served.push({ object, dateAdded: addedAt, event, position: { seq: event.seq, index } });
        }
      });
      position = { seq: event.seq, index: WHOLE_EVENT };
    }
  }
  if (served.length > q.limit) {
    const page = served.slice(0, q.limit);
    return { objects: page, more: true, nextPosition: page.at(-1)?.position };
  }
  // The scan budget ran out before the page filled: more may follow, from after the last event read.
  if (!exhausted && served.length < wanted) return { objects: served, more: true, nextPosition: position };
  return { objects: served, more: false };
}

/** Where a first page starts: after every event added at or before `added_after`, or at the beginning. */
export async function firstPosition(ctx: TaxiiContext, addedAfter: string | undefined): Promise<ObjectPosition> {
  const seq = addedAfter === undefined ? 0 : await ctx.taxii.lastSeqAddedBy(addedAfter);
  return { seq, index: WHOLE_EVENT };
}
