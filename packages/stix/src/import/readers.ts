import {
  Annotation,
  Consignment,
  IntelEvent,
  VesselSummary,
  Watchlist,
  WatchlistEntry,
  type AnnotationTargetType,
} from '@tidewatch/contracts';
import { z } from 'zod';
import type { ItemKind } from '../ids.ts';
import { stixIdOf } from '../kinds.ts';
import type { Agency, Link, SharedVessel, StixObject } from '../types.ts';
import {
  AgencyExtension,
  AnnotationExtension,
  ConsignmentProperties,
  EventExtension,
  LinkExtension,
  NewSdoExtension,
  VesselProperties,
  WatchlistEntryProperties,
  WatchlistProperties,
} from '../wire.ts';
import { type Read, fail, ok, parseWith } from './errors.ts';
import { type Envelope, checkIdentity, readEnvelope, readExtension, readOwned, wireReleasability } from './envelope.ts';

/** The rebuilt item must also be a valid Tidewatch item, by the same contract the REST API holds (STIX-12). */
function asContract<T>(schema: z.ZodType<T>, value: unknown): Read<T> {
  return parseWith(schema, value, 'tidewatch');
}

const IncidentProperties = z.looseObject({ name: z.string().min(1), description: z.string().optional() });

export function readEvent(object: StixObject): Read<IntelEvent> {
  const envelope = readEnvelope(object);
  if (!envelope.ok) return envelope;
  const props = parseWith(IncidentProperties, object, '');
  if (!props.ok) return props;
  const ext = readExtension(envelope.value, 'event', EventExtension);
  if (!ext.ok) return ext;
  const owned = readOwned(envelope.value, object.id, 'event', ext.value.event_id);
  if (!owned.ok) return owned;
  const e = ext.value;
  return asContract(IntelEvent, {
    v: e.schema_version,
    id: e.event_id,
    seq: e.seq,
    kind: e.kind,
    title: props.value.name,
    summary: props.value.description ?? '',
    occurredAt: e.occurred_at,
    reportedAt: e.reported_at,
    receivedAt: e.received_at,
    position: e.position ?? null,
    place: e.place ?? null,
    ownerAgency: owned.value.releasability.owner_agency,
    releasability: wireReleasability(owned.value),
    severity: e.severity,
    grading: e.grading ?? null,
    subjects: {
      vessels: (e.vessels ?? []).map((v) => ({
        mmsi: v.mmsi,
        imo: v.imo,
        name: v.name,
        callSign: v.call_sign,
        flag: v.flag,
      })),
      containers: e.containers ?? [],
      organisations: e.organisations ?? [],
      persons: e.persons ?? [],
    },
    seizure:
      e.seizure === undefined
        ? null
        : {
            commodity: e.seizure.commodity,
            quantity: e.seizure.quantity,
            unit: e.seizure.unit,
            estimatedValueUsd: e.seizure.estimated_value_usd,
            hsCode: e.seizure.hs_code,
            origin: e.seizure.origin,
            destination: e.seizure.destination,
          },
    status: e.status,
    assigneeId: e.assignee_id ?? null,
    version: e.version,
  });
}

const TARGET_KIND: Readonly<Record<AnnotationTargetType, ItemKind>> = {
  event: 'event',
  vessel: 'vessel',
  consignment: 'consignment',
  watchlist_entry: 'watchlist-entry',
};

const NoteProperties = z.looseObject({
  content: z.string(),
  authors: z.array(z.string()).length(1),
  object_refs: z.array(z.string()).length(1),
  labels: z.array(z.string()).optional(),
  revoked: z.boolean().optional(),
});

export function readAnnotation(object: StixObject): Read<Annotation> {
  const envelope = readEnvelope(object);
  if (!envelope.ok) return envelope;
  const props = parseWith(NoteProperties, object, '');
  if (!props.ok) return props;
  const ext = readExtension(envelope.value, 'annotation', AnnotationExtension);
  if (!ext.ok) return ext;
  const owned = readOwned(envelope.value, object.id, 'annotation', ext.value.annotation_id);
  if (!owned.ok) return owned;
  const a = ext.value;
  if (props.value.object_refs[0] !== stixIdOf(TARGET_KIND[a.target_type], a.target_id))
    return fail('object_refs', `does not name the annotation's target ${a.target_type} ${a.target_id}`);
  return asContract(Annotation, {
    id: a.annotation_id,
    targetType: a.target_type,
    targetId: a.target_id,
    ownerAgency: owned.value.releasability.owner_agency,
    author: { id: a.author_id, name: props.value.authors[0] },
    body: props.value.content,
    tags: props.value.labels ?? [],
    grading: a.grading ?? null,
    releasability: wireReleasability(owned.value),
    version: a.version,
    createdAt: envelope.value.created,
    updatedAt: envelope.value.modified,
    deleted: props.value.revoked === true,
  });
}

const IdentityProperties = z.looseObject({ name: z.string().min(1) });

export function readAgency(object: StixObject): Read<Agency> {
  const envelope = readEnvelope(object);
  if (!envelope.ok) return envelope;
  const props = parseWith(IdentityProperties, object, '');
  if (!props.ok) return props;
  const ext = readExtension(envelope.value, 'agency', AgencyExtension);
  if (!ext.ok) return ext;
  const identity = checkIdentity(object.id, 'agency', ext.value.agency_code);
  if (identity) return { ok: false, faults: [identity] };
  return ok({
    code: ext.value.agency_code,
    name: props.value.name,
    country: ext.value.country,
    createdAt: envelope.value.created,
  });
}

const RelationshipProperties = z.looseObject({
  relationship_type: z.string().regex(/^[a-z0-9-]+$/),
  source_ref: z.string(),
  target_ref: z.string(),
  description: z.string().optional(),
});

export function readLink(object: StixObject): Read<Link> {
  const envelope = readEnvelope(object);
  if (!envelope.ok) return envelope;
  const props = parseWith(RelationshipProperties, object, '');
  if (!props.ok) return props;
  const ext = readExtension(envelope.value, 'link', LinkExtension);
  if (!ext.ok) return ext;
  const owned = readOwned(envelope.value, object.id, 'link', ext.value.link_id);
  if (!owned.ok) return owned;
  const { source, target } = ext.value;
  if (props.value.source_ref !== stixIdOf(source.kind, source.id))
    return fail('source_ref', `is not the STIX id of ${source.kind} ${source.id}`);
  if (props.value.target_ref !== stixIdOf(target.kind, target.id))
    return fail('target_ref', `is not the STIX id of ${target.kind} ${target.id}`);
  return ok({
    id: ext.value.link_id,
    relationship: props.value.relationship_type,
    source,
    target,
    description: props.value.description ?? null,
    ownerAgency: owned.value.releasability.owner_agency,
    releasability: wireReleasability(owned.value),
    createdAt: envelope.value.created,
    updatedAt: envelope.value.modified,
    version: ext.value.version,
  });
}

/** The envelope and type-specific properties of one of Tidewatch's custom objects (new SDOs). */
function readCustom<T>(
  object: StixObject,
  name: 'watchlist' | 'watchlist-entry' | 'consignment' | 'vessel',
  properties: z.ZodType<T>,
): Read<{ envelope: Envelope; props: T }> {
  const envelope = readEnvelope(object);
  if (!envelope.ok) return envelope;
  const marker = readExtension(envelope.value, name, NewSdoExtension);
  if (!marker.ok) return marker;
  const props = parseWith(properties, object, '');
  if (!props.ok) return props;
  return ok({ envelope: envelope.value, props: props.value });
}

export function readWatchlist(object: StixObject): Read<Watchlist> {
  const read = readCustom(object, 'watchlist', WatchlistProperties);
  if (!read.ok) return read;
  const { envelope, props } = read.value;
  const owned = readOwned(envelope, object.id, 'watchlist', props.watchlist_id);
  if (!owned.ok) return owned;
  const w = props;
  return asContract(Watchlist, {
    id: w.watchlist_id,
    name: w.name,
    description: w.description ?? '',
    ownerAgency: owned.value.releasability.owner_agency,
    releasability: wireReleasability(owned.value),
    createdBy: w.created_by,
    createdAt: envelope.created,
    updatedAt: envelope.modified,
    retiredAt: w.retired_at ?? null,
    version: w.version,
    entryCount: w.entry_count,
  });
}

export function readWatchlistEntry(object: StixObject): Read<WatchlistEntry> {
  const read = readCustom(object, 'watchlist-entry', WatchlistEntryProperties);
  if (!read.ok) return read;
  const { envelope, props } = read.value;
  const owned = readOwned(envelope, object.id, 'watchlist-entry', props.entry_id);
  if (!owned.ok) return owned;
  const e = props;
  if (e.watchlist_ref !== stixIdOf('watchlist', e.watchlist_id))
    return fail('watchlist_ref', `is not the STIX id of watchlist ${e.watchlist_id}`);
  return asContract(WatchlistEntry, {
    id: e.entry_id,
    watchlistId: e.watchlist_id,
    kind: e.kind,
    mmsi: e.mmsi ?? null,
    imo: e.imo ?? null,
    name: e.name ?? null,
    callSign: e.call_sign ?? null,
    containerNumber: e.container_number ?? null,
    country: e.country ?? null,
    reason: e.reason,
    addedBy: e.added_by,
    addedAt: envelope.created,
    expiresAt: e.expires_at ?? null,
    retiredAt: e.retired_at ?? null,
    updatedAt: envelope.modified,
    version: e.version,
  });
}

export function readConsignment(object: StixObject): Read<Consignment> {
  const read = readCustom(object, 'consignment', ConsignmentProperties);
  if (!read.ok) return read;
  const { envelope, props } = read.value;
  const owned = readOwned(envelope, object.id, 'consignment', props.consignment_id);
  if (!owned.ok) return owned;
  const c = props;
  return asContract(Consignment, {
    id: c.consignment_id,
    billOfLading: c.bill_of_lading,
    ownerAgency: owned.value.releasability.owner_agency,
    releasability: wireReleasability(owned.value),
    containers: c.containers ?? [],
    shipper: c.shipper,
    consignee: c.consignee,
    notifyParty: c.notify_party ?? null,
    hsCodes: c.hs_codes ?? [],
    goodsDescription: c.goods_description,
    packages: c.packages ?? null,
    grossWeightKg: c.gross_weight_kg ?? null,
    originLocode: c.origin_locode,
    transshipmentLocodes: c.transshipment_locodes ?? [],
    destinationLocode: c.destination_locode,
    carrier: c.carrier,
    voyage: c.voyage ?? null,
    etd: c.etd ?? null,
    eta: c.eta ?? null,
    status: c.movement_status,
    risk: {
      score: c.risk.score,
      lane: c.risk.lane,
      factors: c.risk.factors.map((f) => ({ ...f, refs: f.refs ?? [] })),
      assessedAt: c.risk.assessed_at,
    },
    movements: (c.movements ?? []).map((m) => ({
      id: m.movement_id,
      kind: m.kind,
      at: m.at,
      locode: m.locode ?? null,
      note: m.note ?? null,
      recordedBy: m.recorded_by,
      recordedAt: m.recorded_at,
    })),
    createdAt: envelope.created,
    updatedAt: envelope.modified,
  });
}

export function readVessel(object: StixObject): Read<SharedVessel> {
  const read = readCustom(object, 'vessel', VesselProperties);
  if (!read.ok) return read;
  const { envelope, props } = read.value;
  const v = props;
  const identity = checkIdentity(object.id, 'vessel', String(v.mmsi));
  if (identity) return { ok: false, faults: [identity] };
  const summary = asContract(VesselSummary, {
    mmsi: v.mmsi,
    name: v.name ?? null,
    callSign: v.call_sign ?? null,
    imo: v.imo ?? null,
    category: v.category,
    flag: v.flag ?? null,
    position: v.position ?? null,
    status: v.status,
    lastReportAt: v.last_report_at ?? null,
  });
  if (!summary.ok) return summary;
  return ok({ ...summary.value, firstSeenAt: envelope.created });
}
