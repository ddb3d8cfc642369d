import { z } from 'zod';
import { Tlp } from './event.ts';

/** What became of one object of an imported STIX bundle (XCH-1). */
export const STIX_IMPORT_OUTCOMES = [
  'created',
  'updated',
  'unchanged',
  'kept-as-other',
  'refused',
  'skipped',
  'reference',
] as const;
export const StixImportOutcome = z.enum(STIX_IMPORT_OUTCOMES);
export type StixImportOutcome = z.infer<typeof StixImportOutcome>;

export const StixObjectOutcome = z.object({
  /** Position in the bundle's `objects`; -1 for a fault of the bundle itself. */
  index: z.number().int(),
  id: z.string().optional(),
  type: z.string().optional(),
  outcome: StixImportOutcome,
  /** What it became here: the Tidewatch kind and id, or `other` for a kept object. */
  becomes: z.object({ kind: z.string(), id: z.string() }).optional(),
  /** A name to show (an event's title, an object's `name`). */
  title: z.string().optional(),
  /** For refused and skipped objects: the offending property ('' for the object as a whole) and why. */
  field: z.string().optional(),
  reason: z.string().optional(),
});
export type StixObjectOutcome = z.infer<typeof StixObjectOutcome>;

export const StixImportCounts = z.object(
  Object.fromEntries(STIX_IMPORT_OUTCOMES.map((o) => [o, z.number().int().nonnegative()])) as Record<
    StixImportOutcome,
    z.ZodNumber
  >,
);
export type StixImportCounts = z.infer<typeof StixImportCounts>;

/** The answer of an import or of its preview (`dryRun`): counts by outcome and every object's outcome. */
export const StixImportResult = z.object({
  dryRun: z.boolean(),
  bundleId: z.string().nullable(),
  total: z.number().int().nonnegative(),
  counts: StixImportCounts,
  objects: z.array(StixObjectOutcome),
});
export type StixImportResult = z.infer<typeof StixImportResult>;

/** A STIX object Tidewatch does not map, kept verbatim for the agency that imported it (XCH-4). */
export const StixOtherObject = z.object({
  stixId: z.string(),
  type: z.string(),
  name: z.string().nullable(),
  modified: z.string(),
  ownerAgency: z.string(),
  releasability: z.object({ tlp: Tlp, recipients: z.array(z.string()), sharingGroups: z.array(z.string()) }),
  importedAt: z.string(),
  object: z.record(z.string(), z.unknown()),
});
export type StixOtherObject = z.infer<typeof StixOtherObject>;

export const StixOtherObjectPage = z.object({
  items: z.array(StixOtherObject),
  /** How many the viewer may read under the same filter (REL-8). */
  total: z.number().int().nonnegative(),
  nextCursor: z.string().nullable(),
});
export type StixOtherObjectPage = z.infer<typeof StixOtherObjectPage>;

/** The STIX 2.1 media type of a bundle. */
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';
