import type { FeedStats } from '@tidewatch/contracts';
import type { Logger } from '../logger.ts';
import { Feed, type AisSink, type FeedKind } from './feed.ts';
import type { FeedSource } from './feed-config.ts';
import { startTcpClientFeed, type Stoppable } from './tcp-client-feed.ts';
import { startTcpServerFeed } from './tcp-server-feed.ts';
import { startUdpFeed } from './udp-feed.ts';
import { systemScheduler, type Scheduler } from '../time/scheduler.ts';

/** All feeds of this node: started from configuration, plus internal ones (the demo simulator). */
export class FeedManager {
  private readonly feeds = new Map<string, Feed>();
  private readonly running: Stoppable[] = [];
  /** Bound ports of listeners by feed name (a configured port 0 binds any free port). */
  readonly ports = new Map<string, number>();

  /** Other nodes' feeds, as they last reported them (see cluster-feed-stats.ts); none on a single node. */
  remoteStats: () => FeedStats[] = () => [];

  constructor(
    private readonly sink: AisSink,
    private readonly log: Logger,
    private readonly now: () => number,
    /** This node's name, carried by each of its feeds' statistics. */
    readonly node = 'local',
    /** Runs reconnect back-offs; tests pass a ManualTime. */
    private readonly scheduler: Scheduler = systemScheduler,
  ) {}

  /** Starts every source; one that cannot start (a port in use) is marked failed and the rest still run. */
  async start(sources: readonly FeedSource[]): Promise<void> {
    for (const source of sources) {
      try {
        await this.startOne(source);
      } catch (err) {
        const feed = this.feeds.get(source.name);
        if (feed) {
          feed.state = 'failed';
          feed.lastError = err instanceof Error ? err.message : String(err);
        }
        this.log.error({ err, feed: source.name }, 'AIS feed failed to start');
      }
    }
  }

  private async startOne(source: FeedSource): Promise<void> {
    if (source.kind === 'tcp-client') {
      const feed = this.add(source.name, 'tcp-client', `${source.host}:${source.port}`);
      this.running.push(startTcpClientFeed(feed, source.host, source.port, source.maxBackoffMs, this.scheduler));
    } else if (source.kind === 'tcp-server') {
      const feed = this.add(source.name, 'tcp-server', `${source.host}:${source.port}`);
      const listening = await startTcpServerFeed(feed, source.host, source.port);
      this.ports.set(source.name, listening.port);
      this.running.push(listening);
    } else if (source.kind === 'udp') {
      const feed = this.add(source.name, 'udp', `${source.host}:${source.port}`);
      const listening = await startUdpFeed(feed, source.host, source.port);
      this.ports.set(source.name, listening.port);
      this.running.push(listening);
    } else {
      this.add(source.name, 'http', `/api/v1/feeds/${source.name}/nmea`);
    }
    this.log.info({ feed: source.name, kind: source.kind, port: this.ports.get(source.name) }, 'AIS feed started');
  }

  /** Registers a feed that something inside the process writes to (the demo simulator). */
  add(name: string, kind: FeedKind, endpoint: string): Feed {
    if (this.feeds.has(name)) throw new Error(`feed ${name} exists already`);
    const feed = new Feed(name, kind, endpoint, this.sink, this.log, this.now);
    this.feeds.set(name, feed);
    return feed;
  }

  get(name: string): Feed | undefined {
    return this.feeds.get(name);
  }

  /** This node's feeds only: what it reports to the others. */
  localStats(): FeedStats[] {
    return [...this.feeds.values()].map((f) => ({ node: this.node, ...f.stats() }));
  }

  /** Every node's feeds, this node's first. */
  stats(): FeedStats[] {
    return [...this.localStats(), ...this.remoteStats()];
  }

  async stop(): Promise<void> {
    await Promise.allSettled(this.running.map((r) => r.stop()));
    for (const feed of this.feeds.values()) feed.state = 'stopped';
  }
}
