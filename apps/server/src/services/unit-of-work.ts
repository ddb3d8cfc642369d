import type { TransactionScope } from '@tidewatch/db';
import { auditRow, type AuditLog } from './audit-trail.ts';
import type { EventPublisher, RealtimeNotifier, RequestContext } from './context.ts';
import type { IntelNotifier } from './intel-services.ts';
import { Outbox } from './outbox.ts';

/**
 * Runs a verb as one unit of work: every repository of the context it gets is bound to one transaction, its
 * audit rows are written in that transaction, and its notifications (committed events, live updates) go out
 * only after commit. A verb that throws rolls back and tells nobody. Called inside another unit, it runs as a
 * savepoint of that unit: its failure undoes its own work only, and its notifications wait for the outer
 * commit.
 */
export async function withUnitOfWork<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
  const outbox = new Outbox();
  const outer = ctx.unit;
  if (outer) {
    const result = await outer.scope.transaction((scope) => work(bind(ctx, scope, outbox)));
    outer.outbox.adopt(outbox);
    return result;
  }
  const result = await ctx.transaction(async (scope) => {
    const value = await work(bind(ctx, scope, outbox));
    // Last, so a verb's own writes are in place; a refused row rolls the whole verb back (AUD-1: no action
    // without its audit row).
    if (outbox.auditRows.length > 0) await scope.audit.append([...outbox.auditRows]);
    return value;
  });
  outbox.deliver(ctx.log);
  return result;
}

function bind(ctx: RequestContext, scope: TransactionScope, outbox: Outbox): RequestContext {
  return {
    ...ctx,
    unit: { scope, outbox },
    events: scope.events,
    agencies: scope.agencies,
    users: scope.users,
    apiKeys: scope.apiKeys,
    sharingGroups: scope.sharingGroups,
    annotations: scope.annotations,
    stix: scope.stix,

    units: scope.units,
    watchlists: scope.watchlists,
    alerts: scope.alerts,
    cargo: scope.cargo,
    audit: unitAudit(ctx, scope, outbox),
    publisher: afterCommitPublisher(ctx.publisher, outbox),
    realtime: afterCommitRealtime(ctx.realtime, outbox),
    intelRealtime: afterCommitIntel(ctx.intelRealtime, outbox),
  };
}

function unitAudit(ctx: RequestContext, scope: TransactionScope, outbox: Outbox): AuditLog {
  return {
    record: (entry) => outbox.audit(auditRow(entry, ctx.clock.now())),
    // The unit's rows are written at its end; a search inside it sees what the database held before.
    flush: () => Promise.resolve(),
    search: (filter, limit) => scope.audit.search(filter, limit),
  };
}

function afterCommitPublisher(publisher: EventPublisher, outbox: Outbox): EventPublisher {
  return { publish: (events) => outbox.afterCommit('publish events', () => publisher.publish(events)) };
}

function afterCommitRealtime(realtime: RealtimeNotifier, outbox: Outbox): RealtimeNotifier {
  return {
    annotationChanged: (annotation, target) =>
      outbox.afterCommit('annotation changed', () => realtime.annotationChanged(annotation, target)),
    eventTriaged: (event) => outbox.afterCommit('event triaged', () => realtime.eventTriaged(event)),
    eventWithdrawn: (id, before, after) =>
      outbox.afterCommit('event withdrawn', () => realtime.eventWithdrawn(id, before, after)),
    revoke: (rooms) => outbox.afterCommit('revoke', () => realtime.revoke(rooms)),
  };
}

function afterCommitIntel(notifier: IntelNotifier, outbox: Outbox): IntelNotifier {
  return {
    watchlistChanged: (watchlist) =>
      outbox.afterCommit('watchlist changed', () => notifier.watchlistChanged(watchlist)),
    entryChanged: (entry, watchlist) =>
      outbox.afterCommit('entry changed', () => notifier.entryChanged(entry, watchlist)),
    alertUpdated: (alert) => outbox.afterCommit('alert updated', () => notifier.alertUpdated(alert)),
    consignmentChanged: (consignment) =>
      outbox.afterCommit('consignment changed', () => notifier.consignmentChanged(consignment)),
    areasChanged: () => outbox.afterCommit('areas changed', () => notifier.areasChanged()),
  };
}
