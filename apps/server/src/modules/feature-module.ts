import type { IntelEvent } from '@tidewatch/contracts';
import type { ApiRouteGroup, RootRouteGroup } from '../http/app.ts';
import type { EventStage } from '../services/events/event-pipeline.ts';

export type { ApiRouteGroup, RootRouteGroup };

/**
 * One feature of the server as the composition root sees it: its routes, what it adds to the committed-event
 * pipeline, its listeners on the ordered stream, and its lifecycle. The root registers a list of these
 * (server.ts) and knows nothing else of any feature.
 */
export interface FeatureModule {
  readonly name: string;
  /** Mounted under /api/v1, behind authentication. */
  readonly routes?: readonly ApiRouteGroup[];
  /**
   * Mounted under /api/v1 without authentication (sign-in must work without a session). Every route in such a
   * group that acts for a principal applies the authentication middleware itself.
   */
  readonly publicRoutes?: readonly ApiRouteGroup[];
  /**
   * Mounted at the root, outside /api/v1, for protocols whose clients expect their own paths (TAXII at /taxii2).
   * Such a group authenticates and answers its errors itself, in its protocol's form.
   */
  readonly rootRoutes?: readonly RootRouteGroup[];
  /** Stages for the events this node commits (event-pipeline.ts), in order. */
  readonly eventStages?: readonly EventStage[];
  /** Told of every committed event of every node, once each, in seq order (the ordered event stream). */
  readonly streamListeners?: readonly ((events: readonly IntelEvent[]) => void)[];
  /**
   * Told of every event whose triage changed, on any node (the ordered stream carries new events, not triage):
   * the same messages that update dashboards.
   */
  readonly triageListeners?: readonly ((event: IntelEvent) => void)[];
  /** Once the node listens: socket gateways, feeds, background work. Modules start in registration order. */
  start?(): Promise<void>;
  /** On shutdown, before in-flight writes are awaited: stop producing new work. Reverse registration order. */
  stop?(): Promise<void>;
  /** On shutdown, after in-flight writes: release timers, sockets and runtimes. Reverse registration order. */
  close?(): Promise<void>;
}

/** The modules of one node, in registration order, and what the root reads off them. */
export class ModuleRegistry {
  readonly #modules: FeatureModule[] = [];

  register(module: FeatureModule): void {
    if (this.#modules.some((m) => m.name === module.name)) throw new Error(`module ${module.name} registered twice`);
    this.#modules.push(module);
  }

  get routes(): ApiRouteGroup[] {
    return this.#modules.flatMap((m) => m.routes ?? []);
  }

  get publicRoutes(): ApiRouteGroup[] {
    return this.#modules.flatMap((m) => m.publicRoutes ?? []);
  }

  get rootRoutes(): RootRouteGroup[] {
    return this.#modules.flatMap((m) => m.rootRoutes ?? []);
  }

  get eventStages(): EventStage[] {
    return this.#modules.flatMap((m) => m.eventStages ?? []);
  }

  get streamListeners(): ((events: readonly IntelEvent[]) => void)[] {
    return this.#modules.flatMap((m) => m.streamListeners ?? []);
  }

  get triageListeners(): ((event: IntelEvent) => void)[] {
    return this.#modules.flatMap((m) => m.triageListeners ?? []);
  }

  async start(): Promise<void> {
    for (const module of this.#modules) await module.start?.();
  }

  async stop(): Promise<void> {
    for (const module of [...this.#modules].reverse()) await module.stop?.();
  }

  async close(): Promise<void> {
    for (const module of [...this.#modules].reverse()) await module.close?.();
  }
}
