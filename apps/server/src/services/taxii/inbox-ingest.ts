import type { StixObjectOutcome } from '@tidewatch/contracts';
import type { TaxiiStatusFailure, TaxiiStatusSuccess } from '@tidewatch/db';
import { randomUUID } from 'node:crypto';
import { ingestStixBundle } from '../stix-exchange/index.ts';
import type { TaxiiContext } from './taxii-context.ts';

export type ObjectOutcome = { ok: true; detail: TaxiiStatusSuccess } | { ok: false; detail: TaxiiStatusFailure };

/** The id and version a status row names an object by; a position when the object has no usable id. */
function idAt(objects: readonly unknown[], index: number): { id: string; version?: string } {
  const value = objects[index];
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const id = typeof record.id === 'string' && record.id.length <= 300 ? record.id : `objects[${index}]`;
  const version = typeof record.modified === 'string' && record.modified.length <= 40 ? record.modified : undefined;
  return version === undefined ? { id } : { id, version };
}

/** What the status row says of an object the exchange accepted (TAXII-6: the same words as its outcome). */
function successMessage(outcome: StixObjectOutcome): string {
  const becomes = outcome.becomes;
  switch (outcome.outcome) {
    case 'created':
      return becomes?.kind === 'event' ? `stored as event ${becomes.id}` : 'stored';
    case 'updated':
      return becomes?.kind === 'event' ? `newer version stored on event ${becomes.id}` : 'newer version kept';
    case 'unchanged':
      return becomes?.kind === 'event' ? `already stored as event ${becomes.id}` : 'already kept: nothing newer';
    case 'kept-as-other':
      return 'kept as an other STIX object of your agency';
    default:
      return 'recognised: nothing to store';
  }
}

function reasonOf(outcome: StixObjectOutcome): string {
  const why = outcome.reason ?? 'refused';
  const said = outcome.field ? `${outcome.field}: ${why}` : why;
  return outcome.outcome === 'skipped' ? `not stored: ${said}` : said;
}

/**
 * Hands the posted objects to the STIX exchange's one ingest (XCH-1, the same as REST `POST /stix/import`) and
 * turns its outcome per object into a TAXII status row (TAXII-6): created, updated, unchanged, kept as an other
 * object and reference are successes; refused and skipped are failures with their reason. The exchange decides
 * every object before answering, so none is ever pending.
 */
export async function ingestInboxObjects(ctx: TaxiiContext, objects: readonly unknown[]): Promise<ObjectOutcome[]> {
  const bundle = { type: 'bundle', id: `bundle--${randomUUID()}`, objects };
  const result = await ingestStixBundle(ctx, { actor: ctx.actor, viewer: ctx.viewer }, bundle);
  const byIndex = new Map(result.objects.filter((o) => o.index >= 0).map((o) => [o.index, o]));
  return objects.map((_, index): ObjectOutcome => {
    const named = idAt(objects, index);
    const outcome = byIndex.get(index);
    if (!outcome) return { ok: false, detail: { ...named, message: 'not decided by the importer' } };
    if (outcome.outcome === 'refused' || outcome.outcome === 'skipped') {
      return { ok: false, detail: { ...named, message: reasonOf(outcome) } };
    }
    return { ok: true, detail: { ...named, message: successMessage(outcome) } };
  });
}
