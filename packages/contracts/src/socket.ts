import { z } from 'zod';
import { type EVENT_SCHEMA_VERSION, EventInput, type IntelEvent } from './event.ts';
import type { ApiError, EventCreated } from './api.ts';
import type { Annotation } from './annotations.ts';
import {
  FeedsSubscribe,
  FeedsUnsubscribe,
  VesselSubscribe,
  VesselUnsubscribe,
  type VesselClientToServerEvents,
  type VesselServerToClientEvents,
} from './vessels.ts';
import type { WatchlistServerToClientEvents } from './watchlists.ts';
import type { AlertServerToClientEvents } from './alerts.ts';
import type { CargoServerToClientEvents } from './cargo.ts';

/** Socket.IO handshake `auth`: `since` is the last seq the client saw; it receives everything after it. */
export const SocketHandshake = z.object({
  since: z.number().int().nonnegative().optional(),
  /** An agency API key or a wall-display device token; browsers use their session cookie instead. */
  token: z.string().min(10).max(200).optional(),
});
export type SocketHandshake = z.infer<typeof SocketHandshake>;

export interface EventMessage {
  v: typeof EVENT_SCHEMA_VERSION;
  event: IntelEvent;
  /** true while the server is replaying stored events after `since`, false once live. */
  replay: boolean;
}

/**
 * Several live events committed together, in seq order (never during replay). The server sends one packet
 * instead of one per event when a group commit brings more than one event this client may read: under load
 * each socket costs one write per batch instead of one per event. Clients handle it like as many `event`s.
 */
export interface EventsMessage {
  v: typeof EVENT_SCHEMA_VERSION;
  events: IntelEvent[];
}

/** Sent once the resume replay is over: everything up to `seq` has been delivered; live from here. */
export interface SyncedMessage {
  v: typeof EVENT_SCHEMA_VERSION;
  seq: number;
  replayed: number;
}

export interface HelloMessage {
  v: typeof EVENT_SCHEMA_VERSION;
  node: string;
  serverTime: string;
  agency: string;
}

export type SubmitAck = ({ ok: true } & EventCreated) | ({ ok: false } & ApiError);

export interface AnnotationMessage {
  v: typeof EVENT_SCHEMA_VERSION;
  annotation: Annotation;
}

export interface EventUpdatedMessage {
  v: typeof EVENT_SCHEMA_VERSION;
  event: IntelEvent;
}

export interface ServerToClientEvents
  extends VesselServerToClientEvents,
    WatchlistServerToClientEvents,
    AlertServerToClientEvents,
    CargoServerToClientEvents {
  hello: (msg: HelloMessage) => void;
  /** An annotation was created, edited or deleted on something this client may read. */
  annotation: (msg: AnnotationMessage) => void;
  /** An event's triage status or assignee changed. */
  'event:updated': (msg: EventUpdatedMessage) => void;
  event: (msg: EventMessage) => void;
  events: (msg: EventsMessage) => void;
  synced: (msg: SyncedMessage) => void;
}

export interface ClientToServerEvents extends VesselClientToServerEvents {
  /** Submit an event over the socket; the ack carries {id, seq} or the validation error. */
  'event:submit': (input: EventInput, ack: (result: SubmitAck) => void) => void;
}

/**
 * The payload schema of every client-to-server event, at run time. The mapped type makes this list complete:
 * a new event in ClientToServerEvents does not compile until it is named here, so the socket fuzz test
 * (test/fuzz-inputs.integration.test.ts) covers it from the start.
 */
export const CLIENT_TO_SERVER_PAYLOADS: { readonly [K in keyof ClientToServerEvents]: z.ZodType } = {
  'event:submit': EventInput,
  'vessels:subscribe': VesselSubscribe,
  'vessels:unsubscribe': VesselUnsubscribe,
  'feeds:subscribe': FeedsSubscribe,
  'feeds:unsubscribe': FeedsUnsubscribe,
};
