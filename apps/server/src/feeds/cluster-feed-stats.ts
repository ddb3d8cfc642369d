import type { FeedStats } from '@tidewatch/contracts';
import type { TidewatchServer } from '../realtime/types.ts';
import type { FeedManager } from './feed-manager.ts';
import { systemScheduler, type Scheduler } from '../time/scheduler.ts';
import type { FeedStatsReport } from './feed-stats-report.ts';

/** Inter-node message: one node's feed statistics. */
export const CLUSTER_FEEDS = 'tw:feeds';

/**
 * A feed runs on the node it is attached to, but an operator's browser is connected to any node: each node
 * reports its feeds to the others every `intervalMs`, and lists theirs next to its own. A node that has not
 * reported for three intervals (stopped, or cut off) drops out of the list rather than showing stale figures.
 */
export function shareFeedStats(
  io: TidewatchServer,
  feeds: FeedManager,
  options: { clustered: boolean; now: () => number; intervalMs: number; scheduler?: Scheduler },
): () => void {
  if (!options.clustered) return () => undefined;
  const reports = new Map<string, { at: number; feeds: FeedStats[] }>();
  io.on(CLUSTER_FEEDS, (report: FeedStatsReport) => {
    if (report.node === feeds.node || !Array.isArray(report.feeds)) return;
    reports.set(report.node, { at: options.now(), feeds: report.feeds });
  });
  feeds.remoteStats = () => {
    const out: FeedStats[] = [];
    const oldest = options.now() - 3 * options.intervalMs;
    for (const [node, report] of [...reports].sort(([a], [b]) => a.localeCompare(b))) {
      if (report.at < oldest) reports.delete(node);
      else out.push(...report.feeds);
    }
    return out;
  };
  const send = (): void => {
    const report: FeedStatsReport = { node: feeds.node, feeds: feeds.localStats() };
    io.serverSideEmit(CLUSTER_FEEDS, report);
  };
  send();
  const scheduler = options.scheduler ?? systemScheduler;
  const timer = scheduler.setInterval(send, options.intervalMs).unref();
  return () => scheduler.clear(timer);
}
