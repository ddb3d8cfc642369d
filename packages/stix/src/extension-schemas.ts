import { z } from 'zod';
import { type ExtensionName, extensionId } from './published.ts';
import {
  AgencyExtension,
  AnnotationExtension,
  ConsignmentProperties,
  EventExtension,
  LinkExtension,
  ReleasabilityExtension,
  VesselProperties,
  WatchlistEntryProperties,
  WatchlistProperties,
} from './wire.ts';

/**
 * What each Tidewatch extension defines: the entry of a property extension, or the type-specific properties
 * of a custom object (whose common STIX properties OASIS's core schema covers).
 */
const DEFINED_BY: Readonly<Record<ExtensionName, z.ZodType>> = {
  releasability: ReleasabilityExtension,
  event: EventExtension,
  annotation: AnnotationExtension,
  agency: AgencyExtension,
  link: LinkExtension,
  watchlist: WatchlistProperties,
  'watchlist-entry': WatchlistEntryProperties,
  consignment: ConsignmentProperties,
  vessel: VesselProperties,
};

/** The JSON Schema (draft 2020-12) of a Tidewatch extension, as shipped in schemas/ (STIX-7). */
export function extensionJsonSchema(name: ExtensionName): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DEFINED_BY[name], { target: 'draft-2020-12', io: 'input' }),
    $id: `urn:tidewatch:stix:${extensionId(name)}`,
    title: `Tidewatch ${name} extension`,
  };
}
