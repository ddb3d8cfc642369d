import type { IntelEvent } from '@tidewatch/contracts';
import type { StixObject } from '@tidewatch/stix';
import { requirePermission } from '../auth/principal.ts';
import { forbidden, notFound } from '../errors.ts';
import { auditRestrictedReads } from '../events/read-audit.ts';
import { findCollection, type ResolvedCollection } from './collections.ts';
import { firstPosition, readObjectPage, versionOfObject, type ObjectPage } from './object-pages.ts';
import { parseObjectQuery, type ObjectQuery } from './object-query.ts';
import { STIX_MEDIA_TYPE, type TaxiiContext } from './taxii-context.ts';

/** What a TAXII read answers: the resource, and the X-TAXII-Date-Added-First/Last of what it carries. */
export interface TaxiiRead<T> {
  body: T;
  dateAddedFirst?: string | undefined;
  dateAddedLast?: string | undefined;
}

export interface Envelope {
  more: boolean;
  next?: string;
  objects?: StixObject[];
}

export interface ManifestRecord {
  id: string;
  date_added: string;
  version: string;
  media_type: string;
}

type Params = Record<string, string[]>;

async function readableCollection(ctx: TaxiiContext, collectionId: string): Promise<ResolvedCollection> {
  requirePermission(ctx, 'events:read');
  const collection = await findCollection(ctx, collectionId);
  if (!collection.resource.can_read) throw forbidden(`collection ${collectionId} cannot be read (it is an inbox)`);
  return collection;
}

async function page(ctx: TaxiiContext, collection: ResolvedCollection, q: ObjectQuery): Promise<ObjectPage> {
  const id = collection.resource.id;
  const from = q.next === undefined ? await firstPosition(ctx, q.addedAfter) : ctx.cursors.decode(id, q.next);
  const result = await readObjectPage(ctx, collection.scope, q, from);
  // AUD-1: every AMBER, AMBER+STRICT or RED event whose objects this answer carries.
  const events = new Map<string, IntelEvent>(result.objects.map((o) => [o.event.id, o.event]));
  auditRestrictedReads(ctx, 'taxii.read', [...events.values()]);
  return result;
}

function framed<T>(result: ObjectPage, body: T): TaxiiRead<T> {
  return { body, dateAddedFirst: result.objects[0]?.dateAdded, dateAddedLast: result.objects.at(-1)?.dateAdded };
}

function nextOf(ctx: TaxiiContext, collection: ResolvedCollection, result: ObjectPage): { next?: string } {
  return result.nextPosition ? { next: ctx.cursors.encode(collection.resource.id, result.nextPosition) } : {};
}

function envelope(ctx: TaxiiContext, collection: ResolvedCollection, result: ObjectPage): TaxiiRead<Envelope> {
  const objects = result.objects.map((o) => o.object);
  return framed(result, {
    more: result.more,
    ...nextOf(ctx, collection, result),
    ...(objects.length > 0 ? { objects } : {}),
  });
}

/** Get Objects (TAXII 2.1 s.5.3). */
export async function getObjects(
  ctx: TaxiiContext,
  collectionId: string,
  params: Params,
): Promise<TaxiiRead<Envelope>> {
  const collection = await readableCollection(ctx, collectionId);
  const q = parseObjectQuery(params);
  return envelope(ctx, collection, await page(ctx, collection, q));
}

/** Get Object Manifests (s.5.6). */
export async function getManifest(
  ctx: TaxiiContext,
  collectionId: string,
  params: Params,
): Promise<TaxiiRead<{ more: boolean; next?: string; objects?: ManifestRecord[] }>> {
  const collection = await readableCollection(ctx, collectionId);
  const result = await page(ctx, collection, parseObjectQuery(params));
  const records = result.objects.map(({ object, dateAdded }) => ({
    id: object.id,
    date_added: dateAdded,
    version: versionOfObject(object),
    media_type: STIX_MEDIA_TYPE,
  }));
  return framed(result, {
    more: result.more,
    ...nextOf(ctx, collection, result),
    ...(records.length > 0 ? { objects: records } : {}),
  });
}

/**
 * Get an Object (s.5.5). An id the caller may not read answers exactly like one that does not exist (404):
 * the lookup is filtered by releasability before anything is compared (TAXII-3).
 */
export async function getObject(
  ctx: TaxiiContext,
  collectionId: string,
  objectId: string,
  params: Params,
): Promise<TaxiiRead<Envelope>> {
  const collection = await readableCollection(ctx, collectionId);
  const q = { ...parseObjectQuery({ ...params, 'match[id]': [objectId] }), types: undefined };
  const result = await page(ctx, collection, q);
  if (result.objects.length === 0 && !result.more && q.next === undefined) {
    await requireExists(ctx, collection, objectId);
  }
  return envelope(ctx, collection, result);
}

/** Get Object Versions (s.5.8): Tidewatch serves the current version of each object. */
export async function getVersions(
  ctx: TaxiiContext,
  collectionId: string,
  objectId: string,
  params: Params,
): Promise<TaxiiRead<{ more: boolean; next?: string; versions?: string[] }>> {
  const collection = await readableCollection(ctx, collectionId);
  const q = { ...parseObjectQuery({ ...params, 'match[id]': [objectId] }), types: undefined, versions: ['all'] };
  const result = await page(ctx, collection, q);
  if (result.objects.length === 0 && !result.more && q.next === undefined) throw notFound('object', objectId);
  const versions = result.objects.map((o) => versionOfObject(o.object));
  return framed(result, {
    more: result.more,
    ...nextOf(ctx, collection, result),
    ...(versions.length > 0 ? { versions } : {}),
  });
}

/** 404 unless some version of the object is readable here (a version filter may still have matched none). */
async function requireExists(ctx: TaxiiContext, collection: ResolvedCollection, objectId: string): Promise<void> {
  const any = await readObjectPage(
    ctx,
    collection.scope,
    { limit: 1, ids: [objectId], versions: ['all'] },
    await firstPosition(ctx, undefined),
  );
  if (any.objects.length === 0) throw notFound('object', objectId);
}
