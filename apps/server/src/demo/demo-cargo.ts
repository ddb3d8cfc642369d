import { generateDemoCargo, type Traffic } from '@tidewatch/simulator';
import type { IntelRequestContext } from '../services/intel-context.ts';
import { ingestConsignments } from '../services/cargo/ingest-consignments.ts';
import { rescoreConsignment } from '../services/cargo/consignment-verbs.ts';

export interface DemoCargo {
  stop(): void;
}

const RESCORE_MS = 5 * 60_000;

/**
 * Consignments on the simulated fleet, ingested through the same verb as a real manifest feed (idempotent by
 * bill of lading, so a restart adds nothing twice). The seeded smuggling cases are rescored every few
 * minutes: their carriers' gaps, encounters and loitering happen hours into the demo and raise their lanes.
 */
export function startDemoCargo({
  ctx,
  traffic,
  seed,
}: {
  ctx: IntelRequestContext;
  traffic: Traffic;
  seed: number;
}): DemoCargo {
  const cargo = generateDemoCargo({
    seed,
    roster: traffic.roster(),
    scenarios: traffic.scenarios,
    now: ctx.clock.now().getTime(),
  });
  const caseBills = new Set(cargo.cases.map((c) => c.billOfLading));
  let caseIds: string[] = [];
  const ready = ingestConsignments({ ctx, records: cargo.consignments.map((value, i) => ({ line: i + 1, value })) })
    .then((result) => {
      caseIds = result.created.filter((r) => caseBills.has(r.billOfLading)).map((r) => r.id);
      ctx.log.info(
        { consignments: result.created.length, refused: result.errors.length, cases: cargo.cases.map((c) => c.story) },
        'demo cargo loaded',
      );
    })
    .catch((err: unknown) => ctx.log.error({ err }, 'demo cargo refused'));
  const timer = setInterval(() => {
    void ready.then(async () => {
      for (const id of caseIds)
        await rescoreConsignment({ ctx, id }).catch((err: unknown) => ctx.log.warn({ err, id }, 'demo rescore failed'));
    });
  }, RESCORE_MS);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
    },
  };
}
