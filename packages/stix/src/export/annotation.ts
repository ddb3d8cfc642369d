import type { Annotation, AnnotationTargetType } from '@tidewatch/contracts';
import type { ItemKind } from '../ids.ts';
import { stixIdOf } from '../kinds.ts';
import type { StixObject } from '../types.ts';
import type { AnnotationExtension } from '../wire.ts';
import { envelope, releasabilityExtension, withoutEmpty } from './envelope.ts';

const TARGET_KIND: Readonly<Record<AnnotationTargetType, ItemKind>> = {
  event: 'event',
  vessel: 'vessel',
  consignment: 'consignment',
  watchlist_entry: 'watchlist-entry',
};

/**
 * An annotation becomes a note on its target's STIX object (STIX-2). A deleted annotation is a revoked
 * note: STIX's way of saying "withdrawn, stop using it" to partners who already hold it.
 */
export function annotationToStix(annotation: Annotation): StixObject {
  return envelope({
    type: 'note',
    id: stixIdOf('annotation', annotation.id),
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    tlp: annotation.releasability.tlp,
    ownerAgency: annotation.ownerAgency,
    properties: withoutEmpty({
      content: annotation.body,
      authors: [annotation.author.name],
      object_refs: [stixIdOf(TARGET_KIND[annotation.targetType], annotation.targetId)],
      labels: annotation.tags,
      revoked: annotation.deleted ? true : undefined,
    }),
    extensions: [
      ['releasability', releasabilityExtension(annotation.ownerAgency, annotation.releasability)],
      [
        'annotation',
        withoutEmpty<AnnotationExtension>({
          extension_type: 'property-extension',
          annotation_id: annotation.id,
          target_type: annotation.targetType,
          target_id: annotation.targetId,
          author_id: annotation.author.id,
          grading: annotation.grading ?? undefined,
          version: annotation.version,
        }),
      ],
    ],
  });
}
