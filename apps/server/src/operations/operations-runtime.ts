import { EVENT_SCHEMA_VERSION, type Task } from '@tidewatch/contracts';
import type { UnitRepository, UnitRow, UnitTaskRow } from '@tidewatch/db';
import type { VesselPicture } from '@tidewatch/domain';
import type { Logger } from '../logger.ts';
import type { RealtimeFanout } from '../realtime/fanout.ts';
import type { TidewatchServer } from '../realtime/types.ts';
import type { Clock } from '../services/context.ts';
import type {
  OperationsNotifier,
  OperationsServices,
  OpsBroadcast,
  VesselFix,
} from '../services/operations/ops-services.ts';
import { targetReleasable, toTask } from '../services/operations/task-view.ts';
import { toUnit, unitReleasable } from '../services/operations/unit-view.ts';
import type { Scheduler, Timer } from '../time/scheduler.ts';

const OPS_CHANNEL = 'tw:ops';
/** OPSU-8: intercepts are recomputed, and AIS-placed units moved, once a second. */
export const INTERCEPT_TICK_MS = 1000;
/** The open tasks and AIS-placed units are re-read at least this often, whatever notices were missed. */
const RESYNC_MS = 30_000;

/** What a dashboard was last told of a task's intercept; a new message goes only when it moved enough. */
interface SentIntercept {
  possible: boolean;
  etaMs: number;
  courseDeg: number;
  overdue: boolean;
}

/**
 * The live side of units and tasks on one node: notices to its own sockets through the fan-out (which applies
 * releasability, PROTO-5) and to the other nodes; a one-second ticker that moves AIS-placed units and
 * recomputes the intercept of every open task as the unit and the target move (each node holds the whole
 * vessel picture, so each computes for its own sockets and nothing crosses nodes per tick).
 */
export function createOperationsRuntime(options: {
  io: TidewatchServer;
  fanout: RealtimeFanout;
  clustered: boolean;
  picture: VesselPicture;
  repo: UnitRepository;
  clock: Clock;
  scheduler: Scheduler;
  log: Logger;
  staleAfterMs: number;
  lostAfterMs: number;
}) {
  const { io, fanout, picture, repo, clock, log } = options;
  let openTasks: { task: UnitTaskRow; unit: UnitRow }[] = [];
  let aisUnits: UnitRow[] = [];
  const unitFixSent = new Map<string, number>();
  const interceptSent = new Map<string, SentIntercept>();
  /** The refresh under way, if any: notices during it ask for one more rather than running two at once. */
  let refreshing: Promise<void> | undefined;
  let busy = false;
  let refreshAgain = false;

  function fixOf(mmsi: string): VesselFix | undefined {
    const vessel = picture.get(Number(mmsi));
    if (!vessel?.hasPosition || vessel.status === 'lost') return undefined;
    return {
      lat: vessel.lat,
      lon: vessel.lon,
      courseDeg: vessel.cog,
      speedKn: vessel.sog,
      atMs: vessel.positionAt,
      stale: vessel.status === 'stale',
    };
  }

  const local = (msg: OpsBroadcast): void => {
    switch (msg.kind) {
      case 'unit':
        fanout.toReaders([msg.releasable], 'unit:changed', { v: EVENT_SCHEMA_VERSION, unit: msg.unit });
        return;
      case 'task':
        // OPSU-6: a task goes to the sockets that may read both its unit and its target.
        fanout.toReaders([msg.unit, msg.target], 'task:changed', { v: EVENT_SCHEMA_VERSION, task: msg.task });
        remember(msg.task);
        return;
      case 'tasks':
        scheduleRefresh();
        return;
    }
  };
  io.on(OPS_CHANNEL, (msg: OpsBroadcast) => local(msg));
  const send = (msg: OpsBroadcast): void => {
    local(msg);
    if (options.clustered) io.serverSideEmit(OPS_CHANNEL, msg);
  };

  const notifier: OperationsNotifier = {
    unitChanged: (unit, releasable) => {
      send({ kind: 'unit', unit, releasable });
      // A moved or edited unit changes the intercepts of its tasks and maybe which units AIS places.
      send({ kind: 'tasks' });
    },
    taskChanged: (task, parts) => send({ kind: 'task', task, unit: parts.unit, target: parts.target }),
    tasksChanged: () => send({ kind: 'tasks' }),
  };

  const services: OperationsServices = {
    fixOf,
    staleAfterMs: options.staleAfterMs,
    lostAfterMs: options.lostAfterMs,
    notifier,
  };

  function remember(task: Task): void {
    const i = task.intercept;
    interceptSent.set(task.id, {
      possible: i.possible,
      etaMs: i.possible ? Date.parse(i.eta) : 0,
      courseDeg: i.possible ? i.courseDeg : 0,
      overdue: task.overdue,
    });
  }

  /** Worth telling: it became (im)possible, the ETA moved by 15 s or more, the course by a degree or more. */
  function moved(task: Task): boolean {
    const last = interceptSent.get(task.id);
    const i = task.intercept;
    if (!last) return true;
    if (last.possible !== i.possible || last.overdue !== task.overdue) return true;
    if (!i.possible) return false;
    const turn = Math.abs(((i.courseDeg - last.courseDeg + 540) % 360) - 180);
    return Math.abs(Date.parse(i.eta) - last.etaMs) >= 15_000 || turn >= 1;
  }

  async function refresh(): Promise<void> {
    const [tasks, units] = await Promise.all([repo.listOpenTasks(), repo.listAll()]);
    openTasks = tasks;
    aisUnits = units.filter((u) => u.mmsi !== null);
    const open = new Set(tasks.map((t) => t.task.id));
    for (const id of interceptSent.keys()) if (!open.has(id)) interceptSent.delete(id);
  }

  function scheduleRefresh(): void {
    if (busy) {
      refreshAgain = true;
      return;
    }
    busy = true;
    refreshing = refresh()
      .catch((err: unknown) => log.warn({ err }, 'operations: reading open tasks failed; retrying at the next resync'))
      .finally(() => {
        busy = false;
        if (refreshAgain) {
          refreshAgain = false;
          scheduleRefresh();
        }
      });
  }

  /** One second's work: AIS-placed units that moved, and intercepts that moved enough to tell. */
  function tick(): void {
    const nowMs = clock.now().getTime();
    for (const row of aisUnits) {
      const fix = row.mmsi === null ? undefined : fixOf(row.mmsi);
      if (!fix || (unitFixSent.get(row.id) ?? Number.NEGATIVE_INFINITY) >= fix.atMs) continue;
      unitFixSent.set(row.id, fix.atMs);
      local({ kind: 'unit', unit: toUnit(row, services, nowMs), releasable: unitReleasable(row) });
    }
    recompute(nowMs);
  }

  /** Every open task's intercept as of `nowMs`; answers how many were sent. Exposed for the benchmark. */
  function recompute(nowMs: number): number {
    let sent = 0;
    for (const { task, unit } of openTasks) {
      const dto = toTask(task, unit, services, nowMs);
      if (!moved(dto)) continue;
      remember(dto);
      fanout.toReaders([unitReleasable(unit), targetReleasable(task)], 'task:changed', {
        v: EVENT_SCHEMA_VERSION,
        task: dto,
      });
      sent++;
    }
    return sent;
  }

  let ticker: Timer | undefined;
  let resync: Timer | undefined;
  return {
    services,
    recompute,
    async start(): Promise<void> {
      await refresh();
      ticker = options.scheduler.setInterval(tick, INTERCEPT_TICK_MS).unref();
      resync = options.scheduler.setInterval(scheduleRefresh, RESYNC_MS).unref();
    },
    async close(): Promise<void> {
      options.scheduler.clear(ticker);
      options.scheduler.clear(resync);
      io.removeAllListeners(OPS_CHANNEL);
      await refreshing;
    },
  };
}

export type OperationsRuntime = ReturnType<typeof createOperationsRuntime>;
