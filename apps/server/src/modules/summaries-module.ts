import {
  createSeizureTrendRepository,
  createSummaryFactsRepository,
  createSummaryRepository,
  type DatabaseHandle,
} from '@tidewatch/db';
import type { ServerConfig } from '../config.ts';
import { trendRoutes } from '../http/routes/trends.ts';
import type { ServiceContext } from '../services/context.ts';
import type { SummaryDeps } from '../services/summaries/summary-context.ts';
import { summaryRoutes } from '../summaries/summary-routes.ts';
import { startSummaryScheduler, type SummaryScheduler } from '../summaries/summary-scheduler.ts';
import type { ApiRouteGroup, FeatureModule } from './feature-module.ts';
import type { Scheduler } from '../time/scheduler.ts';

export interface TrendsAndSummaries extends FeatureModule {
  routes: ApiRouteGroup[];
  /** Runs by hand too (tests, operators). */
  scheduler: SummaryScheduler;
  deps: SummaryDeps;
}

/** Seizure trends and daily summaries (issue 6 §1-2) as one module of the node: routes and the scheduler. */
export function summariesModule(
  ctx: ServiceContext,
  database: DatabaseHandle,
  config: ServerConfig,
  /** Timers (injectable for tests). */
  scheduler?: Scheduler,
): TrendsAndSummaries {
  const deps: SummaryDeps = {
    summaries: createSummaryRepository(database.db),
    facts: createSummaryFactsRepository(database.db),
    settings: { hour: config.SUMMARY_HOUR, timeZone: config.SUMMARY_TZ, notableLimit: 12, mapLimit: 1500 },
    exclusively: database.exclusively,
  };
  const summaryScheduler = startSummaryScheduler(ctx, deps, {
    enabled: config.SUMMARY_SCHEDULER === 'on',
    checkMs: config.SUMMARY_CHECK_SECONDS * 1000,
    reviseDays: config.SUMMARY_REVISE_DAYS,
    scheduler,
  });
  return {
    name: 'summaries',
    deps,
    routes: [
      {
        path: '/trends',
        routes: trendRoutes({ trends: createSeizureTrendRepository(database.db), defaultTimeZone: config.SUMMARY_TZ }),
      },
      { path: '/summaries', routes: summaryRoutes(deps) },
    ],
    scheduler: summaryScheduler,
    stop: () => summaryScheduler.stop(),
  };
}
