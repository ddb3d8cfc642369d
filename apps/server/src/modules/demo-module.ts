import type { ServerConfig } from '../config.ts';
import type { DemoCargo } from '../demo/demo-cargo.ts';
import type { DemoTraffic } from '../demo/demo-traffic.ts';
import type { DemoWorld } from '../demo/demo-world.ts';
import type { FeedManager } from '../feeds/feed-manager.ts';
import type { Logger } from '../logger.ts';
import type { Clock, ServiceContext } from '../services/context.ts';
import { warnOfDemoCredentials } from '../services/first-run/demo-credentials.ts';
import type { DeploymentStatusSource } from '../services/first-run/deployment-status.ts';
import type { FirstRunContext } from '../services/first-run/first-run-context.ts';
import type { IntelRequestContext } from '../services/intel-context.ts';
import type { OperationsServices } from '../services/operations/ops-services.ts';
import type { Scheduler } from '../time/scheduler.ts';
import type { FeatureModule } from './feature-module.ts';

/**
 * The demo world (DEMO=on): simulated traffic on a feed like any other, a live event source with its
 * history, and cargo on the simulated fleet. Loaded only when on, so a real deployment never loads the
 * simulator; registered last, so it starts once every other module (feeds included) is up.
 */
export function demoModule(options: {
  config: ServerConfig;
  ctx: ServiceContext;
  /** The intel runtime's system context: demo cargo goes through the real ingest verb as the system actor. */
  intelSystem: IntelRequestContext;
  feeds: FeedManager;
  clock: Clock;
  log: Logger;
  firstRun: FirstRunContext;
  deployment: DeploymentStatusSource;
  /** Patrol units are seeded and moved through the operations runtime's live notices. */
  operations: OperationsServices;
  scheduler: Scheduler;
}): FeatureModule {
  const { config } = options;
  let traffic: DemoTraffic | undefined;
  let world: DemoWorld | undefined;
  let cargo: DemoCargo | undefined;
  let units: { stop(): void } | undefined;
  return {
    name: 'demo',
    async start() {
      // The simulated traffic is a feed like any other: same decoder, statistics and picture.
      if (config.DEMO_VESSELS > 0) {
        traffic = (await import('../demo/demo-traffic.ts')).startDemoTraffic({
          feeds: options.feeds,
          clock: options.clock,
          log: options.log,
          seed: config.DEMO_SEED,
          vessels: config.DEMO_VESSELS,
          speed: config.DEMO_SPEED,
        });
      }
      world = await (await import('../demo/demo-world.ts')).startDemoWorld(options.ctx, config);
      options.deployment.demoCredentials = await warnOfDemoCredentials(options.firstRun);
      units = await (await import('../demo/demo-units.ts')).startDemoUnits({
        repo: options.ctx.units,
        ops: options.operations,
        clock: options.clock,
        scheduler: options.scheduler,
        log: options.log,
      });
      if (traffic) {
        cargo = (await import('../demo/demo-cargo.ts')).startDemoCargo({
          ctx: options.intelSystem,
          traffic: traffic.traffic,
          seed: config.DEMO_SEED,
        });
      }
    },
    async stop() {
      world?.stop();
      traffic?.stop();
      cargo?.stop();
      units?.stop();
    },
  };
}
