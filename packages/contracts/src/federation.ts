import { z } from 'zod';
import { AgencyCode, IntelEvent } from './event.ts';

/** A deployment id: how a Tidewatch deployment names itself to its partners (DEPLOYMENT_ID). */
export const DeploymentId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'a deployment id is 1-32 lower-case letters, digits or -');
export type DeploymentId = z.infer<typeof DeploymentId>;

/** One item of the federation feed: an event as stored at the sender, and the deployment it was first written on. */
export const FederationFeedItem = z.object({
  /** The sender's seq of the item: the pull's cursor (FED-8), never a clock. */
  seq: z.number().int().positive(),
  origin: DeploymentId,
  event: IntelEvent,
});
export type FederationFeedItem = z.infer<typeof FederationFeedItem>;

/**
 * FED-13/FED-14: one change of an event after its insert, in the sender's change order (`pos`, its change cursor):
 * the event's current version for a partner that may read it, or a tombstone, for a partner that could read it
 * before the change and no longer may, carrying its id and the version that withdrew it and nothing of its content.
 */
export const FederationChange = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('version'),
    pos: z.number().int().positive(),
    origin: DeploymentId,
    event: IntelEvent,
  }),
  z.object({
    kind: z.literal('withdrawn'),
    pos: z.number().int().positive(),
    id: z.string().min(1).max(200),
    version: z.number().int().positive(),
  }),
]);
export type FederationChange = z.infer<typeof FederationChange>;

/** GET /api/v1/federation/feed: the items after `after` released to the caller's deployment, oldest first. */
export const FederationFeedPage = z.object({
  /** The serving deployment's id. */
  deployment: DeploymentId,
  items: z.array(FederationFeedItem),
  /** The cursor to ask from next: the last seq this page covered, released or not. */
  next: z.number().int().nonnegative(),
  /** More items are stored after `next`: ask again at once. */
  more: z.boolean(),
  /** The sender's latest seq when it answered (for the lag shown on the Partners screen). */
  latest: z.number().int().nonnegative(),
  /**
   * FED-13: the changes after the request's `changesAfter` released to the caller, oldest first. A feed that
   * carries no changes (a sender older than FED-13) leaves both out; the change cursor then stays where it is.
   */
  changes: z.array(FederationChange).default([]),
  /** The change cursor to ask from next: the last change this page covered, released or not. */
  changesNext: z.number().int().nonnegative().optional(),
});
export type FederationFeedPage = z.infer<typeof FederationFeedPage>;

const Url = z
  .string()
  .url()
  .max(500)
  .refine((u) => /^https?:\/\//.test(u), 'an http or https URL');
const Token = z.string().min(16, 'at least 16 characters').max(200);

export const CreatePartnerInput = z
  .object({
    id: DeploymentId,
    name: z.string().trim().min(2).max(120),
    baseUrl: Url,
    /** The bearer token this deployment presents to the partner's feed. */
    outboundToken: Token,
    /** The bearer token the partner presents here; only its hash is stored. */
    inboundToken: Token,
    enabled: z.boolean().default(true),
  })
  .strict();
export type CreatePartnerInput = z.input<typeof CreatePartnerInput>;

export const UpdatePartnerInput = z
  .object({
    name: z.string().trim().min(2).max(120).optional(),
    baseUrl: Url.optional(),
    outboundToken: Token.optional(),
    inboundToken: Token.optional(),
    enabled: z.boolean().optional(),
  })
  .strict();
export type UpdatePartnerInput = z.input<typeof UpdatePartnerInput>;

/** FED-1: an agency the partner hosts, as it appears here. */
export const CreateRemoteAgencyInput = z
  .object({
    code: AgencyCode,
    name: z.string().trim().min(2).max(120),
    country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code'),
  })
  .strict();
export type CreateRemoteAgencyInput = z.input<typeof CreateRemoteAgencyInput>;

/** What the Partners screen shows of a link (never a credential). */
export const PartnerLink = z.object({
  id: DeploymentId,
  name: z.string(),
  baseUrl: z.string(),
  enabled: z.boolean(),
  /** `up`: the last pull worked; `failing`: the last pull failed; `disabled`; `idle`: never pulled yet. */
  state: z.enum(['up', 'failing', 'disabled', 'idle']),
  agencies: z.array(z.object({ code: z.string(), groups: z.array(z.string()) })),
  cursor: z.number().int(),
  /** Items the partner has committed that this deployment has not yet looked at (partner seq minus cursor). */
  lagSeq: z.number().int(),
  receivedCount: z.number().int(),
  sentCount: z.number().int(),
  refusedCount: z.number().int(),
  garbageCount: z.number().int(),
  /** FED-13: received events replaced by a newer version from this partner. */
  updatedCount: z.number().int(),
  /** FED-14: received events this partner withdrew (tombstoned here). */
  withdrawnCount: z.number().int(),
  lastPullAt: z.string().nullable(),
  lastServedAt: z.string().nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
});
export type PartnerLink = z.infer<typeof PartnerLink>;
