import type { UnitRepository } from '@tidewatch/db';
import type { VesselPicture } from '@tidewatch/domain';
import type { ServerConfig } from '../config.ts';
import { createCotRuntime, type CotRuntime } from '../cot/cot-runtime.ts';
import type { Logger } from '../logger.ts';
import type { ServiceContext } from '../services/context.ts';
import type { OperationsServices } from '../services/operations/ops-services.ts';
import type { Scheduler } from '../time/scheduler.ts';
import type { FeatureModule } from './feature-module.ts';

export interface CotModule extends FeatureModule {
  runtime: CotRuntime;
}

/**
 * Cursor-on-Target for TAK devices (issue 16 §3, SPEC COT-*): answers undefined, and nothing listens, unless
 * COT_TCP_PORT or COT_UDP_TARGET is set.
 */
export function cotModule(options: {
  config: ServerConfig;
  ctx: ServiceContext;
  ops: OperationsServices;
  units: UnitRepository;
  picture: VesselPicture;
  scheduler: Scheduler;
  log: Logger;
}): CotModule | undefined {
  const { config } = options;
  if (config.COT_TCP_PORT === undefined && config.COT_UDP_TARGET === undefined) return undefined;
  if (config.COT_UDP_TARGET !== undefined && config.COT_UDP_AGENCY === undefined)
    throw new Error(
      'Invalid configuration:\n  COT_UDP_AGENCY: COT_UDP_TARGET needs the agency whose release it carries',
    );
  const runtime = createCotRuntime({
    ctx: options.ctx,
    ops: options.ops,
    units: options.units,
    vessels: options.picture,
    scheduler: options.scheduler,
    log: options.log,
    settings: {
      tcpPort: config.COT_TCP_PORT,
      host: config.HOST,
      udp:
        config.COT_UDP_TARGET !== undefined && config.COT_UDP_AGENCY !== undefined
          ? { target: config.COT_UDP_TARGET, agency: config.COT_UDP_AGENCY }
          : undefined,
      vesselIntervalMs: config.COT_VESSEL_INTERVAL_SECONDS * 1000,
      authTimeoutMs: config.COT_AUTH_TIMEOUT_SECONDS * 1000,
      staleAfterMs: config.VESSEL_STALE_MINUTES * 60_000,
    },
  });
  return {
    name: 'cot',
    runtime,
    streamListeners: [(events) => runtime.onCommitted(events)],
    triageListeners: [(event) => runtime.onTriaged(event)],
    start: () => runtime.start(),
    stop: () => runtime.stop(),
  };
}
