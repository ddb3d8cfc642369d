import type { SeizureTrendRepository } from '@tidewatch/db';
import type { RequestContext } from '../context.ts';

/** What the trend verbs need beyond a request context: their SQL and the deployment's local zone. */
export interface TrendDeps {
  trends: SeizureTrendRepository;
  /** Zone of day, week and month boundaries when a query names none (SUMMARY_TZ). */
  defaultTimeZone: string;
}

export type TrendContext = RequestContext & TrendDeps;
