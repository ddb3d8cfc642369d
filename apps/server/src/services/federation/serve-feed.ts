import type { FederationPartnerRow, FederationRepository } from '@tidewatch/db';
import type { FederationFeedItem, FederationFeedPage, IntelEvent } from '@tidewatch/contracts';
import { isRestrictedTlp, releasableToPartner } from '@tidewatch/domain';
import type { ServiceContext } from '../context.ts';
import { federated, partnerActor, partnerView } from './views.ts';

export interface FeedRequest {
  ctx: ServiceContext;
  repo: FederationRepository;
  /** This deployment's id. */
  here: string;
  partner: FederationPartnerRow;
  after: number;
  limit: number;
}

/**
 * One page of the feed a partner pulls: the events after `after`, in seq order, that releasableToPartner lets
 * go to it (FED-2..FED-6). The page covers `limit` stored events whatever their label, so `next` moves past
 * what the partner may not have; it learns their count from the gap, as any reader does (STR-3), nothing else.
 */
export async function readFeedPage({
  ctx,
  repo,
  here,
  partner,
  after,
  limit,
}: FeedRequest): Promise<FederationFeedPage> {
  const view = await partnerView(repo, partner.id);
  const [scanned, latest] = await Promise.all([ctx.events.listAfter(after, limit), ctx.events.latestSeq()]);
  const items: FederationFeedItem[] = scanned
    .filter((event) => releasableToPartner(federated(event), view, here))
    .map((event) => ({ seq: event.seq, origin: event.origin ?? here, event: outbound(event) }));
  if (items.length > 0) {
    await repo.recordServed(partner.id, items.length, ctx.clock.now().toISOString());
    // AUD-1: what left for the partner, the restricted items by id.
    ctx.audit.record({
      actor: partnerActor(partner),
      action: 'federation.serve',
      targetType: 'partner',
      targetId: partner.id,
      outcome: 'success',
      detail: {
        count: items.length,
        firstSeq: items[0]?.seq,
        lastSeq: items.at(-1)?.seq,
        restricted: items.filter((i) => isRestrictedTlp(i.event.releasability.tlp)).map((i) => i.event.id),
      },
    });
  }
  return {
    deployment: here,
    items,
    next: scanned.at(-1)?.seq ?? after,
    more: scanned.length === limit,
    latest: Math.max(latest, scanned.at(-1)?.seq ?? 0),
  };
}

/** What leaves of an event: the assignee is a user of this deployment, meaningless and private elsewhere. */
function outbound(event: IntelEvent): IntelEvent {
  const { origin: _origin, ...rest } = event;
  return { ...rest, assigneeId: null };
}
