import type { Task, Unit } from '@tidewatch/contracts';
import type { Releasable } from '@tidewatch/domain';

/** A vessel's latest fix in the live picture, as the units and tasking services read it. */
export interface VesselFix {
  lat: number;
  lon: number;
  courseDeg: number | null;
  speedKn: number | null;
  atMs: number;
  /** A stale vessel is dead-reckoned no further: it is held at its last fix. */
  stale: boolean;
}

/** Live side effects of units and tasks; the realtime side filters per socket on every node (OPSU-2, OPSU-6). */
export interface OperationsNotifier {
  unitChanged(unit: Unit, releasable: Releasable): void;
  taskChanged(task: Task, parts: { unit: Releasable; target: Releasable }): void;
  /** A task opened, changed state or closed: every node refreshes its set of open tasks. */
  tasksChanged(): void;
}

/** What the operations verbs need beyond the service context: the vessel picture, ageing, live updates. */
export interface OperationsServices {
  fixOf(mmsi: string): VesselFix | undefined;
  /** VESSEL_STALE_MINUTES and VESSEL_LOST_MINUTES, in ms: units age like vessels. */
  staleAfterMs: number;
  lostAfterMs: number;
  notifier: OperationsNotifier;
}

/** What nodes exchange so each can tell its own sockets (the fan-out filters per socket there). */
export type OpsBroadcast =
  | { kind: 'unit'; unit: Unit; releasable: Releasable }
  | { kind: 'task'; task: Task; unit: Releasable; target: Releasable }
  | { kind: 'tasks' };
