import type { UnitRepository } from '@tidewatch/db';
import type { VesselPicture } from '@tidewatch/domain';
import { taskRoutes, unitRoutes } from '../http/routes/operations.ts';
import type { Logger } from '../logger.ts';
import { createOperationsRuntime, type OperationsRuntime } from '../operations/operations-runtime.ts';
import type { RealtimeFanout } from '../realtime/fanout.ts';
import type { TidewatchServer } from '../realtime/types.ts';
import type { Clock } from '../services/context.ts';
import type { Scheduler } from '../time/scheduler.ts';
import type { FeatureModule } from './feature-module.ts';

export interface OperationsModule extends FeatureModule {
  runtime: OperationsRuntime;
}

/** Patrol units and their tasking (issue 16 §1-2): routes, live notices, the intercept ticker. */
export function operationsModule(options: {
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
}): OperationsModule {
  const runtime = createOperationsRuntime(options);
  return {
    name: 'operations',
    runtime,
    routes: [
      { path: '/units', routes: unitRoutes(runtime.services) },
      { path: '/tasks', routes: taskRoutes(runtime.services) },
    ],
    start: () => runtime.start(),
    close: () => runtime.close(),
  };
}
