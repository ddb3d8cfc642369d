import { z } from 'zod';
import { AgencyCode, Grading, Releasability, Tlp } from './event.ts';

export const ANNOTATION_TARGET_TYPES = ['event', 'vessel', 'consignment', 'watchlist_entry'] as const;
export const AnnotationTargetType = z.enum(ANNOTATION_TARGET_TYPES);
export type AnnotationTargetType = z.infer<typeof AnnotationTargetType>;

const Tag = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _:.-]*$/u, 'tags are letters, digits, space, _ : . -');

/** A new annotation. Releasability defaults to the target's, so everyone who reads the target reads the note. */
export const AnnotationInput = z
  .object({
    body: z.string().trim().min(1).max(10_000),
    tags: z.array(Tag).max(20).default([]),
    grading: Grading.optional(),
    releasability: Releasability.optional(),
  })
  .strict();
export type AnnotationInput = z.input<typeof AnnotationInput>;

export const AnnotationEdit = z
  .object({
    body: z.string().trim().min(1).max(10_000).optional(),
    tags: z.array(Tag).max(20).optional(),
    grading: Grading.nullable().optional(),
    baseVersion: z.number().int().positive(),
  })
  .strict();
export type AnnotationEdit = z.input<typeof AnnotationEdit>;

export const Annotation = z.object({
  id: z.string(),
  targetType: AnnotationTargetType,
  targetId: z.string(),
  ownerAgency: AgencyCode,
  author: z.object({ id: z.string(), name: z.string() }),
  body: z.string(),
  tags: z.array(z.string()),
  grading: Grading.nullable(),
  releasability: z.object({ tlp: Tlp, recipients: z.array(z.string()), sharingGroups: z.array(z.string()) }),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deleted: z.boolean(),
});
export type Annotation = z.infer<typeof Annotation>;

export const AnnotationRevision = z.object({
  version: z.number().int(),
  body: z.string(),
  tags: z.array(z.string()),
  grading: Grading.nullable(),
  editedBy: z.string(),
  editedAt: z.string(),
  change: z.enum(['create', 'edit', 'delete']),
});
export type AnnotationRevision = z.infer<typeof AnnotationRevision>;
