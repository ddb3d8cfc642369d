import { stixIdOf } from '../kinds.ts';
import type { Link, StixObject } from '../types.ts';
import type { LinkExtension } from '../wire.ts';
import { envelope, releasabilityExtension, withoutEmpty } from './envelope.ts';

/** A link becomes a relationship between the two items' STIX objects (STIX-2). */
export function linkToStix(link: Link): StixObject {
  const extension: LinkExtension = {
    extension_type: 'property-extension',
    link_id: link.id,
    source: { kind: link.source.kind, id: link.source.id },
    target: { kind: link.target.kind, id: link.target.id },
    version: link.version,
  };
  return envelope({
    type: 'relationship',
    id: stixIdOf('link', link.id),
    created: link.createdAt,
    modified: link.updatedAt,
    tlp: link.releasability.tlp,
    ownerAgency: link.ownerAgency,
    properties: withoutEmpty({
      relationship_type: link.relationship,
      source_ref: stixIdOf(link.source.kind, link.source.id),
      target_ref: stixIdOf(link.target.kind, link.target.id),
      description: link.description ?? undefined,
    }),
    extensions: [
      ['releasability', releasabilityExtension(link.ownerAgency, link.releasability)],
      ['link', extension],
    ],
  });
}
