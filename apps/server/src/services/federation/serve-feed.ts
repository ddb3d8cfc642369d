import type { EventChangeRepository, FederationPartnerRow, FederationRepository } from '@tidewatch/db';
import type { FederationFeedItem, FederationFeedPage, IntelEvent } from '@tidewatch/contracts';
import { isRestrictedTlp, releasableToPartner } from '@tidewatch/domain';
import { sha256 } from '../../auth/tokens.ts';
import type { ServiceContext } from '../context.ts';
import { ServiceError } from '../errors.ts';
import { changesFor } from './serve-changes.ts';
import { federated, partnerActor, partnerView } from './views.ts';

export interface FeedRequest {
  ctx: ServiceContext;
  repo: FederationRepository;
  changes: EventChangeRepository;
  /** This deployment's id. */
  here: string;
  partner: FederationPartnerRow;
  after: number;
  /** FED-13: the partner's change cursor. */
  changesAfter: number;
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
  changes,
  here,
  partner,
  after,
  changesAfter,
  limit,
}: FeedRequest): Promise<FederationFeedPage> {
  const view = await partnerView(repo, partner.id);
  const [scanned, latest, changed] = await Promise.all([
    ctx.events.listAfter(after, limit),
    ctx.events.latestSeq(),
    changes.after(changesAfter, limit),
  ]);
  const items: FederationFeedItem[] = scanned
    .filter((event) => releasableToPartner(federated(event), view, here))
    .map((event) => ({ seq: event.seq, origin: event.origin ?? here, event: outbound(event) }));
  const released = changesFor(changed, view, here, outbound);
  const sent = items.length + released.length;
  if (sent > 0) {
    await repo.recordServed(partner.id, sent, ctx.clock.now().toISOString());
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
        versions: released.flatMap((c) => (c.kind === 'version' ? [c.event.id] : [])),
        withdrawn: released.flatMap((c) => (c.kind === 'withdrawn' ? [c.id] : [])),
      },
    });
  }
  return {
    deployment: here,
    items,
    next: scanned.at(-1)?.seq ?? after,
    more: scanned.length === limit || changed.length === limit,
    latest: Math.max(latest, scanned.at(-1)?.seq ?? 0),
    changes: released,
    changesNext: changed.at(-1)?.pos ?? changesAfter,
  };
}

/** What leaves of an event: the assignee is a user of this deployment, meaningless and private elsewhere. */
export function outbound(event: IntelEvent): IntelEvent {
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
  changes: EventChangeRepository;
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
  query: { after: number; changesAfter: number; limit: number; waitMs: number },
  abort: AbortSignal,
): Promise<FederationFeedPage> {
  const { ctx, repo, changes, here } = service;
  const { after, changesAfter, limit, waitMs } = query;
  const ask = (partner: FederationPartnerRow, from: FederationFeedPage | undefined) =>
    readFeedPage({
      ctx,
      repo,
      changes,
      here,
      partner,
      after: from?.next ?? after,
      changesAfter: from?.changesNext ?? changesAfter,
      limit,
    });
  const page = await ask(await partnerOf(repo, authorization), undefined);
  if (page.items.length > 0 || page.changes.length > 0 || page.more || waitMs === 0) return page;
  await waitForCommitOrChange(service, page, waitMs, abort);
  // The partner may have been disabled while it waited (FED-9).
  return ask(await partnerOf(repo, authorization), page);
}

/**
 * FED-13: changes commit without a seq, so besides the commit signal the wait looks at the change counter every
 * CHANGE_CHECK_MS (one row read): a change reaches a waiting partner within that, on whichever node it was made.
 */
const CHANGE_CHECK_MS = 1_000;

async function waitForCommitOrChange(
  service: FeedService,
  page: FederationFeedPage,
  waitMs: number,
  abort: AbortSignal,
): Promise<void> {
  const until = Date.now() + waitMs;
  for (;;) {
    const left = until - Date.now();
    if (left <= 0 || abort.aborted) return;
    await service.commits.waitAbove(page.next, Math.min(left, CHANGE_CHECK_MS), abort);
    if ((await service.ctx.events.latestSeq()) > page.next) return;
    if ((await service.changes.latest()) > (page.changesNext ?? 0)) return;
  }
}
