import type { FeedStats } from '@tidewatch/contracts';

/** One node's feed statistics as sent to the others; its own file so the realtime types can name it. */
export interface FeedStatsReport {
  node: string;
  feeds: FeedStats[];
}
