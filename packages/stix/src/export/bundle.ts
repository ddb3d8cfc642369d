import { TLP_LEVELS } from '@tidewatch/contracts';
import { tidewatchUuid } from '../ids.ts';
import { EXTENSION_DEFINITIONS, TIDEWATCH_IDENTITY } from '../published.ts';
import { TLP_MARKINGS } from '../tlp.ts';
import type { ShareableItems, StixBundle, StixObject } from '../types.ts';
import { agencyToStix } from './agency.ts';
import { annotationToStix } from './annotation.ts';
import { consignmentToStix } from './consignment.ts';
import { eventToStix } from './event.ts';
import { linkToStix } from './link.ts';
import { vesselToStix } from './vessel.ts';
import { watchlistToStix } from './watchlist.ts';

/** The Tidewatch items as STIX objects, without the markings and definitions a bundle adds. */
export function itemsToStix(items: Partial<ShareableItems>): StixObject[] {
  return [
    ...(items.agencies ?? []).map(agencyToStix),
    ...(items.events ?? []).flatMap(eventToStix),
    ...(items.annotations ?? []).map(annotationToStix),
    ...(items.watchlists ?? []).flatMap(({ watchlist, entries }) => watchlistToStix(watchlist, entries)),
    ...(items.consignments ?? []).map(consignmentToStix),
    ...(items.vessels ?? []).map(vesselToStix),
    ...(items.links ?? []).map(linkToStix),
  ];
}

/**
 * A STIX 2.1 bundle of the items, with the five TLP 2.0 markings, Tidewatch's identity and its extension
 * definitions always included, so a consumer needs nothing else to read it (STIX-5, STIX-7). The bundle id
 * is derived from the ids and versions inside it: exporting the same versions twice gives the same bundle.
 */
export function toStixBundle(items: Partial<ShareableItems>): StixBundle {
  const objects = uniqueById([
    ...TLP_LEVELS.map((tlp) => TLP_MARKINGS[tlp]),
    TIDEWATCH_IDENTITY,
    ...EXTENSION_DEFINITIONS,
    ...itemsToStix(items),
  ]);
  const fingerprint = objects
    .map((o) => `${o.id}@${o.modified ?? o.created ?? ''}`)
    .sort()
    .join('\n');
  return { type: 'bundle', id: `bundle--${tidewatchUuid(fingerprint)}`, objects };
}

function uniqueById(objects: readonly StixObject[]): StixObject[] {
  const seen = new Map<string, StixObject>();
  for (const object of objects) if (!seen.has(object.id)) seen.set(object.id, object);
  return [...seen.values()];
}
