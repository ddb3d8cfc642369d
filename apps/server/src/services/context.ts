import type {
  AgencyRepository,
  AnnotationRepository,
  ApiKeyRepository,
  EventRepository,
  SharingGroupRepository,
  StixRepository,
  TransactionRunner,
  UnitRepository,
  UserRepository,
} from '@tidewatch/db';
import type { Annotation, IntelEvent } from '@tidewatch/contracts';
import type { Logger } from '../logger.ts';
import type { Principal } from '../auth/actor.ts';
import type { AuditLog } from './audit-trail.ts';
import type { AttemptLimiter } from '../auth/attempt-limiter.ts';
import type { PrincipalCache } from './auth/principal-cache.ts';
import type { AnnotationTargetResolvers } from './annotations/annotation-target-resolvers.ts';
import type { Releasable } from '@tidewatch/domain';
import type { OpenUnit } from './outbox.ts';
import type { IntelServices } from './intel-services.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Publishes committed events to every subscriber on every node. */
export interface EventPublisher {
  publish(events: readonly IntelEvent[]): void;
}

/** Side effects on connected clients that services ask for; the realtime gateway carries them out. */
export interface RealtimeNotifier {
  /** Someone changed an annotation: tell every socket that may read it and its target (REL-7). */
  annotationChanged(annotation: Annotation, target: Releasable | null): void;
  eventTriaged(event: IntelEvent): void;
  /**
   * FED-14: an event's label narrowed from `before` to `after` (null: withdrawn, nobody here reads it): the sockets
   * that could read it and no longer may drop it.
   */
  eventWithdrawn(id: string, before: Releasable, after: Releasable | null): void;
  /**
   * Credentials or memberships changed: forget cached principals on every node, and disconnect the
   * sockets in these rooms on every node (revoked key, user, session or agreement).
   */
  revoke(rooms: string[]): void;
}

export interface SecuritySettings {
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** AUTH-4: from the `limit`-th failure in a row, each failure throttles the account, doubling from `baseMs` to `capMs`. */
  loginThrottle: { limit: number; baseMs: number; capMs: number };
  secureCookies: boolean;
  /** TRUST_PROXY: X-Forwarded-For and X-Forwarded-Proto come from our own reverse proxy. */
  trustProxy: boolean;
}

/** AUTH-4: per-node failure limits that need no database: per client address, and per device cookie. */
export interface LoginLimits {
  byAddress: AttemptLimiter;
  byDevice: AttemptLimiter;
}

/**
 * What every service verb receives: storage, the clock, the log, the audit trail and the outbound stream, with
 * the watchlist, alert and cargo pieces the intel runtime provides. The one context of every verb; a request
 * adds its principal (RequestContext).
 */
export interface ServiceContext extends IntelServices {
  events: EventRepository;
  agencies: AgencyRepository;
  users: UserRepository;
  apiKeys: ApiKeyRepository;
  sharingGroups: SharingGroupRepository;
  annotations: AnnotationRepository;
  /** STIX exchange: import marks and the kept "other STIX objects" (services/stix-exchange). */
  stix: StixRepository;

  /** Patrol units and their tasks (OPSU-*). */
  units: UnitRepository;
  audit: AuditLog;
  /** Opens a unit of work; verbs go through withUnitOfWork (unit-of-work.ts), which binds it to a context. */
  transaction: TransactionRunner;
  /** Present inside a unit of work: a verb called from another joins it (as a savepoint) instead of opening one. */
  unit?: OpenUnit;
  clock: Clock;
  log: Logger;
  publisher: EventPublisher;
  realtime: RealtimeNotifier;
  security: SecuritySettings;
  loginLimits: LoginLimits;
  principals: PrincipalCache;
  annotationTargets: AnnotationTargetResolvers;
}

/** The service context before the intel runtime has started and added its services (server.ts, intel-runtime.ts). */
export type CoreServiceContext = Omit<ServiceContext, keyof IntelServices>;

/** A service call made on someone's behalf: every authorization decision reads `actor` and `viewer`. */
export type RequestContext = ServiceContext & Principal;
