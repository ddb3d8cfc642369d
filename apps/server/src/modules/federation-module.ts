import { createEventChangeRepository, createFederationRepository, type Db } from '@tidewatch/db';
import { CommitSignal } from '../federation/commit-signal.ts';
import { FederationLinks } from '../federation/federation-links.ts';
import type { LinkSettings } from '../federation/partner-link.ts';
import { federationFeedRoutes, partnerAdminRoutes } from '../http/routes/federation.ts';
import type { Logger } from '../logger.ts';
import type { ServiceContext } from '../services/context.ts';
import type { Scheduler } from '../time/scheduler.ts';
import type { FeatureModule } from './feature-module.ts';

export interface FederationModule extends FeatureModule {
  links: FederationLinks;
}

/**
 * Federation between Tidewatch deployments (SPEC FED-*): the feed partners pull (public route group with its own
 * partner credential), the Partners administration, and one pulling link per partner, started with the node.
 * The ordered event stream wakes the feed's long polls, so a commit reaches a waiting partner at once.
 */
export function federationModule(options: {
  ctx: ServiceContext;
  db: Db;
  latestSeq: number;
  scheduler: Scheduler;
  log: Logger;
  settings: LinkSettings;
}): FederationModule {
  const { ctx, scheduler, log, settings } = options;
  const repo = createFederationRepository(options.db);
  const signal = new CommitSignal(options.latestSeq, scheduler);
  const links = new FederationLinks({ ctx, repo, scheduler, log, settings });
  return {
    name: 'federation',
    links,
    publicRoutes: [
      {
        path: '/federation',
        routes: federationFeedRoutes({
          ctx,
          repo,
          changes: createEventChangeRepository(options.db),
          here: settings.here,
          commits: signal,
        }),
      },
    ],
    routes: [
      {
        path: '/admin/partners',
        routes: partnerAdminRoutes({ repo, here: settings.here, linksChanged: (id) => links.changed(id) }),
      },
    ],
    streamListeners: [
      (events) => {
        const last = events.at(-1);
        if (last) signal.committed(last.seq);
      },
    ],
    start: () => links.start(),
    async stop() {
      signal.wakeAll();
      await links.stop();
    },
  };
}
