import type { FederationPartnerRow, FederationRepository } from '@tidewatch/db';
import { FederationFeedPage } from '@tidewatch/contracts';
import type { Logger } from '../logger.ts';
import type { ServiceContext } from '../services/context.ts';
import { applyFeedPage, GarbagePage } from '../services/federation/apply-pull.ts';
import type { Scheduler, Timer } from '../time/scheduler.ts';

export interface LinkSettings {
  /** This deployment's id. */
  here: string;
  /** How long the partner may hold a feed request open when it has nothing new (FED-10). */
  longPollMs: number;
  /** Stored events a feed page covers at most. */
  pageSize: number;
  /** Longest wait between retries of a failing link (FED-11). */
  maxBackoffMs: number;
}

export interface LinkDeps {
  ctx: ServiceContext;
  repo: FederationRepository;
  scheduler: Scheduler;
  log: Logger;
  settings: LinkSettings;
}

const FIRST_BACKOFF_MS = 250;
/** After an empty page, the least wait before the next request, so a partner that never holds a poll open is not hammered. */
const EMPTY_PAGE_PAUSE_MS = 250;
/** A disabled partner's link looks at its row this often, so enabling it elsewhere (another node) takes effect. */
const DISABLED_RECHECK_MS = 2_000;

/**
 * The pull side of one partnership: asks the partner's feed for the items after the stored cursor, long-polls
 * when it is caught up, stores each page with its cursor in one transaction (FED-8), and retries a failing or
 * garbage-answering partner with a doubling backoff (FED-11). It reads its partner row before every request,
 * so disabling the partner stops it at once; poke() drops a request in flight to read it again.
 */
export class PartnerLink {
  #stopped = false;
  #inFlight = new AbortController();
  #sleepTimer: Timer | undefined;
  #wakeSleep: (() => void) | undefined;
  #running: Promise<void> | undefined;

  constructor(
    readonly partnerId: string,
    private readonly deps: LinkDeps,
  ) {}

  start(): void {
    this.#running = this.#loop();
  }

  /** The partner changed (disabled, new URL or credential): drop the request in flight and start over. */
  poke(): void {
    this.#inFlight.abort();
    this.#wakeSleep?.();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.poke();
    await this.#running;
  }

  async #loop(): Promise<void> {
    let backoff = 0;
    let caughtUp = false;
    while (!this.#stopped) {
      this.#inFlight = new AbortController();
      const signal = this.#inFlight.signal;
      let partner: FederationPartnerRow | undefined;
      try {
        partner = await this.deps.repo.get(this.partnerId);
        if (!partner) return;
        if (!partner.enabled) {
          await this.#sleep(DISABLED_RECHECK_MS);
          continue;
        }
        const started = Date.now();
        const { more, items } = await this.#pullOnce(partner, caughtUp, signal);
        caughtUp = !more;
        backoff = 0;
        if (items === 0 && !more && Date.now() - started < EMPTY_PAGE_PAUSE_MS) await this.#sleep(EMPTY_PAGE_PAUSE_MS);
      } catch (err) {
        if (this.#stopped) return;
        if (signal.aborted && !(err instanceof GarbagePage)) continue;
        backoff = Math.min(this.deps.settings.maxBackoffMs, Math.max(FIRST_BACKOFF_MS, backoff * 2));
        caughtUp = false;
        await this.#recordFailure(err, partner);
        await this.#sleep(backoff);
      }
    }
  }

  /** One feed request and its page stored; answers how many items it carried and whether more are waiting. */
  async #pullOnce(
    partner: FederationPartnerRow,
    caughtUp: boolean,
    signal: AbortSignal,
  ): Promise<{ more: boolean; items: number }> {
    const { settings } = this.deps;
    const waitMs = caughtUp ? settings.longPollMs : 0;
    const url = new URL(`${partner.baseUrl.replace(/\/+$/, '')}/api/v1/federation/feed`);
    url.searchParams.set('after', String(partner.cursor));
    url.searchParams.set('changesAfter', String(partner.changeCursor));
    url.searchParams.set('limit', String(settings.pageSize));
    url.searchParams.set('waitMs', String(waitMs));
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${partner.outboundToken}`, accept: 'application/json' },
      signal: AbortSignal.any([signal, AbortSignal.timeout(waitMs + 15_000)]),
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`the partner answered HTTP ${response.status}`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new GarbagePage('the feed answer is not JSON');
    }
    const page = FederationFeedPage.safeParse(body);
    if (!page.success) {
      const issue = page.error.issues[0];
      throw new GarbagePage(
        `the feed answer is not a feed page: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
      );
    }
    await applyFeedPage({
      ctx: this.deps.ctx,
      here: settings.here,
      partner,
      from: { seq: partner.cursor, changes: partner.changeCursor },
      page: page.data,
    });
    return { more: page.data.more, items: page.data.items.length + page.data.changes.length };
  }

  async #recordFailure(err: unknown, partner: FederationPartnerRow | undefined): Promise<void> {
    const garbage = err instanceof GarbagePage;
    const message = err instanceof Error ? err.message : String(err);
    this.deps.log.warn({ partner: this.partnerId, garbage, reason: message }, 'federation pull failed; retrying');
    if (!partner) return;
    await this.deps.repo
      .recordFailure(this.partnerId, message.slice(0, 500), this.deps.ctx.clock.now().toISOString(), garbage)
      .catch((recordErr: unknown) => this.deps.log.warn({ err: recordErr }, 'could not record a federation failure'));
  }

  #sleep(ms: number): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    return new Promise((resolve) => {
      this.#wakeSleep = () => {
        this.deps.scheduler.clear(this.#sleepTimer);
        this.#wakeSleep = undefined;
        resolve();
      };
      this.#sleepTimer = this.deps.scheduler.setTimeout(() => this.#wakeSleep?.(), ms);
    });
  }
}
