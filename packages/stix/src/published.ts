import { publishedId } from './ids.ts';
import { TLP_MARKINGS } from './tlp.ts';
import type { StixObject } from './types.ts';

/**
 * What Tidewatch publishes about itself in every bundle: its identity (the author of the extension
 * definitions) and one extension-definition per Tidewatch extension or custom object type (STIX-7).
 * Fixed timestamps: these objects change only with a new extension version.
 */
const PUBLISHED_AT = '2026-12-07T00:00:00.000Z';

export const TIDEWATCH_IDENTITY: StixObject = {
  type: 'identity',
  spec_version: '2.1',
  id: publishedId('identity', 'tidewatch'),
  created: PUBLISHED_AT,
  modified: PUBLISHED_AT,
  name: 'Tidewatch',
  description: 'Maritime and customs intelligence platform; publisher of the Tidewatch STIX extensions.',
  identity_class: 'system',
  object_marking_refs: [TLP_MARKINGS.CLEAR.id],
};

export type ExtensionName =
  | 'releasability'
  | 'event'
  | 'annotation'
  | 'agency'
  | 'link'
  | 'watchlist'
  | 'watchlist-entry'
  | 'consignment'
  | 'vessel';

interface ExtensionSpec {
  title: string;
  description: string;
  kind: 'property-extension' | 'new-sdo';
}

const EXTENSIONS: Readonly<Record<ExtensionName, ExtensionSpec>> = {
  releasability: {
    title: 'Tidewatch releasability',
    description:
      'Owner agency, named recipient agencies and sharing groups of a Tidewatch item: the releasability TLP cannot express. Applies to every object Tidewatch shares.',
    kind: 'property-extension',
  },
  event: {
    title: 'Tidewatch event',
    description:
      'The fields of a Tidewatch event (kind, times, position, severity, grading, subjects, seizure details, triage) on the incident that carries it.',
    kind: 'property-extension',
  },
  annotation: {
    title: 'Tidewatch annotation',
    description: 'Target, author, grading and version of a Tidewatch annotation, on the note that carries it.',
    kind: 'property-extension',
  },
  agency: {
    title: 'Tidewatch agency',
    description: 'The agency code and country of a Tidewatch agency, on its identity.',
    kind: 'property-extension',
  },
  link: {
    title: 'Tidewatch link',
    description: 'The Tidewatch items a relationship joins (kind and id of each end) and its version.',
    kind: 'property-extension',
  },
  watchlist: {
    title: 'Tidewatch watchlist',
    description: 'A shared list of vessels, containers, organisations and persons of interest.',
    kind: 'new-sdo',
  },
  'watchlist-entry': {
    title: 'Tidewatch watchlist entry',
    description: 'One subject on a Tidewatch watchlist, with the reason it is listed.',
    kind: 'new-sdo',
  },
  consignment: {
    title: 'Tidewatch consignment',
    description: 'A shipment under one bill of lading: parties, goods, route, carrier, movements and risk score.',
    kind: 'new-sdo',
  },
  vessel: {
    title: 'Tidewatch vessel',
    description: 'A vessel identified by its MMSI, with its identity and last known position from AIS.',
    kind: 'new-sdo',
  },
};

export const EXTENSION_NAMES = Object.keys(EXTENSIONS).filter((name): name is ExtensionName => name in EXTENSIONS);

// Derived once: a UUIDv5 costs tens of microseconds, and every object names several extensions.
const EXTENSION_IDS: ReadonlyMap<ExtensionName, string> = new Map(
  EXTENSION_NAMES.map((name) => [name, publishedId('extension-definition', name)]),
);

export function extensionId(name: ExtensionName): string {
  return EXTENSION_IDS.get(name) ?? publishedId('extension-definition', name);
}

/** Where the JSON Schema of an extension is shipped (in this package, under schemas/). */
export function extensionSchemaFile(name: ExtensionName): string {
  return `${name}.json`;
}

function extensionDefinition(name: ExtensionName): StixObject {
  const spec = EXTENSIONS[name];
  return {
    type: 'extension-definition',
    spec_version: '2.1',
    id: extensionId(name),
    created: PUBLISHED_AT,
    modified: PUBLISHED_AT,
    created_by_ref: TIDEWATCH_IDENTITY.id,
    name: spec.title,
    description: spec.description,
    schema: `JSON Schema (draft 2020-12) shipped with Tidewatch as @tidewatch/stix/schemas/${extensionSchemaFile(name)}`,
    version: '1.0.0',
    extension_types: [spec.kind],
    object_marking_refs: [TLP_MARKINGS.CLEAR.id],
  };
}

export const EXTENSION_DEFINITIONS: readonly StixObject[] = EXTENSION_NAMES.map(extensionDefinition);

const PUBLISHED_IDS: ReadonlySet<string> = new Set([TIDEWATCH_IDENTITY.id, ...EXTENSION_DEFINITIONS.map((d) => d.id)]);

/** Whether an object is one Tidewatch publishes about itself (re-derived on every export, so never imported). */
export function isPublishedObject(id: string): boolean {
  return PUBLISHED_IDS.has(id);
}
