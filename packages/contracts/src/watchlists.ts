import { z } from 'zod';
import { isMmsiFormat, isValidImo } from '@tidewatch/ais';
import { AgencyCode, EVENT_SCHEMA_VERSION, Releasability, Tlp } from './event.ts';
import { isValidContainerNumber } from './identifiers.ts';
import { IsoDateTime } from './safe-input.ts';

/** Watchlists: shared lists of vessels, containers, organisations and persons of interest (issue 5). */

export const WATCHLIST_ENTRY_KINDS = ['vessel', 'container', 'organisation', 'person'] as const;
export const WatchlistEntryKind = z.enum(WATCHLIST_ENTRY_KINDS);
export type WatchlistEntryKind = z.infer<typeof WatchlistEntryKind>;

const Timestamp = IsoDateTime();

export const WatchlistInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    description: z.string().max(2000).default(''),
    releasability: Releasability,
  })
  .strict();
export type WatchlistInput = z.input<typeof WatchlistInput>;

export const WatchlistEdit = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    description: z.string().max(2000).optional(),
    releasability: Releasability.optional(),
    baseVersion: z.number().int().positive(),
  })
  .strict();
export type WatchlistEdit = z.input<typeof WatchlistEdit>;

/** Identifier fields an entry may carry; which ones are required depends on its kind. */
const EntryFields = {
  mmsi: z.string().trim().refine(isMmsiFormat, 'an MMSI is exactly 9 digits'),
  imo: z
    .string()
    .trim()
    .transform((s) => s.replace(/^IMO\s*/i, ''))
    .refine(isValidImo, 'an IMO number is 7 digits with a valid check digit'),
  name: z.string().trim().min(1).max(200),
  callSign: z.string().trim().min(1).max(12),
  containerNumber: z
    .string()
    .transform((s) => s.replace(/[\s-]/g, '').toUpperCase())
    .refine(isValidContainerNumber, 'not an ISO 6346 container number (check digit)'),
  country: z.string().regex(/^[A-Z]{2}$/, 'a country is an ISO 3166 alpha-2 code'),
};

function checkKind(
  entry: {
    kind?: WatchlistEntryKind | undefined;
    mmsi?: string | undefined;
    imo?: string | undefined;
    name?: string | undefined;
    callSign?: string | undefined;
    containerNumber?: string | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  switch (entry.kind) {
    case 'vessel':
      if (!(entry.mmsi ?? entry.imo ?? entry.name ?? entry.callSign))
        ctx.addIssue({
          code: 'custom',
          path: ['mmsi'],
          message: 'a vessel entry needs an MMSI, IMO, name or call sign',
        });
      if (entry.containerNumber)
        ctx.addIssue({ code: 'custom', path: ['containerNumber'], message: 'a vessel entry has no container number' });
      break;
    case 'container':
      if (!entry.containerNumber)
        ctx.addIssue({
          code: 'custom',
          path: ['containerNumber'],
          message: 'a container entry needs a container number',
        });
      if (entry.mmsi ?? entry.imo ?? entry.callSign)
        ctx.addIssue({ code: 'custom', path: ['kind'], message: 'a container entry carries no ship identifiers' });
      break;
    case 'organisation':
    case 'person':
      if (!entry.name) ctx.addIssue({ code: 'custom', path: ['name'], message: `an ${entry.kind} entry needs a name` });
      if (entry.mmsi ?? entry.imo ?? entry.callSign ?? entry.containerNumber)
        ctx.addIssue({
          code: 'custom',
          path: ['kind'],
          message: `an ${entry.kind} entry carries a name (and country) only`,
        });
      break;
    case undefined:
      break;
  }
}

export const WatchlistEntryInput = z
  .object({
    kind: WatchlistEntryKind,
    mmsi: EntryFields.mmsi.optional(),
    imo: EntryFields.imo.optional(),
    name: EntryFields.name.optional(),
    callSign: EntryFields.callSign.optional(),
    containerNumber: EntryFields.containerNumber.optional(),
    country: EntryFields.country.optional(),
    reason: z.string().trim().min(1).max(1000),
    expiresAt: Timestamp.optional(),
  })
  .strict()
  .superRefine(checkKind);
export type WatchlistEntryInput = z.input<typeof WatchlistEntryInput>;
export type ParsedWatchlistEntryInput = z.output<typeof WatchlistEntryInput>;

/** An edit names the fields it changes; `null` clears an optional one. The kind never changes. */
export const WatchlistEntryEdit = z
  .object({
    mmsi: EntryFields.mmsi.nullable().optional(),
    imo: EntryFields.imo.nullable().optional(),
    name: EntryFields.name.nullable().optional(),
    callSign: EntryFields.callSign.nullable().optional(),
    containerNumber: EntryFields.containerNumber.nullable().optional(),
    country: EntryFields.country.nullable().optional(),
    reason: z.string().trim().min(1).max(1000).optional(),
    expiresAt: Timestamp.nullable().optional(),
    baseVersion: z.number().int().positive(),
  })
  .strict();
export type WatchlistEntryEdit = z.input<typeof WatchlistEntryEdit>;

export const RetireInput = z
  .object({ baseVersion: z.number().int().positive(), reason: z.string().max(1000).optional() })
  .strict();
export type RetireInput = z.input<typeof RetireInput>;

const WireReleasability = z.object({ tlp: Tlp, recipients: z.array(z.string()), sharingGroups: z.array(z.string()) });

export const Watchlist = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  ownerAgency: AgencyCode,
  releasability: WireReleasability,
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  retiredAt: z.string().nullable(),
  version: z.number().int(),
  /** Live (not retired) entries. */
  entryCount: z.number().int(),
});
export type Watchlist = z.infer<typeof Watchlist>;

export const WatchlistEntry = z.object({
  id: z.string(),
  watchlistId: z.string(),
  kind: WatchlistEntryKind,
  mmsi: z.string().nullable(),
  imo: z.string().nullable(),
  name: z.string().nullable(),
  callSign: z.string().nullable(),
  containerNumber: z.string().nullable(),
  country: z.string().nullable(),
  reason: z.string(),
  addedBy: z.string(),
  addedAt: z.string(),
  expiresAt: z.string().nullable(),
  retiredAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type WatchlistEntry = z.infer<typeof WatchlistEntry>;

export const WatchlistEntryChange = z.object({
  version: z.number().int(),
  change: z.enum(['create', 'import', 'edit', 'retire']),
  /** The entry as it was after this change. */
  entry: WatchlistEntry,
  by: z.string(),
  at: z.string(),
});
export type WatchlistEntryChange = z.infer<typeof WatchlistEntryChange>;

const Flag = z.enum(['true', 'false']).transform((s) => s === 'true');

/** GET /api/v1/watchlists */
export const WatchlistQuery = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    includeRetired: Flag.default(false),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export type WatchlistQuery = z.output<typeof WatchlistQuery>;

/** GET /api/v1/watchlists/:id/entries and GET /api/v1/watchlists/entries/search (across every readable list). */
export const WatchlistEntryQuery = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    kind: WatchlistEntryKind.optional(),
    includeRetired: Flag.default(false),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type WatchlistEntryQuery = z.output<typeof WatchlistEntryQuery>;

export const WatchlistEntryPage = z.object({ items: z.array(WatchlistEntry), total: z.number().int() });
export type WatchlistEntryPage = z.infer<typeof WatchlistEntryPage>;

/** CSV columns of import and export, in this order (a header row is required on import). */
export const WATCHLIST_CSV_COLUMNS = [
  'kind',
  'mmsi',
  'imo',
  'name',
  'call_sign',
  'container_number',
  'country',
  'reason',
  'expires_at',
] as const;

export const ImportRowError = z.object({ line: z.number().int(), reason: z.string() });
export type ImportRowError = z.infer<typeof ImportRowError>;

/**
 * A row left out because the list already has its subject: same kind and identifiers after normalisation,
 * either a live entry (`entryId`) or an earlier line of the same file (`duplicateOfLine`).
 */
export const ImportRowDuplicate = z.object({
  line: z.number().int(),
  reason: z.string(),
  entryId: z.string().nullable(),
  duplicateOfLine: z.number().int().nullable(),
});
export type ImportRowDuplicate = z.infer<typeof ImportRowDuplicate>;

/**
 * Answer of a CSV import: the good rows were written together (one transaction), every bad row is listed, and
 * every duplicate row is listed and skipped, so importing one file twice adds nothing the second time.
 */
export const WatchlistImportResult = z.object({
  imported: z.number().int(),
  duplicates: z.array(ImportRowDuplicate),
  errors: z.array(ImportRowError),
});
export type WatchlistImportResult = z.infer<typeof WatchlistImportResult>;

/** How one identifier of the matched data met one watchlist entry. */
export const WatchlistMatch = z.object({
  field: z.enum(['mmsi', 'imo', 'call_sign', 'name', 'container', 'organisation', 'person']),
  value: z.string(),
  entryValue: z.string(),
  how: z.enum(['exact', 'normalised', 'fuzzy']),
  /** 1 for exact and normalised matches; the similarity for fuzzy ones. */
  score: z.number(),
});
export type WatchlistMatch = z.infer<typeof WatchlistMatch>;

export const WatchlistChangedMessage = z.object({ v: z.literal(EVENT_SCHEMA_VERSION), watchlist: Watchlist });
export type WatchlistChangedMessage = z.infer<typeof WatchlistChangedMessage>;

export const WatchlistEntryChangedMessage = z.object({ v: z.literal(EVENT_SCHEMA_VERSION), entry: WatchlistEntry });
export type WatchlistEntryChangedMessage = z.infer<typeof WatchlistEntryChangedMessage>;
