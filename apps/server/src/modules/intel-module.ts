import { intelRoutes } from '../http/routes/intel-routes.ts';
import { startIntel, type IntelOptions, type IntelRuntime } from '../intel/intel-runtime.ts';
import type { FeatureModule } from './feature-module.ts';

export interface IntelModule extends FeatureModule {
  runtime: IntelRuntime;
}

/** Watchlists, live matching, detectors, alerts and cargo (issue 5) as one module of the node. */
export async function intelModule(options: IntelOptions): Promise<IntelModule> {
  const runtime = await startIntel(options);
  return {
    name: 'intel',
    runtime,
    routes: intelRoutes(runtime.services),
    // Every event this node commits is matched against the watchlists (derived alerts are skipped there).
    eventStages: [{ name: 'watchlist matching', accept: (events) => runtime.onEvents(events) }],
    // Declared flags come from every node's events (the stream delivers them all, holes filled from the database).
    streamListeners: [(events) => runtime.onCommitted(events)],
    close: () => runtime.close(),
  };
}
