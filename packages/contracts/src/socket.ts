import { z } from 'zod';
import { EVENT_SCHEMA_VERSION, EventInput, IntelEvent } from './event.ts';
import type { ApiError, EventCreated } from './api.ts';
import { Annotation } from './annotations.ts';
import {
  FeedStatsMessage,
  FeedsSubscribe,
  FeedsUnsubscribe,
  VesselBatch,
  VesselSubscribe,
  VesselUnsubscribe,
  type VesselClientToServerEvents,
} from './vessels.ts';
import { WatchlistChangedMessage, WatchlistEntryChangedMessage } from './watchlists.ts';
import { AlertUpdatedMessage } from './alerts.ts';
import { ConsignmentChangedMessage } from './cargo.ts';
import { TaskChangedMessage, UnitChangedMessage } from './units.ts';

import { SeaNotices } from './sea-notices.ts';
import { IMPLICIT_PROTOCOL, ProtocolOffer } from './socket-protocol.ts';

export * from './socket-protocol.ts';

/**
 * Socket.IO handshake `auth`: `since` is the last seq the client saw; it receives everything after it.
 * `protocols` is the client's half of the hello (PROTO-3): the protocol versions it speaks.
 */
export const SocketHandshake = z.object({
  since: z.number().int().nonnegative().optional(),
  /** An agency API key or a wall-display device token; browsers use their session cookie instead. */
  token: z.string().min(10).max(200).optional(),
  protocols: ProtocolOffer.optional(),
});
export type SocketHandshake = z.infer<typeof SocketHandshake>;

export const EventMessage = z.object({
  v: z.literal(EVENT_SCHEMA_VERSION),
  event: IntelEvent,
  /** true while the server is replaying stored events after `since`, false once live. */
  replay: z.boolean(),
});
export type EventMessage = z.infer<typeof EventMessage>;

/**
 * Several live events committed together, in seq order (never during replay). The server sends one packet
 * instead of one per event when a group commit brings more than one event this client may read: under load
 * each socket costs one write per batch instead of one per event. Clients handle it like as many `event`s.
 */
export const EventsMessage = z.object({ v: z.literal(EVENT_SCHEMA_VERSION), events: z.array(IntelEvent) });
export type EventsMessage = z.infer<typeof EventsMessage>;

/** Sent once the resume replay is over: everything up to `seq` has been delivered; live from here. */
export const SyncedMessage = z.object({
  v: z.literal(EVENT_SCHEMA_VERSION),
  seq: z.number().int().nonnegative(),
  replayed: z.number().int().nonnegative(),
});
export type SyncedMessage = z.infer<typeof SyncedMessage>;

/**
 * The server's half of the hello, first message on every socket. `protocol` is the version it chose from the
 * client's offer (PROTO-3); a client that offered none is a version-1 client and is answered in version 1.
 */
export const HelloMessage = z.object({
  v: z.literal(EVENT_SCHEMA_VERSION),
  /** A server from before the hello names none: it speaks version 1. */
  protocol: z.number().int().positive().default(IMPLICIT_PROTOCOL),
  node: z.string(),
  serverTime: z.string(),
  agency: z.string(),
});
export type HelloMessage = z.infer<typeof HelloMessage>;

export type SubmitAck = ({ ok: true } & EventCreated) | ({ ok: false } & ApiError);

export const AnnotationMessage = z.object({ v: z.literal(EVENT_SCHEMA_VERSION), annotation: Annotation });
export type AnnotationMessage = z.infer<typeof AnnotationMessage>;

export const EventUpdatedMessage = z.object({ v: z.literal(EVENT_SCHEMA_VERSION), event: IntelEvent });
export type EventUpdatedMessage = z.infer<typeof EventUpdatedMessage>;

/** FED-14: an event this client could read no longer may be read by it (release narrowed, withdrawn): drop it. */
export const EventWithdrawnMessage = z.object({ v: z.literal(EVENT_SCHEMA_VERSION), id: z.string().min(1) });
export type EventWithdrawnMessage = z.infer<typeof EventWithdrawnMessage>;

/**
 * Every server-to-client message and its schema (PROTO-1). The event map below is derived from it, so a
 * message cannot be sent without a schema the client parses it with.
 */
export const SERVER_TO_CLIENT_MESSAGES = {
  hello: HelloMessage,
  /** An annotation was created, edited or deleted on something this client may read. */
  annotation: AnnotationMessage,
  /** An event's triage status or assignee changed. */
  'event:updated': EventUpdatedMessage,
  /** An event this client held may no longer be read by it (FED-14): its id only. */
  'event:withdrawn': EventWithdrawnMessage,
  event: EventMessage,
  events: EventsMessage,
  synced: SyncedMessage,
  /** The viewport's vessels right after a subscribe, then coalesced updates (at most 4 a second). */
  'vessels:batch': VesselBatch,
  /** Feed statistics every 2 s to sockets that sent `feeds:subscribe`. */
  'feeds:stats': FeedStatsMessage,
  /** Live watchlist changes, sent only to sockets whose agency may read the watchlist (REL-9). */
  'watchlist:changed': WatchlistChangedMessage,
  'watchlist:entry': WatchlistEntryChangedMessage,
  /** A stored alert changed (an encounter ended, a gap closed or was revised) and this client may read it. */
  'alert:updated': AlertUpdatedMessage,
  /** A consignment this client may read was created, moved or rescored. */
  'consignment:changed': ConsignmentChangedMessage,
  /** A patrol unit this client may read changed or moved (OPSU-2). */
  'unit:changed': UnitChangedMessage,
  /** A task this client may read (both its unit and its target, OPSU-6) changed state or intercept. */
  'task:changed': TaskChangedMessage,

  /** Area notices or weather at sea changed (at most every few seconds); AIS data, so every session gets it. */
  'seaNotices:changed': SeaNotices,
} as const;

export type ServerToClientName = keyof typeof SERVER_TO_CLIENT_MESSAGES;
export type ServerToClientMessage<K extends ServerToClientName> = z.infer<(typeof SERVER_TO_CLIENT_MESSAGES)[K]>;

/** The same map, typed per name, so code generic over the name gets the schema of exactly that message. */
const MESSAGE_SCHEMAS: { readonly [K in ServerToClientName]: z.ZodType<ServerToClientMessage<K>> } =
  SERVER_TO_CLIENT_MESSAGES;

export function messageSchema<K extends ServerToClientName>(name: K): z.ZodType<ServerToClientMessage<K>> {
  return MESSAGE_SCHEMAS[name];
}

export type ServerToClientEvents = {
  [K in ServerToClientName]: (msg: ServerToClientMessage<K>) => void;
};

export interface ClientToServerEvents extends VesselClientToServerEvents {
  /** Submit an event over the socket; the ack carries {id, seq} or the validation error. */
  'event:submit': (input: EventInput, ack: (result: SubmitAck) => void) => void;
}

/**
 * The payload schema of every client-to-server event, at run time. The mapped type makes this list complete:
 * a new event in ClientToServerEvents does not compile until it is named here, so the server's parse wrapper
 * and the socket fuzz test (test/fuzz-inputs.integration.test.ts) cover it from the start.
 */
export const CLIENT_TO_SERVER_PAYLOADS = {
  'event:submit': EventInput,
  'vessels:subscribe': VesselSubscribe,
  'vessels:unsubscribe': VesselUnsubscribe,
  'feeds:subscribe': FeedsSubscribe,
  'feeds:unsubscribe': FeedsUnsubscribe,
} as const satisfies { readonly [K in keyof ClientToServerEvents]: z.ZodType };

export type ClientToServerName = keyof ClientToServerEvents;
