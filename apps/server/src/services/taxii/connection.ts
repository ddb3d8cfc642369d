import type { TaxiiConnection } from '@tidewatch/contracts';
import type { RequestContext } from '../context.ts';
import { collectionsOf } from './collections.ts';

/**
 * What a TAXII client of the caller's agency connects to (the admin screen's panel): the discovery URL, the API
 * root and the collections a key with read and write scopes sees. Only the caller's own agency's collections,
 * which name only agreements it belongs to.
 */
export async function taxiiConnection(
  ctx: RequestContext,
  urls: { discoveryUrl: string; apiRootUrl: string },
): Promise<TaxiiConnection> {
  const collections = await collectionsOf(ctx, true, true);
  const agreementNames = new Map((await ctx.sharingGroups.list()).map((g) => [g.code, g.name]));
  return {
    agency: ctx.viewer.agency,
    ...urls,
    collections: collections.map(({ scope, resource }) => ({
      id: resource.id,
      title: resource.title,
      kind: scope.kind,
      agreement: scope.kind === 'agreement' ? (agreementNames.get(scope.code) ?? scope.code) : null,
      alias: resource.alias,
      canRead: resource.can_read,
      canWrite: resource.can_write,
    })),
  };
}
