import type { StixImportResult } from '@tidewatch/contracts';
import { fromStixBundle, type ImportResult, type ItemKind, stixIdOf } from '@tidewatch/stix';
import type { Principal } from '../../auth/actor.ts';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext, ServiceContext } from '../context.ts';
import { ServiceError } from '../errors.ts';
import { type IngestResult, storeCheckedEvents } from '../events/ingest-events.ts';
import { triageEvent } from '../events/triage-event.ts';
import { withUnitOfWork } from '../unit-of-work.ts';
import { positionsById, rawObjects, type Position } from './bundle-positions.ts';
import { STIX_BUNDLE_MAX_OBJECTS } from './limits.ts';
import { OutcomeList } from './outcomes.ts';
import { planEvents, type PlannedEvent } from './plan-events.ts';
import { planOthers } from './plan-others.ts';

export interface StixIngestOptions {
  /** Plan and answer what the import would do, writing nothing (no item, no mark, no audit row). */
  dryRun?: boolean;
}

/** Kinds the mapping reads that this round does not store, and why (each such object is `skipped`). */
const NOT_STORED = {
  vessels: 'the vessel picture comes from AIS feeds, not from bundles',
  annotations: 'notes are not imported yet (issue 15, next round)',
  watchlists: 'watchlists are not imported yet (issue 15, next round)',
  consignments: 'consignments are not imported yet (issue 15, next round)',
  links: 'relationships between items are not imported yet (issue 15, next round)',
} as const;

/**
 * Imports a STIX 2.1 bundle for the principal's agency: the one ingest of REST `POST /stix/import` and of the
 * TAXII inbox. Every event becomes an event OWNED BY THAT AGENCY through the same checks and write path as a
 * REST create (AUTH-1: an object claiming another owner is refused alone), in one unit of work (items, marks,
 * kept objects and audit rows commit together; new events reach dashboards after commit). Idempotent by STIX
 * id and `modified`. Objects Tidewatch does not map are kept verbatim as "other STIX objects".
 *
 * Never throws for what a bundle's objects hold: each object gets exactly one outcome (XCH-1). Throws a
 * ServiceError only for the request as a whole: `forbidden` (no write permission), `payload_too_large` (over
 * STIX_BUNDLE_MAX_OBJECTS) and `unprocessable` (not a bundle).
 */
export async function ingestStixBundle(
  ctx: ServiceContext,
  principal: Principal,
  bundle: unknown,
  options: StixIngestOptions = {},
): Promise<StixImportResult> {
  const rctx: RequestContext = { ...ctx, ...principal };
  requirePermission(rctx, 'events:write');
  const objects = rawObjects(bundle);
  if (objects.length > STIX_BUNDLE_MAX_OBJECTS) {
    throw new ServiceError(
      'payload_too_large',
      `objects: a bundle holds at most ${STIX_BUNDLE_MAX_OBJECTS} objects (this one has ${objects.length})`,
      [{ path: 'objects', message: `at most ${STIX_BUNDLE_MAX_OBJECTS} objects` }],
    );
  }
  const read = fromStixBundle(bundle);
  const bundleFaults = read.errors.filter((e) => e.index < 0);
  if (bundleFaults.length > 0) {
    throw new ServiceError(
      'unprocessable',
      `${bundleFaults[0]?.field}: ${bundleFaults[0]?.reason}`,
      bundleFaults.map((f) => ({ path: f.field, message: f.reason })),
    );
  }
  const dryRun = options.dryRun === true;
  const run = (work: RequestContext) => importInto(work, read, objects, dryRun);
  const outcomes = dryRun ? await run(rctx) : await withUnitOfWork(rctx, run);
  return {
    dryRun,
    bundleId: typeof (bundle as { id?: unknown }).id === 'string' ? String((bundle as { id: string }).id) : null,
    total: objects.length,
    counts: outcomes.counts(),
    objects: outcomes.list(),
  };
}

async function importInto(
  ctx: RequestContext,
  read: ImportResult,
  objects: readonly unknown[],
  dryRun: boolean,
): Promise<OutcomeList> {
  const outcomes = new OutcomeList();
  const positions = positionsById(objects);
  for (const error of read.errors) {
    outcomes.refuse({ index: error.index, id: error.id, type: error.type }, error.field, error.reason);
  }
  skipUnstoredKinds(read, positions, outcomes);
  const now = ctx.clock.now().toISOString();
  const events = await planEvents(ctx, read.items.events, positions, outcomes);
  const others = await planOthers(ctx, read.other, positions, outcomes, now);
  if (!dryRun) {
    await storeEvents(ctx, events, outcomes);
    await ctx.stix.upsertOthers(others);
    await ctx.stix.markImported(
      events
        .filter((e) => outcomes.get(e.index)?.outcome !== 'refused')
        .map((e) => ({
          ownerAgency: ctx.actor.agency,
          stixId: e.stixId,
          modified: e.modified,
          itemKind: 'event',
          itemId: e.localId,
          importedAt: now,
        })),
    );
  } else {
    for (const e of events) outcomes.set(outcomeOf(e, e.action === 'create'));
  }
  markTheRest(objects, positions, outcomes);
  if (!dryRun) {
    const counts = outcomes.counts();
    ctx.audit.record({
      actor: ctx.actor,
      action: 'stix.import',
      outcome: 'success',
      detail: {
        objects: objects.length,
        counts,
        keptObjects: others.map((o) => ({ id: o.stixId, tlp: o.tlp })),
      },
    });
  }
  return outcomes;
}

function outcomeOf(e: PlannedEvent, created: boolean) {
  return {
    index: e.index,
    id: e.stixId,
    type: 'incident',
    title: e.title,
    outcome: created ? ('created' as const) : e.action === 'triage' ? ('updated' as const) : ('unchanged' as const),
    becomes: { kind: 'event', id: e.localId },
  };
}

const INSERT_SLICE = 1000;

/** New events through the REST create path (inserted 1,000 at a time); a newer status through the triage verb. */
async function storeEvents(ctx: RequestContext, events: readonly PlannedEvent[], outcomes: OutcomeList) {
  const fresh = events.filter((e) => e.action === 'create');
  // In slices, still in the one unit of work, so no single statement carries a whole large bundle. The 503 a
  // 10,000-event import once answered was one statement binding more than the wire protocol's 65,535 values
  // (SQLSTATE 08P01, read as "unreachable"): the unit's 10,000 audit rows appended at once. Repositories now
  // write large row sets in slices (XFED-3; apps/server/test/stix-import-at-limit.integration.test.ts).
  const stored: IngestResult[] = [];
  for (let at = 0; at < fresh.length; at += INSERT_SLICE) {
    const slice = fresh.slice(at, at + INSERT_SLICE).map((e) => e.input);
    stored.push(...(await storeCheckedEvents(ctx, slice)));
  }
  fresh.forEach((e, i) => {
    const result = stored[i];
    outcomes.set(outcomeOf({ ...e, localId: result?.event.id ?? e.localId }, result?.created === true));
  });
  for (const e of events) {
    if (e.action === 'unchanged') outcomes.set(outcomeOf(e, false));
    if (e.action !== 'triage' || !e.triage) continue;
    try {
      await triageEvent({ ctx, id: e.localId, input: e.triage });
      outcomes.set(outcomeOf(e, false));
    } catch (err) {
      if (!(err instanceof ServiceError)) throw err;
      outcomes.refuse({ index: e.index, id: e.stixId, type: 'incident', title: e.title }, 'status', err.message);
    }
  }
}

function skipUnstoredKinds(read: ImportResult, positions: ReadonlyMap<string, Position>, outcomes: OutcomeList) {
  const { items } = read;
  const skip = (reason: string | undefined, kind: ItemKind, ids: readonly string[]) => {
    for (const id of ids) {
      const stixId = stixIdOf(kind, id);
      const position = positions.get(stixId);
      if (position) {
        const { index, object } = position;
        // An agency's identity is reference data: agencies are administered on each deployment, never imported.
        if (reason === undefined) outcomes.set({ index, id: stixId, type: object.type, outcome: 'reference' });
        else outcomes.set({ index, id: stixId, type: object.type, outcome: 'skipped', field: '', reason });
      }
    }
  };
  skip(
    undefined,
    'agency',
    items.agencies.map((a) => a.code),
  );
  skip(
    NOT_STORED.vessels,
    'vessel',
    items.vessels.map((v) => String(v.mmsi)),
  );
  skip(
    NOT_STORED.annotations,
    'annotation',
    items.annotations.map((a) => a.id),
  );
  skip(
    NOT_STORED.watchlists,
    'watchlist',
    items.watchlists.map((w) => w.watchlist.id),
  );
  const entries = [...items.watchlists.flatMap((w) => w.entries), ...read.looseEntries];
  skip(
    NOT_STORED.watchlists,
    'watchlist-entry',
    entries.map((e) => e.id),
  );
  skip(
    NOT_STORED.consignments,
    'consignment',
    items.consignments.map((c) => c.id),
  );
  skip(
    NOT_STORED.links,
    'link',
    items.links.map((l) => l.id),
  );
}

/**
 * Every object not yet accounted for: an older version of an object the bundle holds again (skipped), or one
 * Tidewatch publishes or derives (TLP markings, its identity, extension definitions, an event's location and
 * located-at), which the receiving side already knows (reference).
 */
function markTheRest(objects: readonly unknown[], positions: ReadonlyMap<string, Position>, outcomes: OutcomeList) {
  objects.forEach((value, index) => {
    if (outcomes.has(index)) return;
    const { id, type } = value as { id?: unknown; type?: unknown };
    const named = { index, ...(typeof id === 'string' ? { id } : {}), ...(typeof type === 'string' ? { type } : {}) };
    const latest = typeof id === 'string' ? positions.get(id) : undefined;
    if (latest && latest.index !== index) {
      outcomes.set({ ...named, outcome: 'skipped', field: 'modified', reason: 'a later version is in the bundle' });
    } else outcomes.set({ ...named, outcome: 'reference' });
  });
}
