import { randomUUID } from 'node:crypto';
import type { TaxiiStatusRow } from '@tidewatch/db';
import { requirePermission } from '../auth/principal.ts';
import { ServiceError, forbidden, notFound } from '../errors.ts';
import { findCollection } from './collections.ts';
import { ingestInboxObjects } from './inbox-ingest.ts';
import type { TaxiiContext } from './taxii-context.ts';

/** The most objects one POST may carry. */
export const MAX_POSTED_OBJECTS = 1000;

/** The TAXII status resource (TAXII 2.1 s.4.3.1). */
export interface TaxiiStatus {
  id: string;
  status: 'complete' | 'pending';
  request_timestamp: string;
  total_count: number;
  success_count: number;
  successes?: TaxiiStatusRow['successes'];
  failure_count: number;
  failures?: TaxiiStatusRow['failures'];
  pending_count: number;
}

/** Who may read a status: the principal that posted, and no one else (TAXII-7). */
function posterOf(ctx: TaxiiContext): string {
  return `${ctx.actor.kind}:${ctx.actor.id}`;
}

function toStatus(row: TaxiiStatusRow): TaxiiStatus {
  return {
    id: row.id,
    // Every object is decided before the answer, so nothing is ever pending.
    status: 'complete',
    request_timestamp: new Date(row.requestTimestamp).toISOString(),
    total_count: row.totalCount,
    success_count: row.successes.length,
    ...(row.successes.length > 0 ? { successes: row.successes } : {}),
    failure_count: row.failures.length,
    ...(row.failures.length > 0 ? { failures: row.failures } : {}),
    pending_count: 0,
  };
}

function envelopeObjects(body: unknown): unknown[] {
  const refuse = (message: string) => new ServiceError('validation_failed', message, [{ path: 'objects', message }]);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw refuse('the body must be a TAXII envelope: {"objects": [...]}');
  }
  const objects = (body as { objects?: unknown }).objects;
  if (!Array.isArray(objects)) throw refuse('objects must be an array of STIX objects');
  if (objects.length > MAX_POSTED_OBJECTS) throw refuse(`at most ${MAX_POSTED_OBJECTS} objects per request`);
  return objects;
}

/**
 * Add Objects (s.5.4): every object is decided before the answer (stored, recognised or refused with the
 * reason), the status is stored for the poster, and the answer is that complete status (TAXII-6, TAXII-7).
 */
export async function addObjects(ctx: TaxiiContext, collectionId: string, body: unknown): Promise<TaxiiStatus> {
  requirePermission(ctx, 'events:write');
  const collection = await findCollection(ctx, collectionId);
  if (!collection.resource.can_write)
    throw forbidden(`collection ${collectionId} cannot be written (write to your inbox)`);
  const objects = envelopeObjects(body);
  const requestTimestamp = ctx.clock.now().toISOString();
  const outcomes = await ingestInboxObjects(ctx, objects);
  const row: TaxiiStatusRow = {
    id: randomUUID(),
    poster: posterOf(ctx),
    agency: ctx.actor.agency,
    collection: collectionId,
    requestTimestamp,
    totalCount: objects.length,
    successes: outcomes.flatMap((o) => (o.ok ? [o.detail] : [])),
    failures: outcomes.flatMap((o) => (o.ok ? [] : [o.detail])),
  };
  await ctx.taxii.insertStatus(row);
  ctx.audit.record({
    actor: ctx.actor,
    action: 'taxii.add_objects',
    targetType: 'taxii_status',
    targetId: row.id,
    outcome: 'success',
    detail: {
      collection: collectionId,
      total: row.totalCount,
      stored: row.successes.length,
      refused: row.failures.length,
    },
  });
  return toStatus(row);
}

/** Get Status (s.4.3): only its poster reads it; to anyone else it does not exist. */
export async function getStatus(ctx: TaxiiContext, statusId: string): Promise<TaxiiStatus> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const row = uuid.test(statusId) ? await ctx.taxii.findStatus(statusId.toLowerCase(), posterOf(ctx)) : undefined;
  if (!row) throw notFound('status', statusId);
  return toStatus(row);
}
