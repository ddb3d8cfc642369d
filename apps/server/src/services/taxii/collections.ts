import { tidewatchUuid } from '@tidewatch/stix';
import { hasPermission } from '../../auth/actor.ts';
import { notFound } from '../errors.ts';
import type { RequestContext } from '../context.ts';
import { STIX_MEDIA_TYPE } from './taxii-context.ts';

/** Which items a collection holds (TAXII-2). */
export type CollectionScope =
  /** Everything the caller's agency may read. */
  | { kind: 'released' }
  /** What was released under one agreement the agency belongs to (and it may read). */
  | { kind: 'agreement'; code: string }
  /** The agency's inbox: written by its keys, never read through TAXII (what is written shows up elsewhere). */
  | { kind: 'inbox' };

/** The TAXII collection resource (TAXII 2.1 s.5.2.1) and, off the wire, what it holds. */
export interface TaxiiCollection {
  id: string;
  title: string;
  description: string;
  alias: string;
  can_read: boolean;
  can_write: boolean;
  media_types: string[];
}

export interface ResolvedCollection {
  resource: TaxiiCollection;
  scope: CollectionScope;
}

/**
 * Collection ids are UUIDv5 of the agency and the scope: stable across restarts and nodes, and different per
 * agency, so one agency's ids name nothing for another (they answer 404 like any unknown id).
 */
function collectionId(agency: string, scope: CollectionScope): string {
  const name = scope.kind === 'agreement' ? `agreement:${scope.code}` : scope.kind;
  return tidewatchUuid(`taxii-collection:${agency}:${name}`);
}

/** The collections of the caller's agency, in a fixed order: released, each agreement, inbox. */
export async function listCollections(ctx: RequestContext): Promise<ResolvedCollection[]> {
  const canRead = hasPermission(ctx.actor, 'events:read');
  const canWrite = hasPermission(ctx.actor, 'events:write');
  return collectionsOf(ctx, canRead, canWrite);
}

/**
 * The agency's collections for a caller with these rights. The connection panel asks with a key's rights
 * (read and write), since it tells an administrator what a key of the agency will see.
 */
export async function collectionsOf(
  ctx: RequestContext,
  canRead: boolean,
  canWrite: boolean,
  titled = true,
): Promise<ResolvedCollection[]> {
  const agency = ctx.viewer.agency;
  // The viewer's groups are its active agreements (read per request, REL-10); their names only title the listing,
  // so a page of objects does not read the agreements table at all.
  const names = titled
    ? new Map((await ctx.sharingGroups.list()).map((g) => [g.code, g.name]))
    : new Map<string, string>();
  const groups = [...ctx.viewer.groups].sort().map((code) => ({ code, name: names.get(code) ?? code }));
  const make = (
    scope: CollectionScope,
    title: string,
    description: string,
    alias: string,
    read: boolean,
    write: boolean,
  ) => ({
    scope,
    resource: {
      id: collectionId(agency, scope),
      title,
      description,
      alias,
      can_read: read,
      can_write: write,
      media_types: [STIX_MEDIA_TYPE],
    },
  });
  return [
    make(
      { kind: 'released' },
      `Released to ${agency}`,
      `Every event ${agency} may read, whoever owns it, under its TLP label, recipients and agreements.`,
      `released-to-${agency.toLowerCase()}`,
      canRead,
      false,
    ),
    ...groups.map((g) =>
      make(
        { kind: 'agreement', code: g.code },
        `Agreement: ${g.name}`,
        `Events released under the ${g.code} agreement that ${agency} may read.`,
        `agreement-${g.code}`,
        canRead,
        false,
      ),
    ),
    make(
      { kind: 'inbox' },
      `${agency} inbox`,
      `Write STIX 2.1 incidents here: each becomes an event owned by ${agency}, live on the dashboards.`,
      `inbox-${agency.toLowerCase()}`,
      false,
      canWrite,
    ),
  ];
}

/** One of the caller's collections; any other id, another agency's included, answers 404. */
export async function findCollection(ctx: RequestContext, id: string): Promise<ResolvedCollection> {
  const rights = [hasPermission(ctx.actor, 'events:read'), hasPermission(ctx.actor, 'events:write')] as const;
  const found = (await collectionsOf(ctx, ...rights, false)).find((c) => c.resource.id === id);
  if (!found) throw notFound('collection', id);
  return found;
}

/** One of the caller's collections with its agreement's name in the title (Get a Collection). */
export async function describeCollection(ctx: RequestContext, id: string): Promise<TaxiiCollection> {
  const found = (await listCollections(ctx)).find((c) => c.resource.id === id);
  if (!found) throw notFound('collection', id);
  return found.resource;
}
