import type { CargoRepository, DerivedAlertRepository, WatchlistRepository } from '@tidewatch/db';
import type { Consignment, DerivedAlert, Watchlist, WatchlistEntry } from '@tidewatch/contracts';
import type { RequestContext, ServiceContext } from './context.ts';
import type { MatcherRuntime } from './watchlists/matcher-runtime.ts';

/** Live side effects of intelligence changes, filtered per socket on every node (REL-9). */
export interface IntelNotifier {
  watchlistChanged(watchlist: Watchlist): void;
  entryChanged(entry: WatchlistEntry, watchlist: Watchlist): void;
  alertUpdated(alert: DerivedAlert): void;
  consignmentChanged(consignment: Consignment): void;
  /** Areas of interest changed: every node reloads the detectors' areas. */
  areasChanged(): void;
}

/** What nodes exchange so each can filter its own sockets and refresh its own matcher and detectors. */
export type IntelBroadcast =
  | { channel: 'watchlist'; watchlist: Watchlist }
  | { channel: 'entry'; entry: WatchlistEntry; watchlist: Watchlist }
  | { channel: 'alert'; alert: DerivedAlert }
  | { channel: 'consignment'; consignment: Consignment }
  | { channel: 'areas' };

/** Storage and runtime pieces of watchlists, alerts and cargo, added to the service context. */
export interface IntelServices {
  watchlists: WatchlistRepository;
  alerts: DerivedAlertRepository;
  cargo: CargoRepository;
  matcher: MatcherRuntime;
  intelRealtime: IntelNotifier;
}

export type IntelServiceContext = ServiceContext & IntelServices;
/** What the watchlist, alert and cargo verbs receive: a request context plus the intel services. */
export type IntelRequestContext = RequestContext & IntelServices;

/** The system actor speaks for the detectors and the matcher (exempt from AUTH-1, like the demo world). */
export function systemContext<C extends ServiceContext>(ctx: C): C & Pick<RequestContext, 'actor' | 'viewer'> {
  return {
    ...ctx,
    actor: { kind: 'system', id: 'system', name: 'system', agency: 'SYSTEM' },
    viewer: { agency: 'SYSTEM', groups: new Set<string>() },
  };
}

/** `${actor.kind}:${actor.name}`: who added or changed something, as stored with it. */
export function actorLabel(ctx: RequestContext): string {
  return `${ctx.actor.kind}:${ctx.actor.name}`;
}
