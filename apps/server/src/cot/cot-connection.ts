import type { Socket } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import type { Viewer } from '@tidewatch/domain';
import type { Logger } from '../logger.ts';
import { authenticateTakDevice, type TakPrincipal } from '../services/cot/authenticate-device.ts';
import { type CotEventIn, isPing, isPositionReport, isSpotReport, parseCotMessage } from '../services/cot/cot-parse.ts';
import { CotSplitter } from '../services/cot/cot-splitter.ts';
import type { ServiceContext } from '../services/context.ts';
import type { Scheduler, Timer } from '../time/scheduler.ts';
import type { CotBatch, CotSink } from './cot-hub.ts';

/** What the CoT port counts (COT-8): operators and tests read it; nothing refused goes uncounted. */
export interface CotCounters {
  connections: number;
  authenticated: number;
  authRefused: number;
  malformed: number;
  oversized: number;
  positions: number;
  spots: number;
  ignored: number;
  /** Vessel batches not written to a client that was not reading (its socket buffer was full). */
  slowClientDrops: number;
}

export const newCotCounters = (): CotCounters => ({
  connections: 0,
  authenticated: 0,
  authRefused: 0,
  malformed: 0,
  oversized: 0,
  positions: 0,
  spots: 0,
  ignored: 0,
  slowClientDrops: 0,
});

/** What a connection does with an authenticated device's messages (COT-9, COT-10); the runtime supplies it. */
export interface CotInboundHandler {
  position(principal: TakPrincipal, message: CotEventIn): Promise<void>;
  spot(principal: TakPrincipal, message: CotEventIn): Promise<void>;
}

export interface CotConnectionOptions {
  ctx: ServiceContext;
  log: Logger;
  scheduler: Scheduler;
  counters: CotCounters;
  authTimeoutMs: number;
  inbound: CotInboundHandler;
  /** Called once authenticated: the connection is a sink from then on. */
  joined(sink: CotConnection): void;
  left(sink: CotConnection): void;
}

/** A client not reading this much of what it was sent gets no more vessel batches until it catches up. */
const MAX_UNREAD_BYTES = 8 * 1024 * 1024;
/** Messages of one connection waiting to be handled; past it the connection is flooding and is closed. */
const MAX_PENDING = 1000;
/** Malformed messages logged per connection before only the counter moves (the log must not be a flood). */
const LOGGED_MALFORMED = 10;

/**
 * One TAK client on the CoT port. It must first send `<auth><cot username password/></auth>` (COT-6): until
 * then nothing is sent to it and nothing it sends is acted on; a refused credential, or none within the
 * timeout, closes it. Messages are handled one at a time in arrival order.
 */
export class CotConnection implements CotSink {
  readonly #socket: Socket;
  readonly #options: CotConnectionOptions;
  readonly #peer: string;
  readonly #decoder = new StringDecoder('utf8');
  readonly #splitter = new CotSplitter();
  #principal: TakPrincipal | undefined;
  #authTimer: Timer | undefined;
  #queue: Promise<void> = Promise.resolve();
  #pending = 0;
  #malformedHere = 0;
  #closed = false;

  constructor(socket: Socket, options: CotConnectionOptions) {
    this.#socket = socket;
    this.#options = options;
    this.#peer = `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`;
    options.counters.connections++;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.#receive(this.#decoder.write(chunk)));
    socket.on('error', (err) => options.log.debug({ err, peer: this.#peer }, 'cot: connection error'));
    socket.on('close', () => this.close('peer closed'));
    this.#authTimer = options.scheduler.setTimeout(() => this.close('no credential in time'), options.authTimeoutMs);
  }

  get viewer(): Viewer {
    if (!this.#principal) throw new Error('an unauthenticated CoT connection is never a sink');
    return this.#principal.viewer;
  }

  get principal(): TakPrincipal | undefined {
    return this.#principal;
  }

  /** COT-7: the principal re-read (agreements changed), or undefined: the credential was revoked. */
  update(principal: TakPrincipal | undefined): void {
    if (principal) this.#principal = principal;
    else this.close('credential revoked');
  }

  deliver(batch: CotBatch): void {
    if (this.#closed) return;
    if (this.#socket.writableLength > MAX_UNREAD_BYTES) {
      this.#options.counters.slowClientDrops++;
      return;
    }
    this.#socket.write(batch.bytes);
  }

  close(reason: string): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#options.scheduler.clear(this.#authTimer);
    if (this.#principal) this.#options.left(this);
    this.#options.log.info({ peer: this.#peer, device: this.#principal?.actor.name, reason }, 'cot: connection closed');
    this.#socket.destroy();
  }

  #receive(text: string): void {
    if (this.#closed) return;
    const { messages, oversized } = this.#splitter.push(text);
    if (oversized > 0) {
      this.#options.counters.oversized += oversized;
      this.#malformed('message over 64 KiB without an end');
    }
    for (const message of messages) {
      if (this.#pending >= MAX_PENDING) {
        this.close('flooding: too many messages waiting');
        return;
      }
      this.#pending++;
      this.#queue = this.#queue
        .then(() => this.#handle(message))
        .catch((err: unknown) => this.#options.log.warn({ err, peer: this.#peer }, 'cot: a message failed'))
        .finally(() => {
          this.#pending--;
        });
    }
  }

  #malformed(reason: string): void {
    this.#malformedHere++;
    if (this.#malformedHere <= LOGGED_MALFORMED)
      this.#options.log.warn(
        { peer: this.#peer, device: this.#principal?.actor.name, reason },
        'cot: malformed message',
      );
  }

  async #handle(xml: string): Promise<void> {
    if (this.#closed) return;
    const { counters } = this.#options;
    const parsed = parseCotMessage(xml);
    if (!parsed.ok) {
      counters.malformed++;
      this.#malformed(parsed.reason);
      return;
    }
    const message = parsed.message;
    if (!this.#principal) {
      if (message.kind !== 'auth') {
        counters.authRefused++;
        this.close('a message before the credential');
        return;
      }
      const principal = await authenticateTakDevice(this.#options.ctx, message, this.#peer);
      if (!principal) {
        counters.authRefused++;
        this.close('credential refused');
        return;
      }
      if (this.#closed) return;
      this.#options.scheduler.clear(this.#authTimer);
      this.#principal = principal;
      counters.authenticated++;
      this.#options.joined(this);
      return;
    }
    if (message.kind === 'auth' || isPing(message.type)) return;
    const own = this.#principal.deviceUid === '' || this.#principal.deviceUid === message.uid;
    if (isPositionReport(message.type) && own && this.#principal.actor.unitId !== null) {
      await this.#options.inbound.position(this.#principal, message);
      return;
    }
    if (isSpotReport(message.type)) {
      await this.#options.inbound.spot(this.#principal, message);
      return;
    }
    counters.ignored++;
  }
}
