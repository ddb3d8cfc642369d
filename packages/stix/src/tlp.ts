import { TLP_LEVELS, type Tlp } from '@tidewatch/contracts';

/** OASIS's TLP 2.0 extension (cti-stix-common-objects, extension-definition-specifications/tlp-2.0). */
export const TLP_2_0_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

const TLP_2_0_CREATED = '2022-10-01T00:00:00.000Z';

// A type alias, not an interface, so that it is assignable to the index-signature StixObject.
type TlpMarking = {
  type: 'marking-definition';
  spec_version: '2.1';
  id: string;
  created: string;
  name: string;
  extensions: Record<string, { extension_type: 'property-extension'; tlp_2_0: string }>;
};

function tlpMarking(uuid: string, name: string, level: string): TlpMarking {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: `marking-definition--${uuid}`,
    created: TLP_2_0_CREATED,
    name,
    extensions: { [TLP_2_0_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: level } },
  };
}

/** OASIS's own TLP 2.0 marking-definition objects, field for field (STIX-5). */
export const TLP_MARKINGS: Readonly<Record<Tlp, TlpMarking>> = {
  CLEAR: tlpMarking('94868c89-83c2-464b-929b-a1a8aa3c8487', 'TLP:CLEAR', 'clear'),
  GREEN: tlpMarking('bab4a63c-aed9-4cf5-a766-dfca5abac2bb', 'TLP:GREEN', 'green'),
  AMBER: tlpMarking('55d920b0-5e8b-4f79-9ee9-91f868d9b421', 'TLP:AMBER', 'amber'),
  'AMBER+STRICT': tlpMarking('939a9414-2ddd-4d32-a0cd-375ea402b003', 'TLP:AMBER+STRICT', 'amber+strict'),
  RED: tlpMarking('e828b379-4e03-4974-9ac4-e53a884c97c1', 'TLP:RED', 'red'),
};

/** STIX 2.1's built-in TLP 1.0 markings, which older producers still send; read as their TLP 2.0 successor. */
const TLP_1_0_IDS: Readonly<Record<string, Tlp>> = {
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'CLEAR',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'GREEN',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'AMBER',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'RED',
};

const TLP_BY_MARKING_ID: ReadonlyMap<string, Tlp> = new Map<string, Tlp>([
  ...TLP_LEVELS.map((tlp): [string, Tlp] => [TLP_MARKINGS[tlp].id, tlp]),
  ...Object.entries(TLP_1_0_IDS),
]);

/** Whether an id is one of the TLP markings (2.0 or 1.0) this package reads. */
export function isTlpMarkingId(id: string): boolean {
  return TLP_BY_MARKING_ID.has(id);
}

/** The TLP level of an object's markings: exactly one TLP marking, or undefined (none, or conflicting ones). */
export function tlpFromMarkingRefs(refs: readonly string[] | undefined): Tlp | undefined {
  const levels = new Set((refs ?? []).flatMap((ref) => TLP_BY_MARKING_ID.get(ref) ?? []));
  return levels.size === 1 ? [...levels][0] : undefined;
}
