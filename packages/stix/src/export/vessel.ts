import { stixIdOf } from '../kinds.ts';
import type { SharedVessel, StixObject } from '../types.ts';
import type { VesselProperties } from '../wire.ts';
import { envelope, optionalTimestamp, withoutEmpty } from './envelope.ts';

/**
 * A vessel becomes a `tidewatch-vessel` object keyed by its MMSI (STIX-2). What it carries is broadcast in
 * the clear over AIS, so it is TLP:CLEAR and owned by no agency; what agencies know about a vessel travels
 * in their events, annotations and watchlists, each under its own releasability.
 */
export function vesselToStix(vessel: SharedVessel): StixObject {
  return envelope({
    type: 'tidewatch-vessel',
    id: stixIdOf('vessel', String(vessel.mmsi)),
    created: vessel.firstSeenAt,
    modified: vessel.lastReportAt ?? vessel.firstSeenAt,
    tlp: 'CLEAR',
    properties: withoutEmpty<VesselProperties>({
      mmsi: vessel.mmsi,
      imo: vessel.imo ?? undefined,
      name: vessel.name ?? undefined,
      call_sign: vessel.callSign ?? undefined,
      category: vessel.category,
      flag: vessel.flag ?? undefined,
      position: vessel.position ?? undefined,
      status: vessel.status,
      last_report_at: optionalTimestamp(vessel.lastReportAt),
    }),
    extensions: [['vessel', { extension_type: 'new-sdo' }]],
  });
}
