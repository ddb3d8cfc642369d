import { eventRoutes } from '../http/routes/events.ts';
import type { FeatureModule } from './feature-module.ts';

/**
 * Intelligence events: ingest, query, export and triage under /events. The realtime fan-out of committed
 * events is cross-cutting (every module's events pass through it) and stays with the composition root.
 */
export function eventsModule(options: {
  /** The most a single ingest request may carry (the export streams, so only ingest is limited). */
  bodyLimitBytes: number;
}): FeatureModule {
  return {
    name: 'events',
    routes: [{ path: '/events', routes: eventRoutes(options.bodyLimitBytes) }],
  };
}
