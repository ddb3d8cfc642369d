import type { EventInput } from '@tidewatch/contracts';
import type { RequestContext } from '../context.ts';
import { type IngestResult, ingestEvent } from '../events/ingest-events.ts';
import type { CotEventIn } from './cot-parse.ts';

/**
 * COT-10: a TAK spot report becomes a sighting event owned by the device's agency, through the one event create
 * path (validation, its audit row in the insert's transaction, live on every dashboard that may read it).
 * It is released to the agency alone (AMBER+STRICT): a crew's spot is raw, and the agency's analysts decide
 * whether to share it, as with any report of their own.
 */
export function fileSpotReport({ ctx, spot }: { ctx: RequestContext; spot: CotEventIn }): Promise<IngestResult> {
  const title = (spot.callsign ?? '').trim() || 'TAK spot report';
  const input: EventInput = {
    kind: 'sighting_report',
    title: title.slice(0, 200),
    summary: [spot.remarks ?? '', `CoT ${spot.type} ${spot.uid} from ${ctx.actor.name}`]
      .filter((line) => line !== '')
      .join('\n')
      .slice(0, 4000),
    occurredAt: new Date(spot.timeMs).toISOString(),
    position: { lat: spot.lat, lon: spot.lon },
    ownerAgency: ctx.actor.agency,
    releasability: { tlp: 'AMBER+STRICT', recipients: [], sharingGroups: [] },
    severity: 3,
  };
  return ingestEvent({ ctx, input });
}
