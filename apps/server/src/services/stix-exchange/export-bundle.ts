import type { IntelEvent } from '@tidewatch/contracts';
import { isRestrictedTlp } from '@tidewatch/domain';
import { type Agency, type StixBundle, toStixBundle } from '@tidewatch/stix';
import { viewerScope } from '../../auth/actor.ts';
import { requirePermission } from '../auth/principal.ts';
import type { RequestContext } from '../context.ts';
import { ServiceError } from '../errors.ts';
import { eventFilterFor } from '../events/query-events.ts';
import { STIX_EXPORT_MAX_EVENTS, STIX_EXPORT_MAX_IDS } from './limits.ts';

/**
 * Agencies carry no creation time here; a fixed one keeps a re-export of the same items byte-identical (STIX-3)
 * and is older than any item an agency owns, so `modified` >= `created` holds for whoever reads it.
 */
const AGENCY_CREATED = '2020-01-01T00:00:00.000Z';

export interface StixExport {
  bundle: StixBundle;
  events: number;
  /** More events matched than one export holds (STIX_EXPORT_MAX_EVENTS): the newest were exported. */
  truncated: boolean;
}

/**
 * A STIX 2.1 bundle of the events the caller may read (REL-8, REL-9) that match the events-list filters, or of
 * the selected `ids` (an id the caller may not read is left out exactly as one that does not exist), with the
 * identities of their owners; audited as an export (AUD-1) like the CSV and NDJSON exports.
 */
export async function exportStixBundle(
  ctx: RequestContext,
  request: { query: Record<string, string>; ids?: readonly string[] | undefined },
): Promise<StixExport> {
  requirePermission(ctx, 'events:export');
  const ids = request.ids;
  if (ids && ids.length > STIX_EXPORT_MAX_IDS) {
    throw new ServiceError('unprocessable', `ids: at most ${STIX_EXPORT_MAX_IDS} events per selection`, [
      { path: 'ids', message: `at most ${STIX_EXPORT_MAX_IDS} ids` },
    ]);
  }
  const { filter } = eventFilterFor(ctx, { ...request.query, limit: undefined, cursor: undefined });
  const scoped = { ...filter, ...(ids ? { ids } : {}), viewer: viewerScope(ctx.viewer) };
  const events: IntelEvent[] = [];
  let beforeSeq: number | undefined;
  let truncated = false;
  while (events.length <= STIX_EXPORT_MAX_EVENTS) {
    const page = await ctx.events.list({ ...scoped, beforeSeq }, 1000);
    events.push(...page);
    beforeSeq = page.at(-1)?.seq;
    if (page.length < 1000) break;
  }
  if (events.length > STIX_EXPORT_MAX_EVENTS) {
    truncated = true;
    events.length = STIX_EXPORT_MAX_EVENTS;
  }
  const owners = new Set(events.map((e) => e.ownerAgency));
  const agencies: Agency[] = (await ctx.agencies.list())
    .filter((a) => owners.has(a.code))
    .map((a) => ({ ...a, createdAt: AGENCY_CREATED }));
  const bundle = toStixBundle({ agencies, events });
  ctx.audit.record({
    actor: ctx.actor,
    action: 'event.export',
    outcome: 'success',
    detail: {
      format: 'stix',
      rows: events.length,
      restrictedRows: events.filter((e) => isRestrictedTlp(e.releasability.tlp)).length,
      truncated,
      query: request.query,
      ...(ids ? { selected: ids.length } : {}),
    },
  });
  return { bundle, events: events.length, truncated };
}
