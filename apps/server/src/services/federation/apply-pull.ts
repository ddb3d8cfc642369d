import type { FederationPartnerRow, FederationRepository, NewEvent } from '@tidewatch/db';
import type { FederationFeedItem, FederationFeedPage, IntelEvent } from '@tidewatch/contracts';
import { refusalOf } from '@tidewatch/domain';
import { eventStixIds } from '@tidewatch/stix';
import type { ServiceContext } from '../context.ts';
import { federated, hostedViewers, partnerActor } from './views.ts';

/** A page that breaks the feed's promises (FED-11): nothing of it is stored and the cursor stays. */
export class GarbagePage extends Error {
  override readonly name = 'GarbagePage';
}

export interface PullOutcome {
  stored: IntelEvent[];
  refused: number;
  cursor: number;
}

/**
 * Stores what a partner's feed page delivered (FED-6..FED-8): each item is checked as the sender should have
 * checked it (refusalOf), refused ones are audited and counted, never stored; the accepted ones and the new
 * cursor commit in one transaction, so a crash between them cannot lose or repeat an item. The events are
 * published to this deployment's dashboards after the commit.
 */
export async function applyFeedPage({
  ctx,
  here,
  partner,
  from,
  page,
}: {
  ctx: ServiceContext;
  here: string;
  partner: FederationPartnerRow;
  from: number;
  page: FederationFeedPage;
}): Promise<PullOutcome> {
  checkShape(page, partner.id, from);
  const now = ctx.clock.now().toISOString();
  const outcome = await ctx.transaction(async (scope) => {
    const repo: FederationRepository = scope.federation;
    const localAgencies = await hostedViewers(repo, null);
    const homes = await repo.homesOf([...new Set(page.items.map((i) => i.event.ownerAgency))]);
    const accepted: FederationFeedItem[] = [];
    const refused: { item: FederationFeedItem; reason: string }[] = [];
    for (const item of page.items) {
      const reason = refusalOf(
        { ...federated(item.event), origin: item.origin },
        { here, sender: partner.id, localAgencies, homeOf: (code) => homes.get(code) },
      );
      if (reason === null) accepted.push(item);
      else refused.push({ item, reason });
    }
    // An event stored already (sent by two partners, or relayed back by a path FED-6 did not catch) stays as it is.
    const known = new Set(await repo.storedEventIds(accepted.map((i) => i.event.id)));
    const fresh = accepted.filter((i) => !known.has(i.event.id)).map((i) => inbound(i, now));
    const results = await scope.events.insertMany(fresh);
    const moved = await repo.advanceCursor(partner.id, from, {
      cursor: page.next,
      partnerLatestSeq: page.latest,
      received: fresh.length,
      refused: refused.length,
      at: now,
    });
    if (!moved) throw new GarbagePage(`the cursor of ${partner.id} moved past ${from} meanwhile; this page is dropped`);
    return { stored: results.filter((r) => r.created).map((r) => r.event), refused };
  });
  if (outcome.stored.length > 0) ctx.publisher.publish(outcome.stored);
  const actor = partnerActor(partner);
  for (const { item, reason } of outcome.refused) {
    ctx.log.warn(
      { partner: partner.id, seq: item.seq, event: item.event.id, reason },
      'refused an item a partner sent',
    );
    ctx.audit.record({
      actor,
      action: 'federation.refuse',
      targetType: 'event',
      targetId: item.event.id,
      outcome: 'denied',
      detail: { reason, seq: item.seq, origin: item.origin, owner: item.event.ownerAgency },
    });
  }
  if (outcome.stored.length > 0) {
    ctx.audit.record({
      actor,
      action: 'federation.receive',
      targetType: 'partner',
      targetId: partner.id,
      outcome: 'success',
      detail: { count: outcome.stored.length, ids: outcome.stored.map((e) => e.id) },
    });
  }
  return { stored: outcome.stored, refused: outcome.refused.length, cursor: page.next };
}

/** FED-11: a page from another deployment, or one that goes backwards or out of order, is garbage. */
function checkShape(page: FederationFeedPage, partner: string, from: number): void {
  if (page.deployment !== partner) {
    throw new GarbagePage(`the feed answered as deployment ${page.deployment}, not ${partner}`);
  }
  let last = from;
  for (const item of page.items) {
    if (item.seq <= last) throw new GarbagePage(`item seq ${item.seq} does not follow ${last}`);
    last = item.seq;
  }
  if (page.next < last) throw new GarbagePage(`next ${page.next} is behind the last item ${last}`);
}

/** The stored form of a received event: as its origin wrote it, received now, marked with its origin. */
function inbound(item: FederationFeedItem, receivedAt: string): NewEvent {
  const e = item.event;
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    summary: e.summary,
    occurredAt: e.occurredAt,
    reportedAt: e.reportedAt,
    receivedAt,
    lat: e.position?.lat ?? null,
    lon: e.position?.lon ?? null,
    place: e.place,
    ownerAgency: e.ownerAgency,
    tlp: e.releasability.tlp,
    recipients: e.releasability.recipients,
    sharingGroups: e.releasability.sharingGroups,
    severity: e.severity,
    grading: e.grading,
    subjects: e.subjects,
    seizure: e.seizure,
    status: e.status,
    originDeployment: item.origin,
    stixIds: eventStixIds(e.id),
  };
}
