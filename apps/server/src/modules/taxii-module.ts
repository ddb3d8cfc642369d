import { createTaxiiRepository, type Db } from '@tidewatch/db';
import { eventStixIds } from '@tidewatch/stix';
import type { Logger } from '../logger.ts';
import type { ServiceContext } from '../services/context.ts';
import { cursorCodec, type CursorCodec } from '../services/taxii/cursor.ts';
import { TAXII_API_ROOT, taxiiRoutes } from '../http/taxii/taxii-routes.ts';
import { taxiiConnectionRoutes } from '../http/routes/taxii-connection.ts';
import type { FeatureModule } from './feature-module.ts';

/** Where TAXII clients find the server (discovery), outside /api/v1 as TAXII clients expect. */
export const TAXII_PATH = '/taxii2';

/** Rows filled per statement when stix_ids of older events are backfilled at start. */
const BACKFILL_BATCH = 2000;

/**
 * TAXII 2.1 at /taxii2/ (issue 15 s.2, SPEC TAXII-*): Tidewatch's events as STIX 2.1 for other sharing tools,
 * read under the same releasability rule as every other path, and an inbox per agency.
 */
export function taxiiModule(options: {
  ctx: ServiceContext;
  db: Db;
  maxContentLength: number;
  log: Logger;
}): FeatureModule {
  const taxii = createTaxiiRepository(options.db);
  let codec: Promise<CursorCodec> | undefined;
  // Read once per node, on first use (the first node to ask creates the deployment's key).
  const cursors = () => {
    codec ??= taxii.cursorKey().then(cursorCodec);
    codec.catch(() => {
      codec = undefined;
    });
    return codec;
  };
  let stopped = false;
  let backfill: Promise<void> = Promise.resolve();
  return {
    name: 'taxii',
    routes: [
      {
        path: '/taxii',
        routes: taxiiConnectionRoutes({ discovery: `${TAXII_PATH}/`, apiRoot: `${TAXII_PATH}/${TAXII_API_ROOT}/` }),
      },
    ],
    rootRoutes: [
      {
        path: TAXII_PATH,
        routes: taxiiRoutes({
          ctx: options.ctx,
          services: { taxii, cursors, maxContentLength: options.maxContentLength },
          log: options.log,
          basePath: TAXII_PATH,
        }),
      },
    ],
    async start() {
      // Events stored before stix_ids existed get theirs in the background; match[id] finds them once done.
      backfill = (async () => {
        let filled = 0;
        for (let n = BACKFILL_BATCH; n > 0 && !stopped; filled += n)
          n = await taxii.backfillStixIds(BACKFILL_BATCH, eventStixIds);
        if (filled > 0) options.log.info({ filled }, 'TAXII: STIX ids of earlier events filled in');
      })().catch((err: unknown) =>
        options.log.warn({ err }, 'TAXII: STIX id backfill stopped; it resumes at the next start'),
      );
    },
    async stop() {
      stopped = true;
      await backfill;
    },
  };
}
