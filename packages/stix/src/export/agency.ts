import { stixIdOf } from '../kinds.ts';
import type { Agency, StixObject } from '../types.ts';
import type { AgencyExtension } from '../wire.ts';
import { envelope } from './envelope.ts';

/** An agency becomes an organisation identity; every item it owns names it as `created_by_ref` (STIX-2). */
export function agencyToStix(agency: Agency): StixObject {
  const extension: AgencyExtension = {
    extension_type: 'property-extension',
    agency_code: agency.code,
    country: agency.country,
  };
  return envelope({
    type: 'identity',
    id: stixIdOf('agency', agency.code),
    created: agency.createdAt,
    modified: agency.createdAt,
    // Who the partners are is not secret between them; the items are what releasability guards.
    tlp: 'GREEN',
    properties: { name: agency.name, identity_class: 'organization', sectors: ['government-national'] },
    extensions: [['agency', extension]],
  });
}
