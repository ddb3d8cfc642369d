import type {
  Annotation,
  Consignment,
  IntelEvent,
  Tlp,
  VesselSummary,
  Watchlist,
  WatchlistEntry,
} from '@tidewatch/contracts';
import type { ItemKind } from './ids.ts';

/** A STIX 2.1 object as JSON: the common properties every SDO/SRO has, then whatever its type adds. */
export interface StixObject {
  type: string;
  id: string;
  spec_version?: string;
  created?: string;
  modified?: string;
  [property: string]: unknown;
}

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** An agency as the sharing layer knows it (the agencies table: code, name, country). */
export interface Agency {
  code: string;
  name: string;
  country: string;
  createdAt: string;
}

/** A vessel picture to share: the search summary plus when Tidewatch first heard of the vessel (its `created`). */
export interface SharedVessel extends VesselSummary {
  firstSeenAt: string;
}

export type LinkableKind = Exclude<ItemKind, 'link'>;

export interface ItemRef {
  kind: LinkableKind;
  id: string;
}

/**
 * An analyst's link between two items ("this seizure relates to that consignment"). Tidewatch has no stored
 * links yet; this is the shape they travel in, so federation can carry them when they land.
 */
export interface Link {
  id: string;
  /** A STIX relationship type: lower-case words joined by `-` (related-to, duplicate-of, derived-from...). */
  relationship: string;
  source: ItemRef;
  target: ItemRef;
  description: string | null;
  ownerAgency: string;
  releasability: { tlp: Tlp; recipients: string[]; sharingGroups: string[] };
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface WatchlistWithEntries {
  watchlist: Watchlist;
  entries: WatchlistEntry[];
}

/** Everything Tidewatch shares over STIX, by kind. */
export interface ShareableItems {
  agencies: Agency[];
  events: IntelEvent[];
  annotations: Annotation[];
  watchlists: WatchlistWithEntries[];
  consignments: Consignment[];
  vessels: SharedVessel[];
  links: Link[];
}
