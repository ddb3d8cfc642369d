import type { AlertStatus, AlertType, EventInput, Releasability, Subjects } from '@tidewatch/contracts';
import type { DerivedAlertRow, StoredAlertEvidence } from '@tidewatch/db';
import type { IntelRequestContext } from '../intel-context.ts';
import { ingestEvent } from '../events/ingest-events.ts';
import { toDerivedAlert } from './alert-dto.ts';

/** Everything needed to announce and store one derived alert. */
export interface AlertDraft {
  /** The producer's stable id of the occurrence (detector id, hit key): revisions share it. */
  key: string;
  type: AlertType;
  status: AlertStatus;
  eventKind: 'vessel_alert' | 'watchlist_hit' | 'cargo_alert';
  title: string;
  summary: string;
  severity: 1 | 2 | 3 | 4 | 5;
  mmsis: string[];
  startAt: number;
  endAt: number | null;
  position: { lat: number; lon: number } | null;
  parameters: Record<string, string | number | boolean | null>;
  evidence: StoredAlertEvidence;
  ownerAgency: string;
  releasability: Releasability;
  subjects?: Partial<Subjects>;
}

/** Statuses that change what an earlier announcement said: they are announced again, as a new event. */
const ANNOUNCED_REVISIONS: ReadonlySet<AlertStatus> = new Set(['revised', 'retracted']);

/**
 * Announces a derived alert as an event through the ordinary ingest verb (stored, sequenced, streamed with
 * its releasability) and keeps its parameters and evidence in derived_alerts under the event's id.
 *
 * A later state of the same occurrence (same key) updates the stored alert in place. When late data revises
 * or retracts it, a NEW event is also ingested whose summary names the earlier event id, and its id is
 * appended to the alert's `eventIds`: the stream stays append-only, every client that acted on the first
 * announcement hears of the correction, and GET /alerts/:eventId answers for either id. Closing an
 * ongoing alert (an encounter ends, a gap's vessel reappears) only updates the stored alert and is pushed
 * live as `alert:updated`, so the feed is not doubled by routine ends.
 */
export async function publishAlert({
  ctx,
  draft,
}: {
  ctx: IntelRequestContext;
  draft: AlertDraft;
}): Promise<DerivedAlertRow> {
  const at = ctx.clock.now().toISOString();
  const existing = await ctx.alerts.byKey(draft.key);
  if (!existing) {
    const { event } = await ingestEvent({ ctx, input: eventInput(draft, draft.title, draft.summary) });
    return ctx.alerts.insert({
      id: event.id,
      alertKey: draft.key,
      eventIds: [event.id],
      type: draft.type,
      status: draft.status,
      mmsis: draft.mmsis,
      startAt: new Date(draft.startAt).toISOString(),
      endAt: draft.endAt === null ? null : new Date(draft.endAt).toISOString(),
      lat: draft.position?.lat ?? null,
      lon: draft.position?.lon ?? null,
      summary: draft.summary,
      parameters: draft.parameters,
      evidence: draft.evidence,
      ownerAgency: draft.ownerAgency,
      tlp: draft.releasability.tlp,
      recipients: draft.releasability.recipients,
      sharingGroups: draft.releasability.sharingGroups,
      createdAt: at,
      updatedAt: at,
    });
  }
  let newEventId: string | null = null;
  if (ANNOUNCED_REVISIONS.has(draft.status)) {
    const verb = draft.status === 'retracted' ? 'retracted' : 'revised';
    // The earlier alert's releasability governs the correction: nobody learns of a revision they could not read.
    const input = eventInput(
      {
        ...draft,
        ownerAgency: existing.ownerAgency,
        releasability: {
          tlp: existing.tlp as Releasability['tlp'],
          recipients: existing.recipients,
          sharingGroups: existing.sharingGroups,
        },
      },
      `${draft.title} (${verb})`,
      `${verb === 'retracted' ? 'Retracts' : 'Revises'} alert ${existing.id}: ${draft.summary}`,
    );
    newEventId = (await ingestEvent({ ctx, input })).event.id;
  }
  const row = await ctx.alerts.revise(
    draft.key,
    {
      status: draft.status,
      startAt: new Date(draft.startAt).toISOString(),
      endAt: draft.endAt === null ? null : new Date(draft.endAt).toISOString(),
      summary: draft.summary,
      parameters: draft.parameters,
      evidence: draft.evidence,
      updatedAt: at,
      ...(draft.position ? { lat: draft.position.lat, lon: draft.position.lon } : {}),
    },
    newEventId,
  );
  if (!row) throw new Error(`alert ${draft.key} vanished while being revised`);
  ctx.intelRealtime.alertUpdated(toDerivedAlert(row));
  return row;
}

function eventInput(draft: AlertDraft, title: string, summary: string): EventInput {
  return {
    kind: draft.eventKind,
    title: title.slice(0, 200),
    summary: summary.slice(0, 4000),
    occurredAt: new Date(draft.startAt).toISOString(),
    ...(draft.position ? { position: draft.position } : {}),
    ownerAgency: draft.ownerAgency,
    releasability: draft.releasability,
    severity: draft.status === 'retracted' ? 1 : draft.severity,
    ...(draft.subjects
      ? { subjects: { vessels: [], containers: [], organisations: [], persons: [], ...draft.subjects } }
      : {}),
  };
}
