import type { FederationPartnerRow, FederationRepository, NewEvent } from '@tidewatch/db';
import type { FederationFeedItem, FederationFeedPage, IntelEvent } from '@tidewatch/contracts';
import { refusalOf } from '@tidewatch/domain';
import { eventStixIds } from '@tidewatch/stix';
import type { ServiceContext } from '../context.ts';
import { applyChanges, versionOf, type Refusal, type Withdrawal } from './apply-changes.ts';
import { federated, hostedViewers, partnerActor } from './views.ts';

/** A page that breaks the feed's promises (FED-11): nothing of it is stored and the cursor stays. */
export class GarbagePage extends Error {
  override readonly name = 'GarbagePage';
}

export interface PullOutcome {
  stored: IntelEvent[];
  refused: number;
  cursor: number;
  /** FED-13: received events replaced by a newer version. */
  updated: IntelEvent[];
  /** FED-14: received events withdrawn (tombstoned), with the label they had. */
  withdrawn: Withdrawal[];
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
  /** The cursors the page was asked from: the partner's seq and its change position (FED-8, FED-13). */
  from: { seq: number; changes: number };
  page: FederationFeedPage;
}): Promise<PullOutcome> {
  checkShape(page, partner.id, from.seq);
  const changesNext = checkChangeOrder(page, from.changes);
  const now = ctx.clock.now().toISOString();
  const outcome = await ctx.transaction(async (scope) => {
    const repo: FederationRepository = scope.federation;
    const localAgencies = await hostedViewers(repo, null);
    const owners = [...page.items.map((i) => i.event), ...page.changes.flatMap((c) => ('event' in c ? [c.event] : []))];
    const homes = await repo.homesOf([...new Set(owners.map((e) => e.ownerAgency))]);
    const check = (event: IntelEvent, origin: string) =>
      refusalOf(
        { ...federated(event), origin },
        { here, sender: partner.id, localAgencies, homeOf: (code) => homes.get(code) },
      );
    const accepted: FederationFeedItem[] = [];
    const refused: Refusal[] = [];
    for (const item of page.items) {
      const reason = check(item.event, item.origin);
      if (reason === null) accepted.push(item);
      else refused.push({ event: item.event, origin: item.origin, at: { seq: item.seq }, reason });
    }
    // An event stored already (sent by two partners, or relayed back by a path FED-6 did not catch) is not stored
    // again; the page carries its current version, which replaces an older one (FED-13).
    const known = new Set(await repo.storedEventIds(accepted.map((i) => i.event.id)));
    const fresh = accepted.filter((i) => !known.has(i.event.id));
    const results = await scope.events.insertMany(fresh.map((i) => inbound(i, now)));
    const created = results.filter((r) => r.created).map((r) => r.event);
    // A new row starts at version 1; one received at a later version takes its origin's number (FED-13).
    for (const item of fresh) {
      if (item.event.version > 1)
        await scope.eventChanges.applyNewer(item.event.id, versionOf(item.event), item.origin, now);
    }
    const changed = await applyChanges({
      scope,
      items: accepted.filter((i) => known.has(i.event.id)),
      changes: page.changes,
      check,
      now,
    });
    const moved = await repo.advanceCursor(partner.id, from.seq, {
      cursor: page.next,
      partnerLatestSeq: page.latest,
      received: fresh.length,
      refused: refused.length + changed.refused.length,
      changeFrom: from.changes,
      changeCursor: changesNext,
      updated: changed.updated.length,
      withdrawn: changed.withdrawn.length,
      at: now,
    });
    if (!moved)
      throw new GarbagePage(`the cursor of ${partner.id} moved past ${from.seq} meanwhile; this page is dropped`);
    return {
      stored: created,
      refused: [...refused, ...changed.refused],
      updated: changed.updated,
      withdrawn: changed.withdrawn,
    };
  });
  if (outcome.stored.length > 0) ctx.publisher.publish(outcome.stored);
  for (const event of outcome.updated) ctx.realtime.eventTriaged(event);
  for (const gone of outcome.withdrawn) ctx.realtime.eventWithdrawn(gone.id, gone.before, null);
  const actor = partnerActor(partner);
  for (const { event, origin, at, reason } of outcome.refused) {
    ctx.log.warn({ partner: partner.id, ...at, event: event.id, reason }, 'refused an item a partner sent');
    ctx.audit.record({
      actor,
      action: 'federation.refuse',
      targetType: 'event',
      targetId: event.id,
      outcome: 'denied',
      detail: { reason, ...at, origin, owner: event.ownerAgency },
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
  if (outcome.updated.length > 0 || outcome.withdrawn.length > 0) {
    ctx.audit.record({
      actor,
      action: 'federation.change',
      targetType: 'partner',
      targetId: partner.id,
      outcome: 'success',
      detail: { updated: outcome.updated.map((e) => e.id), withdrawn: outcome.withdrawn.map((w) => w.id) },
    });
  }
  return {
    stored: outcome.stored,
    refused: outcome.refused.length,
    cursor: page.next,
    updated: outcome.updated,
    withdrawn: outcome.withdrawn,
  };
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

/**
 * FED-11 for changes: positions strictly increase from the cursor asked, and `changesNext` covers them. Answers
 * the change cursor the page moves to.
 */
function checkChangeOrder(page: FederationFeedPage, from: number): number {
  let last = from;
  for (const change of page.changes) {
    if (change.pos <= last) throw new GarbagePage(`change ${change.pos} does not follow ${last}`);
    last = change.pos;
  }
  const next = page.changesNext ?? last;
  if (next < last) throw new GarbagePage(`changesNext ${next} is behind the last change ${last}`);
  return next;
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
