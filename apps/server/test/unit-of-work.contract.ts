import { randomUUID } from 'node:crypto';
import { count, eq, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntelEvent } from '@tidewatch/contracts';
import { schema } from '@tidewatch/db';
import type { RunningServer } from '../src/index.ts';
import type { Actor } from '../src/auth/actor.ts';
import { publishAlert, type AlertDraft } from '../src/services/alerts/publish-alert.ts';
import { ingestConsignments } from '../src/services/cargo/ingest-consignments.ts';
import { systemContext, type IntelRequestContext } from '../src/services/intel-context.ts';

/** Rows the database refuses, so a verb fails part-way through with its earlier writes already made. */
const REFUSING_TRIGGERS = [
  sql`CREATE OR REPLACE FUNCTION tw_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by the unit-of-work test'; END $$`,
  sql`CREATE TRIGGER tw_test_refuse_alert BEFORE INSERT ON derived_alerts FOR EACH ROW
      WHEN (NEW.alert_key LIKE 'refuse:%') EXECUTE FUNCTION tw_test_refuse()`,
  sql`CREATE TRIGGER tw_test_refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW
      WHEN (NEW.actor_name = 'refused.analyst') EXECUTE FUNCTION tw_test_refuse()`,
];

/** The verb failed because the trigger refused its row (drizzle wraps the database's error as its cause). */
async function expectRefusedByTrigger(verb: Promise<unknown>): Promise<void> {
  const failure = await verb.then(
    () => undefined,
    (err: unknown) => err,
  );
  const messages: string[] = [];
  for (let err = failure; err instanceof Error; err = err.cause) messages.push(err.message);
  expect(messages.join(' / ')).toContain('refused by the unit-of-work test');
}

const analyst = (name: string): Actor => ({
  kind: 'user',
  id: randomUUID(),
  name,
  displayName: name,
  role: 'analyst',
  agency: 'JCA',
  sessionHash: 'unused',
  csrfToken: 'unused',
  sessionEndsAt: Date.now() + 3_600_000,
});

const consignment = (billOfLading: string) => ({
  billOfLading,
  ownerAgency: 'JCA',
  releasability: { tlp: 'GREEN' },
  containers: ['CSQU3054384'],
  shipper: { name: 'Kingston Wharf Traders', country: 'US' },
  consignee: { name: 'Harbour Street Imports', country: 'JM' },
  hsCodes: ['6309.00'],
  goodsDescription: 'Used clothing',
  originLocode: 'USMIA',
  destinationLocode: 'JMKIN',
  carrier: { name: 'CARIB TRADER' },
});

function draft(key: string, title: string): AlertDraft {
  const now = Date.now();
  return {
    key,
    type: 'ais_gap',
    status: 'ongoing',
    eventKind: 'vessel_alert',
    title,
    summary: 'AIS silent for 9 h',
    severity: 3,
    mmsis: ['339400004'],
    startAt: now - 9 * 3_600_000,
    endAt: null,
    position: null,
    parameters: {},
    evidence: { tracks: [], matches: [], subject: null, watchlistId: null, entryId: null, areaId: null },
    ownerAgency: 'JCA',
    releasability: { tlp: 'GREEN', recipients: [], sharingGroups: [] },
  };
}

/**
 * ARCH-2: a verb, its audit rows and its notifications commit together. The same assertions run on embedded
 * PGlite and on PostgreSQL. Each failure is made by the database itself (a trigger refusing one row), after
 * the verb has already written something, so a verb that was not one unit would leave that write behind and
 * would have told the stream about it.
 */
export function unitOfWorkContract(backend: string, start: () => Promise<RunningServer>, stop: () => Promise<void>) {
  describe(`[ARCH-2] a verb is one unit of work (${backend})`, () => {
    let server: RunningServer;
    const published: IntelEvent[] = [];
    const consignmentsTold: string[] = [];

    beforeAll(async () => {
      server = await start();
      for (const statement of REFUSING_TRIGGERS) await server.database.db.execute(statement);
    });
    afterAll(stop);

    /** The node's real context, watched where its notifications leave it. */
    function contextOf(actor: Actor | 'system'): IntelRequestContext {
      const base = { ...server.ctx, ...server.intel.services };
      const watched = {
        ...base,
        publisher: { publish: (events: readonly IntelEvent[]) => void published.push(...events) },
        intelRealtime: {
          ...base.intelRealtime,
          consignmentChanged: (c: { billOfLading: string }) => void consignmentsTold.push(c.billOfLading),
        },
      };
      if (actor === 'system') return systemContext(watched);
      return { ...watched, actor, viewer: { agency: actor.agency, groups: new Set<string>() } };
    }

    const rowsWhere = async (table: PgTable, condition: SQL | undefined): Promise<number> => {
      const [row] = await server.database.db.select({ n: count() }).from(table).where(condition);
      return row?.n ?? 0;
    };
    const eventsTitled = (title: string) => rowsWhere(schema.events, eq(schema.events.title, title));
    const consignmentsBilled = (bill: string) =>
      rowsWhere(schema.consignments, eq(schema.consignments.billOfLading, bill));
    const auditRowsBy = (actorName: string) => rowsWhere(schema.auditLog, eq(schema.auditLog.actorName, actorName));

    it('publishes an alert: its event and its stored alert commit together, and the event is streamed after', async () => {
      const title = `Gap ${randomUUID()}`;
      const row = await publishAlert({ ctx: contextOf('system'), draft: draft(`ok:${randomUUID()}`, title) });
      expect(await eventsTitled(title)).toBe(1);
      expect(published.filter((e) => e.title === title).map((e) => e.id)).toEqual([row.id]);
    });

    it('a failing alert store rolls its announcing event back and streams nothing', async () => {
      const title = `Refused gap ${randomUUID()}`;
      await expectRefusedByTrigger(
        publishAlert({ ctx: contextOf('system'), draft: draft(`refuse:${randomUUID()}`, title) }),
      );
      expect(await eventsTitled(title)).toBe(0);
      expect(published.filter((e) => e.title === title)).toEqual([]);
    });

    it('ingests consignments with their audit rows written in the same transaction, told after commit', async () => {
      const bill = `UOW-${randomUUID().slice(0, 8)}`;
      const result = await ingestConsignments({
        ctx: contextOf(analyst('accepted.analyst')),
        records: [{ line: 1, value: consignment(bill) }],
      });
      expect(result.errors).toEqual([]);
      expect(await consignmentsBilled(bill)).toBe(1);
      // Written by the verb's own transaction, not by the trail's half-second batch.
      expect(await auditRowsBy('accepted.analyst')).toBe(1);
      expect(consignmentsTold).toContain(bill);
    });

    it('an audit write that fails rolls the consignments back and tells nobody', async () => {
      const bill = `UOW-${randomUUID().slice(0, 8)}`;
      await expectRefusedByTrigger(
        ingestConsignments({
          ctx: contextOf(analyst('refused.analyst')),
          records: [{ line: 1, value: consignment(bill) }],
        }),
      );
      expect(await consignmentsBilled(bill)).toBe(0);
      expect(await auditRowsBy('refused.analyst')).toBe(0);
      expect(consignmentsTold).not.toContain(bill);
    });

    it('the node keeps working after a rolled-back unit', async () => {
      const title = `After ${randomUUID()}`;
      await publishAlert({ ctx: contextOf('system'), draft: draft(`ok:${randomUUID()}`, title) });
      expect(await eventsTitled(title)).toBe(1);
    });
  });
}
