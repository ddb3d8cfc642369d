import type { FederationPartnerRow, FederationRepository } from '@tidewatch/db';
import type { FederationFeedItem, FederationFeedPage, IntelEvent } from '@tidewatch/contracts';
import { isRestrictedTlp, releasableToPartner } from '@tidewatch/domain';
import { sha256 } from '../../auth/tokens.ts';
import type { ServiceContext } from '../context.ts';
import { ServiceError } from '../errors.ts';
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

/** Waits for a commit after a seq (the node's CommitSignal); the feed's long poll (FED-10). */
export interface CommitWaiter {
  waitAbove(after: number, ms: number, signal?: AbortSignal): Promise<void>;
}

export interface FeedService {
  ctx: ServiceContext;
  repo: FederationRepository;
  here: string;
  commits: CommitWaiter;
}

/**
 * FED-9: the partner is read on every request (no cache), so a disabled partner or a changed credential is
 * refused from the next request on. Unknown and disabled answer alike.
 */
async function partnerOf(repo: FederationRepository, authorization: string | undefined): Promise<FederationPartnerRow> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const partner = token ? await repo.findByInboundHash(sha256(token)) : undefined;
  if (!partner?.enabled) throw new ServiceError('unauthenticated', 'unknown or disabled partner credential');
  return partner;
}

/**
 * GET /federation/feed for the partner holding `authorization`: a page at once when there is something after
 * `after`, else the page after the first commit within `waitMs` (or an empty one).
 */
export async function serveFeed(
  service: FeedService,
  authorization: string | undefined,
  query: { after: number; limit: number; waitMs: number },
  abort: AbortSignal,
): Promise<FederationFeedPage> {
  const { ctx, repo, here } = service;
  const { after, limit, waitMs } = query;
  const page = await readFeedPage({ ctx, repo, here, partner: await partnerOf(repo, authorization), after, limit });
  if (page.items.length > 0 || page.more || waitMs === 0) return page;
  await service.commits.waitAbove(page.next, waitMs, abort);
  // The partner may have been disabled while it waited (FED-9).
  const partner = await partnerOf(repo, authorization);
  return readFeedPage({ ctx, repo, here, partner, after: page.next, limit });
}
