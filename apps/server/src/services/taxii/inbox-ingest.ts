import { randomUUID } from 'node:crypto';
import type { IntelEvent } from '@tidewatch/contracts';
import type { TaxiiStatusFailure, TaxiiStatusSuccess } from '@tidewatch/db';
import { TLP_LEVELS } from '@tidewatch/contracts';
import {
  EXTENSION_DEFINITIONS,
  TIDEWATCH_IDENTITY,
  TLP_MARKINGS,
  eventStixIds,
  fromStixBundle,
  stixIdOf,
} from '@tidewatch/stix';
import { ServiceError } from '../errors.ts';
import { ingestEvents } from '../events/ingest-events.ts';
import type { TaxiiContext } from './taxii-context.ts';

export type ObjectOutcome = { ok: true; detail: TaxiiStatusSuccess } | { ok: false; detail: TaxiiStatusFailure };

function idAt(objects: readonly unknown[], index: number): { id: string; version?: string } {
  const value = objects[index];
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const id = typeof record.id === 'string' && record.id.length <= 300 ? record.id : `objects[${index}]`;
  const version = typeof record.modified === 'string' && record.modified.length <= 40 ? record.modified : undefined;
  return version === undefined ? { id } : { id, version };
}

/** The event as the REST API's input: what ingestEvents validates and stores for the writer (TAXII-6). */
function asEventInput(event: IntelEvent): Record<string, unknown> {
  return {
    id: event.id,
    kind: event.kind,
    title: event.title,
    summary: event.summary,
    occurredAt: event.occurredAt,
    reportedAt: event.reportedAt,
    ...(event.position ? { position: event.position } : {}),
    ...(event.place ? { place: event.place } : {}),
    ownerAgency: event.ownerAgency,
    releasability: event.releasability,
    severity: event.severity,
    ...(event.grading ? { grading: event.grading } : {}),
    subjects: event.subjects,
    ...(event.seizure ? { seizure: event.seizure } : {}),
    status: event.status,
  };
}

async function storeEvent(ctx: TaxiiContext, event: IntelEvent): Promise<string> {
  // AUTH-1 as on every path: a key writes for its own agency only; it cannot relabel another's item as its own.
  if (event.ownerAgency !== ctx.actor.agency) {
    throw new ServiceError(
      'forbidden',
      `owned by ${event.ownerAgency}: a key of ${ctx.actor.agency} writes only events ${ctx.actor.agency} owns`,
    );
  }
  const [result] = await ingestEvents({ ctx, inputs: [asEventInput(event)] });
  if (!result) throw new Error('ingestEvents answered nothing for one input');
  return result.created ? `stored as event ${result.event.id}` : `already stored as event ${result.event.id}`;
}

function reasonOf(err: unknown): string {
  if (err instanceof ServiceError) {
    const issue = err.issues[0];
    return issue ? `${issue.path}: ${issue.message}` : err.message;
  }
  throw err;
}

/**
 * Reads the posted objects with the STIX importer (packages/stix, STIX-10..14) and stores each Tidewatch event as
 * an event of the writer's agency through the same verb as REST (validation, AUTH-1, REL-4, audit, live fan-out).
 * Every object gets one outcome, in order: stored, recognised (published definitions and derived objects need no
 * storing), or refused with the reason. One object's refusal never stops the others.
 */
export async function ingestInboxObjects(ctx: TaxiiContext, objects: readonly unknown[]): Promise<ObjectOutcome[]> {
  const read = fromStixBundle({ type: 'bundle', id: `bundle--${randomUUID()}`, objects });
  const outcomes = new Map<number, ObjectOutcome>();
  const fail = (index: number, message: string) => {
    if (!outcomes.has(index)) outcomes.set(index, { ok: false, detail: { ...idAt(objects, index), message } });
  };
  for (const error of read.errors) fail(error.index, `${error.field || '(object)'}: ${error.reason}`);
  const firstIndexOf = new Map<string, number>();
  objects.forEach((_, index) => {
    const { id } = idAt(objects, index);
    if (!firstIndexOf.has(id)) firstIndexOf.set(id, index);
  });
  const stored = new Set<number>();
  for (const event of read.items.events) {
    const index = firstIndexOf.get(stixIdOf('event', event.id));
    if (index === undefined) continue;
    stored.add(index);
    try {
      const message = await storeEvent(ctx, event);
      outcomes.set(index, { ok: true, detail: { ...idAt(objects, index), message } });
    } catch (err) {
      fail(index, reasonOf(err));
    }
  }
  // Objects that need no storing: the markings and definitions every Tidewatch bundle carries, and an event's
  // location and located-at, which are rebuilt from the event itself.
  const recognised = new Set<string>([
    ...TLP_LEVELS.map((tlp) => TLP_MARKINGS[tlp].id),
    TIDEWATCH_IDENTITY.id,
    ...EXTENSION_DEFINITIONS.map((d) => d.id),
    ...read.items.events.flatMap((event) => eventStixIds(event.id)),
  ]);
  return objects.map((_, index) => {
    const known = outcomes.get(index);
    if (known) return known;
    const { id, version } = idAt(objects, index);
    const first = firstIndexOf.get(id);
    if (first !== undefined && first !== index && stored.has(first)) {
      return {
        ok: true,
        detail: { id, ...(version ? { version } : {}), message: 'another copy of this id in the envelope was stored' },
      };
    }
    if (recognised.has(id)) {
      return { ok: true, detail: { id, ...(version ? { version } : {}), message: 'recognised: nothing to store' } };
    }
    return {
      ok: false,
      detail: {
        id,
        ...(version ? { version } : {}),
        message: 'not stored: this inbox takes events (STIX incidents with the Tidewatch event extension)',
      },
    };
  });
}
