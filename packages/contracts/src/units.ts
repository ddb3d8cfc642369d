import { z } from 'zod';
import { isMmsiFormat } from '@tidewatch/ais';
import { AgencyCode, EVENT_SCHEMA_VERSION, Releasability, SeizureDetails, Tlp } from './event.ts';
import { IsoDateTime } from './safe-input.ts';

/**
 * Patrol units and their tasking (issue 16 §1-2; SPEC OPSU-*). These shapes are the contract other features
 * consume (the CoT stream sends units as friendly markers and tasks as routes): add fields as optional only.
 */

export const UNIT_TYPES = ['cutter', 'interceptor', 'aircraft', 'helicopter', 'shore_team'] as const;
export const UnitType = z.enum(UNIT_TYPES);
export type UnitType = z.infer<typeof UnitType>;

export const UNIT_STATUSES = ['available', 'tasked', 'in_port', 'out_of_service'] as const;
export const UnitStatus = z.enum(UNIT_STATUSES);
export type UnitStatus = z.infer<typeof UnitStatus>;

/** Where a unit's position came from: its own AIS transponder (by MMSI), a person at a keyboard, a TAK device. */
export const UNIT_POSITION_SOURCES = ['ais', 'manual', 'tak'] as const;
export const UnitPositionSource = z.enum(UNIT_POSITION_SOURCES);
export type UnitPositionSource = z.infer<typeof UnitPositionSource>;

/** Same ageing as vessels: `stale` after VESSEL_STALE_MINUTES without a fix, `lost` after VESSEL_LOST_MINUTES. */
export const UNIT_FRESHNESS = ['live', 'stale', 'lost'] as const;
export const UnitFreshness = z.enum(UNIT_FRESHNESS);
export type UnitFreshness = z.infer<typeof UnitFreshness>;

const Timestamp = IsoDateTime();
const Mmsi = z.string().trim().refine(isMmsiFormat, 'an MMSI is exactly 9 digits');

export const UnitPosition = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Course over ground, degrees true; null when not known. */
  courseDeg: z.number().min(0).lt(360).nullable(),
  speedKn: z.number().min(0).max(1000).nullable(),
  at: Timestamp,
  source: UnitPositionSource,
});
export type UnitPosition = z.infer<typeof UnitPosition>;

export const UnitInput = z
  .object({
    callSign: z.string().trim().min(1).max(40),
    name: z.string().trim().max(120).default(''),
    type: UnitType,
    maxSpeedKn: z.number().positive().max(1000),
    enduranceH: z
      .number()
      .positive()
      .max(24 * 30),
    status: UnitStatus.default('available'),
    mmsi: Mmsi.optional(),
    /** Unit positions are often operational secrets: the label defaults to nothing, the owner chooses. */
    releasability: Releasability,
  })
  .strict();
export type UnitInput = z.input<typeof UnitInput>;
export type ParsedUnitInput = z.output<typeof UnitInput>;

/** An edit names what it changes and the version it was based on; the label is fixed once written. */
export const UnitEdit = z
  .object({
    callSign: z.string().trim().min(1).max(40).optional(),
    name: z.string().trim().max(120).optional(),
    maxSpeedKn: z.number().positive().max(1000).optional(),
    enduranceH: z
      .number()
      .positive()
      .max(24 * 30)
      .optional(),
    /** `tasked` is set by tasking only (OPSU-3). */
    status: z.enum(['available', 'in_port', 'out_of_service']).optional(),
    mmsi: Mmsi.nullable().optional(),
    baseVersion: z.number().int().positive(),
  })
  .strict();
export type UnitEdit = z.input<typeof UnitEdit>;

/** A position entered by hand (or, later, by a TAK device). */
export const UnitPositionInput = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    courseDeg: z.number().min(0).lt(360).optional(),
    speedKn: z.number().min(0).max(1000).optional(),
    at: Timestamp.optional(),
  })
  .strict();
export type UnitPositionInput = z.input<typeof UnitPositionInput>;

export const Unit = z.object({
  id: z.string().uuid(),
  ownerAgency: AgencyCode,
  callSign: z.string(),
  name: z.string(),
  type: UnitType,
  maxSpeedKn: z.number(),
  enduranceH: z.number(),
  status: UnitStatus,
  mmsi: z.string().nullable(),
  releasability: Releasability.extend({ tlp: Tlp }),
  /** The newest fix from any source (a manual entry, or the vessel picture for its MMSI); null when none. */
  position: UnitPosition.nullable(),
  freshness: UnitFreshness,
  version: z.number().int().positive(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Unit = z.infer<typeof Unit>;

export const TASK_STATES = [
  'proposed',
  'accepted',
  'declined',
  'en_route',
  'on_scene',
  'completed',
  'aborted',
] as const;
export const TaskState = z.enum(TASK_STATES);
export type TaskState = z.infer<typeof TaskState>;

export const TASK_TARGET_TYPES = ['alert', 'event', 'vessel'] as const;
export const TaskTargetType = z.enum(TASK_TARGET_TYPES);
export type TaskTargetType = z.infer<typeof TaskTargetType>;

export const TaskInput = z
  .object({
    unitId: z.string().uuid(),
    targetType: TaskTargetType,
    /** An event or alert id, or a vessel's MMSI. */
    targetId: z.string().trim().min(1).max(64),
    note: z.string().trim().max(2000).default(''),
  })
  .strict();
export type TaskInput = z.input<typeof TaskInput>;

/** What completing a task may record: the interdiction or seizure it ended in, linked to the task and target. */
export const TaskOutcomeInput = z
  .object({
    kind: z.enum(['interdiction', 'seizure']),
    title: z.string().trim().min(1).max(200),
    summary: z.string().max(4000).default(''),
    /** What was seized: required for a seizure, as on any seizure event. */
    seizure: SeizureDetails.optional(),
  })
  .strict()
  .refine((o) => (o.kind === 'seizure') === (o.seizure !== undefined), {
    path: ['seizure'],
    message: 'a seizure outcome needs seizure details, an interdiction has none',
  });
export type TaskOutcomeInput = z.input<typeof TaskOutcomeInput>;

export const TaskTransitionInput = z
  .object({
    to: TaskState,
    baseVersion: z.number().int().positive(),
    reason: z.string().trim().max(2000).optional(),
    /** Only with `to: completed`: the interdiction or seizure the task ended in (OPSU-9). */
    outcome: TaskOutcomeInput.optional(),
  })
  .strict();
export type TaskTransitionInput = z.input<typeof TaskTransitionInput>;

export const TaskIntercept = z.discriminatedUnion('possible', [
  z.object({
    possible: z.literal(true),
    etaHours: z.number().nonnegative(),
    /** When the unit meets the target at max speed, from `computedAt`. */
    eta: Timestamp,
    courseDeg: z.number(),
    distanceNm: z.number().nonnegative(),
    lat: z.number(),
    lon: z.number(),
    computedAt: Timestamp,
  }),
  z.object({
    possible: z.literal(false),
    reason: z.enum(['outrun', 'beyond_endurance', 'unit_immobile', 'no_unit_position', 'no_target_position']),
    computedAt: Timestamp,
  }),
]);
export type TaskIntercept = z.infer<typeof TaskIntercept>;

export const TaskTargetPosition = z.object({
  lat: z.number(),
  lon: z.number(),
  courseDeg: z.number().nullable(),
  speedKn: z.number().nullable(),
  at: Timestamp,
});
export type TaskTargetPosition = z.infer<typeof TaskTargetPosition>;

export const Task = z.object({
  id: z.string().uuid(),
  unitId: z.string().uuid(),
  unitCallSign: z.string(),
  unitAgency: AgencyCode,
  taskingAgency: AgencyCode,
  targetType: TaskTargetType,
  targetId: z.string(),
  targetLabel: z.string(),
  state: TaskState,
  note: z.string(),
  createdBy: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: z.number().int().positive(),
  /** The interdiction or seizure event a completed task produced. */
  outcomeEventId: z.string().nullable(),
  /** The ETA promised when the unit accepted or set off (OPSU-8). */
  etaAt: Timestamp.nullable(),
  targetPosition: TaskTargetPosition.nullable(),
  intercept: TaskIntercept,
  /** An open task whose ETA has passed without the unit on scene. */
  overdue: z.boolean(),
});
export type Task = z.infer<typeof Task>;

/** A unit this client may read was created, changed, moved or retired. */
export const UnitChangedMessage = z.object({ v: z.literal(EVENT_SCHEMA_VERSION), unit: Unit });
export type UnitChangedMessage = z.infer<typeof UnitChangedMessage>;

/** A task this client may read (OPSU-6) was created, changed state, or its intercept was recomputed. */
export const TaskChangedMessage = z.object({ v: z.literal(EVENT_SCHEMA_VERSION), task: Task });
export type TaskChangedMessage = z.infer<typeof TaskChangedMessage>;
