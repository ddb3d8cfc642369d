import type { Hono } from 'hono';
import {
  createSeizureTrendRepository,
  createSummaryFactsRepository,
  createSummaryRepository,
  type DatabaseHandle,
} from '@tidewatch/db';
import type { ServerConfig } from '../config.ts';
import { trendRoutes } from '../http/routes/trends.ts';
import type { AppEnv } from '../http/request-context.ts';
import type { ServiceContext } from '../services/context.ts';
import type { SummaryDeps } from '../services/summaries/summary-context.ts';
import { summaryRoutes } from './summary-routes.ts';
import type { Scheduler } from '../time/scheduler.ts';
import { startSummaryScheduler, type SummaryScheduler } from './summary-scheduler.ts';

export interface TrendsAndSummaries {
  apiRoutes: { path: string; routes: Hono<AppEnv> }[];
  scheduler: SummaryScheduler;
  deps: SummaryDeps;
}

/** Wires seizure trends and daily summaries (issue 6 §1-2) for the composition root: routes and the scheduler. */
export function createTrendsAndSummaries(
  ctx: ServiceContext,
  database: DatabaseHandle,
  config: ServerConfig,
  scheduler?: Scheduler,
): TrendsAndSummaries {
  const deps: SummaryDeps = {
    summaries: createSummaryRepository(database.db),
    facts: createSummaryFactsRepository(database.db),
    settings: { hour: config.SUMMARY_HOUR, timeZone: config.SUMMARY_TZ, notableLimit: 12, mapLimit: 1500 },
    db: database.db,
    databaseKind: database.kind,
  };
  return {
    deps,
    apiRoutes: [
      {
        path: '/trends',
        routes: trendRoutes({ trends: createSeizureTrendRepository(database.db), defaultTimeZone: config.SUMMARY_TZ }),
      },
      { path: '/summaries', routes: summaryRoutes(deps) },
    ],
    scheduler: startSummaryScheduler(ctx, deps, {
      enabled: config.SUMMARY_SCHEDULER === 'on',
      checkMs: config.SUMMARY_CHECK_SECONDS * 1000,
      reviseDays: config.SUMMARY_REVISE_DAYS,
      scheduler,
    }),
  };
}
