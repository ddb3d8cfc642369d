import { AisDecoder, REJECT_REASONS, type DecodedAis, type RejectReason } from '@tidewatch/ais';
import type { FeedStats } from '@tidewatch/contracts';
import type { Logger } from '../logger.ts';
import { LineSplitter } from './line-splitter.ts';
import { RateMeter } from './rate-meter.ts';

export type FeedKind = FeedStats['kind'];
export type FeedState = FeedStats['state'];

/** Where decoded messages go (the vessel picture). */
export type AisSink = (decoded: DecodedAis) => void;

export interface PushResult {
  lines: number;
  decoded: number;
  rejected: number;
  rejectedByReason: Partial<Record<RejectReason, number>>;
}

const REJECT_LOG_INTERVAL_MS = 10_000;

/**
 * One AIS source: its own decoder (multipart state belongs to one stream), live statistics, and a
 * rate-limited log of bad lines. Transports (TCP, UDP, HTTP, the simulator) only hand it lines.
 */
export class Feed {
  state: FeedState = 'ready';
  connections = 0;
  reconnects = 0;
  lastError: string | null = null;
  private readonly decoder = new AisDecoder();
  private readonly rate = new RateMeter();
  private lines = 0;
  private decodedCount = 0;
  private rejectedTotal = 0;
  /** Lines the splitter dropped for their length; the decoder never saw them, so its counters miss them. */
  private overlong = 0;
  private lastMessageAt: number | null = null;
  private lastRejectLogAt = Number.NEGATIVE_INFINITY;
  private rejectsSinceLog = 0;

  constructor(
    readonly name: string,
    readonly kind: FeedKind,
    readonly endpoint: string,
    private readonly sink: AisSink,
    private readonly log: Logger,
    private readonly now: () => number,
  ) {}

  /** Decodes one line; never throws (the decoder counts every line it cannot use under a reason). */
  pushLine(line: string, result?: PushResult): void {
    const at = this.now();
    this.lines++;
    this.rate.add(at);
    if (result) result.lines++;
    const messages = this.decoder.push(line, at);
    if (messages.length > 0) {
      this.lastMessageAt = at;
      this.decodedCount += messages.length;
      if (result) result.decoded += messages.length;
      for (const m of messages) {
        try {
          this.sink(m);
        } catch (err) {
          // A sink failure is our bug, not the feed's; keep the feed alive and say so.
          this.log.error({ err, feed: this.name }, 'vessel picture refused a message');
        }
      }
      return;
    }
    // No message: the first fragment of a multipart message, a blank line, or a rejection. Only a change in
    // the reject total tells them apart.
    const reason = this.newRejection();
    if (reason !== null) this.countRejection(reason, line, at, result);
  }

  /** A line the splitter dropped for its length never reaches the decoder, but it is a refused line all the same. */
  private rejectOverlong(result?: PushResult): void {
    const at = this.now();
    this.lines++;
    this.rate.add(at);
    if (result) result.lines++;
    this.overlong++;
    this.countRejection('too_long', '', at, result);
  }

  private countRejection(reason: RejectReason, line: string, at: number, result?: PushResult): void {
    if (result) {
      result.rejected++;
      result.rejectedByReason[reason] = (result.rejectedByReason[reason] ?? 0) + 1;
    }
    this.rejectsSinceLog++;
    if (at - this.lastRejectLogAt >= REJECT_LOG_INTERVAL_MS) {
      this.log.warn(
        { feed: this.name, reason, line: line.slice(0, 120), rejectedSinceLastLog: this.rejectsSinceLog },
        'AIS line rejected',
      );
      this.lastRejectLogAt = at;
      this.rejectsSinceLog = 0;
    }
  }

  /** A block of text (an HTTP body, a UDP datagram): each line pushed. */
  pushText(text: string): PushResult {
    const result: PushResult = { lines: 0, decoded: 0, rejected: 0, rejectedByReason: {} };
    const splitter = new LineSplitter();
    const onLine = (line: string) => this.pushLine(line, result);
    splitter.push(text, onLine, () => this.rejectOverlong(result));
    splitter.end(onLine);
    return result;
  }

  /** A line splitter for one stream connection, wired to this feed. */
  streamSplitter(): { push(chunk: string): void; end(): void } {
    const splitter = new LineSplitter();
    const onLine = (line: string) => this.pushLine(line);
    return {
      push: (chunk) => splitter.push(chunk, onLine, () => this.rejectOverlong()),
      end: () => splitter.end(onLine),
    };
  }

  stats(): Omit<FeedStats, 'node'> {
    const now = this.now();
    const s = this.decoder.stats;
    const rejectedByReason: Record<string, number> = {};
    for (const reason of REJECT_REASONS) {
      const count = s.rejected[reason] + (reason === 'too_long' ? this.overlong : 0);
      if (count > 0) rejectedByReason[reason] = count;
    }
    return {
      name: this.name,
      kind: this.kind,
      endpoint: this.endpoint,
      state: this.state,
      connections: this.connections,
      lines: this.lines,
      linesPerSecond: this.rate.rate(now),
      decoded: this.decodedCount,
      rejected: this.rejectedTotal + this.overlong,
      rejectedByReason,
      lastMessageAt: this.lastMessageAt === null ? null : new Date(this.lastMessageAt).toISOString(),
      lastMessageAgeSeconds:
        this.lastMessageAt === null ? null : Math.max(0, Math.round((now - this.lastMessageAt) / 100) / 10),
      reconnects: this.reconnects,
      lastError: this.lastError,
    };
  }

  /** The reason of a rejection the last line caused, or null when it caused none. */
  private newRejection(): RejectReason | null {
    const rejected = this.decoder.stats.rejected;
    let total = 0;
    for (const reason of REJECT_REASONS) total += rejected[reason];
    if (total === this.rejectedTotal) return null;
    const before = this.lastCounts;
    this.lastCounts = { ...rejected };
    this.rejectedTotal = total;
    for (const reason of REJECT_REASONS) if (rejected[reason] !== (before[reason] ?? 0)) return reason;
    return 'not_nmea';
  }

  private lastCounts: Partial<Record<RejectReason, number>> = {};
}
