import { createSummaryFactsRepository, createSummaryRepository, type Db } from '@tidewatch/db';
import { addDays, latestDueDate } from '@tidewatch/domain';
import type { ServiceContext } from '../services/context.ts';
import { viewerFor } from '../services/auth/principal.ts';
import { storeSummaryRevision } from '../services/summaries/store-revision.ts';
import type { SummaryDeps, SummaryStores } from '../services/summaries/summary-context.ts';
import { systemScheduler, type Scheduler, type Timer } from '../time/scheduler.ts';

export interface SchedulerRun {
  date: string;
  generated: string[];
  revised: { date: string; agencies: string[] }[];
  /** True when another node held the day's lock: it is generating. */
  skipped: boolean;
}

export interface SummaryScheduler {
  /** One pass: generate the latest due day for agencies that lack it, then revise recent days with late data. */
  runOnce(now?: Date): Promise<SchedulerRun>;
  stop(): Promise<void>;
}

/**
 * Makes the daily summaries at the configured local hour, for every agency viewpoint, and revises recent
 * days when events of their period arrive late. Runs on every node: on PostgreSQL a per-day advisory lock
 * lets one node work while the others skip, and the unique (agency, date, revision) index guarantees one
 * row even if two got through. It checks every `checkMs`, so a node that was down catches up on start.
 */
export function startSummaryScheduler(
  ctx: ServiceContext,
  deps: SummaryDeps,
  options: { checkMs: number; reviseDays: number; enabled: boolean; scheduler?: Scheduler },
): SummaryScheduler {
  const scheduler = options.scheduler ?? systemScheduler;
  let timer: Timer | undefined;
  let running: Promise<SchedulerRun> | undefined;
  let stopped = false;
  const lateCheckedAt = new Map<string, string>();

  async function underLock<T>(date: string, work: (stores: SummaryStores) => Promise<T>): Promise<T | undefined> {
    // PGlite is one process with one connection: there is nobody to race, and a transaction held during the
    // generation would block the connection the rest of the node uses.
    if (deps.databaseKind === 'pglite') return work(deps);
    return deps.summaries.withGenerationLock(date, (tx: Db) =>
      work({ summaries: createSummaryRepository(tx), facts: createSummaryFactsRepository(tx) }),
    );
  }

  async function pass(now: Date): Promise<SchedulerRun> {
    const date = latestDueDate(now, deps.settings.hour, deps.settings.timeZone);
    // Viewers are read before any lock: inside it only the locked connection may be used.
    const agencies = await ctx.agencies.list();
    const viewers = await Promise.all(
      agencies.map(async (a) => ({ agency: a.code, viewer: await viewerFor(ctx, a.code) })),
    );
    const run: SchedulerRun = { date, generated: [], revised: [], skipped: false };

    const done = await deps.summaries.generatedFor(date);
    const missing = viewers.filter((v) => !done.has(v.agency));
    if (missing.length > 0) {
      const result = await underLock(date, async (stores) => {
        for (const { agency, viewer } of missing) {
          const r = await storeSummaryRevision(stores, deps.settings, {
            agency,
            viewer: { agency, groups: [...viewer.groups] },
            date,
            reason: 'scheduled',
            by: 'scheduler',
            now,
          });
          if (r.changed) run.generated.push(agency);
        }
        return true;
      });
      if (result === undefined) run.skipped = true;
    }

    // Late data: an event of a recent day that arrived after that day's summary was made.
    for (let back = 0; back < options.reviseDays; back++) {
      const day = addDays(date, -back);
      const stored = await deps.summaries.generatedFor(day);
      if (stored.size === 0) continue;
      const oldest = [...stored.values()].reduce((a, b) => (a.generatedAt < b.generatedAt ? a : b));
      // Since the last look on this node, or since the oldest stored revision: a day whose recount changed
      // nothing is not recounted again every tick.
      const since = lateCheckedAt.get(day) ?? new Date(oldest.generatedAt).toISOString();
      const checkedAt = now.toISOString();
      if (
        !(await deps.facts.arrivedLate(
          new Date(oldest.periodStart).toISOString(),
          new Date(oldest.periodEnd).toISOString(),
          since,
        ))
      ) {
        lateCheckedAt.set(day, checkedAt);
        continue;
      }
      lateCheckedAt.set(day, checkedAt);
      const agenciesRevised: string[] = [];
      await underLock(day, async (stores) => {
        for (const { agency, viewer } of viewers) {
          const r = await storeSummaryRevision(stores, deps.settings, {
            agency,
            viewer: { agency, groups: [...viewer.groups] },
            date: day,
            reason: 'late_data',
            by: 'scheduler',
            now,
          });
          if (r.changed) agenciesRevised.push(agency);
        }
      });
      if (agenciesRevised.length > 0) run.revised.push({ date: day, agencies: agenciesRevised });
    }
    if (run.generated.length > 0 || run.revised.length > 0) ctx.log.info({ ...run }, 'daily summaries stored');
    return run;
  }

  function runOnce(now = ctx.clock.now()): Promise<SchedulerRun> {
    // One pass at a time per node: a slow pass is not overlapped by the next tick.
    const next = (running ?? Promise.resolve(undefined)).catch(() => undefined).then(() => pass(now));
    running = next;
    return next;
  }

  const tick = () => {
    if (stopped) return;
    runOnce()
      .catch((err: unknown) => ctx.log.error({ err }, 'daily summary pass failed'))
      .finally(() => {
        if (!stopped) timer = scheduler.setTimeout(tick, options.checkMs);
      });
  };
  // The first pass waits a little so a starting node finishes its own set-up (seeding, migrations) first.
  if (options.enabled) timer = scheduler.setTimeout(tick, Math.min(options.checkMs, 15_000));

  return {
    runOnce,
    async stop() {
      stopped = true;
      scheduler.clear(timer);
      await running?.catch(() => undefined);
    },
  };
}
