import { beforeAll, describe, expect, it } from 'vitest';
import { createAnnotationRepository, createEventRepository, createSummaryFactsRepository } from '../../src/index.ts';
import { newEvent } from '../event-repository.contract.ts';
import { at, type DbOf, storedUser, viewer } from './fixtures.ts';

// The facts are read over time windows, so this contract keeps its events to a year no other contract uses.
const YEAR = 2040;
const HOUR = 60;
const END = at(YEAR, 48 * HOUR);

export function summaryFactsContract(db: DbOf): void {
  describe('summary facts', () => {
    const stored = {
      cocaineToday: newEvent({
        occurredAt: at(YEAR, 47 * HOUR),
        tlp: 'GREEN',
        recipients: [],
        severity: 5,
        seizure: { commodity: 'cocaine', quantity: 1, unit: 'kg', estimatedValueUsd: 1000 },
      }),
      redToday: newEvent({
        occurredAt: at(YEAR, 46 * HOUR),
        tlp: 'RED',
        recipients: ['CBP'],
        severity: 4,
        seizure: { commodity: 'cocaine', quantity: 2, unit: 'kg', estimatedValueUsd: 500 },
      }),
      interdictionYesterday: newEvent({
        kind: 'interdiction',
        seizure: null,
        occurredAt: at(YEAR, 20 * HOUR),
        tlp: 'GREEN',
        recipients: [],
        severity: 2,
      }),
      darkToday: newEvent({
        kind: 'vessel_alert',
        seizure: null,
        title: 'SEA DANCER went dark',
        summary: 'AIS gap of 7 hours',
        occurredAt: at(YEAR, 40 * HOUR),
        tlp: 'GREEN',
        recipients: [],
        lat: null,
        lon: null,
      }),
      atEnd: newEvent({ occurredAt: END, tlp: 'GREEN', recipients: [], severity: 5 }),
      closedSevere: newEvent({
        occurredAt: at(YEAR, 45 * HOUR),
        tlp: 'GREEN',
        recipients: [],
        severity: 5,
        status: 'closed',
      }),
    };

    beforeAll(async () => {
      await createEventRepository(db()).insertMany(Object.values(stored));
    });

    it('[REL-8] counts per day and category only what the viewer may read, and how many of those are restricted', async () => {
      const facts = createSummaryFactsRepository(db());
      const byKey = async (agency: string) =>
        Object.fromEntries(
          (await facts.dailyCounts(viewer(agency), END, 2)).map((c) => [
            `${c.day}:${c.category}`,
            [c.n, c.valueUsd, c.restricted],
          ]),
        );
      expect(await byKey('USCG')).toEqual({
        '0:seizure:cocaine': [1, 1000, 0],
        '0:seizure:firearms': [1, 0, 0],
        '0:dark': [1, 0, 0],
        '1:interdiction': [1, 0, 0],
      });
      expect((await byKey('CBP'))['0:seizure:cocaine']).toEqual([2, 1500, 1]);
    });

    it('[REL-8] open high-severity, restricted and notable events respect releasability and the half-open period', async () => {
      const facts = createSummaryFactsRepository(db());
      const start = at(YEAR, 24 * HOUR);
      const open = await facts.openHighSeverity(viewer('CBP'), END);
      const openOutsider = await facts.openHighSeverity(viewer('USCG'), END);
      expect(open.n - openOutsider.n).toBe(1);
      expect(open.restricted - openOutsider.restricted).toBe(1);
      expect(await facts.restrictedInPeriod(viewer('CBP'), start, END)).toBe(1);
      expect(await facts.restrictedInPeriod(viewer('USCG'), start, END)).toBe(0);
      // REL-13: the marking is the strictest label among what each viewer's summary draws on.
      expect(await facts.strictestTlp(viewer('CBP'), start, END)).toBe('RED');
      expect(await facts.strictestTlp(viewer('USCG'), start, END)).not.toMatch(/^(RED|AMBER)/);
      const notable = await facts.notable(viewer('CBP'), start, END, 3);
      expect(notable.map((e) => e.id)).toEqual([stored.cocaineToday.id, stored.closedSevere.id, stored.redToday.id]);
      const points = await facts.mapPoints(viewer('USCG'), start, END, 10);
      expect(points.map((p) => p.id)).not.toContain(stored.darkToday.id);
      expect(points.map((p) => p.id)).not.toContain(stored.atEnd.id);
      expect(points[0]).toMatchObject({ id: stored.cocaineToday.id, lat: 17.97, lon: -76.79 });
    });

    it('[REL-7] the latest annotation per event is the newest one the viewer may read', async () => {
      const facts = createSummaryFactsRepository(db());
      const author = await storedUser(db(), 'JCA');
      const notes = createAnnotationRepository(db());
      const annotate = (body: string, minutes: number, tlp: string) =>
        notes.insert({
          targetType: 'event',
          targetId: stored.cocaineToday.id,
          ownerAgency: 'JCA',
          authorId: author.id,
          body,
          tags: [],
          tlp,
          recipients: [],
          sharingGroups: [],
          createdAt: at(YEAR, minutes),
          updatedAt: at(YEAR, minutes),
        });
      await annotate('older, shared', 1, 'GREEN');
      await annotate('newest, own agency only', 2, 'AMBER+STRICT');
      const latest = async (agency: string) =>
        (await facts.latestAnnotations(viewer(agency), [stored.cocaineToday.id]))[0]?.body;
      expect(await latest('JCA')).toBe('newest, own agency only');
      expect(await latest('CBP')).toBe('older, shared');
      expect(await facts.latestAnnotations(viewer('CBP'), [])).toEqual([]);
    });

    it('knows whether something of a period arrived after a time', async () => {
      const facts = createSummaryFactsRepository(db());
      const receivedAt = new Date(stored.cocaineToday.receivedAt);
      const before = new Date(receivedAt.getTime() - 1).toISOString();
      expect(await facts.arrivedLate(at(YEAR, 47 * HOUR), END, before)).toBe(true);
      expect(await facts.arrivedLate(at(YEAR, 47 * HOUR), END, stored.cocaineToday.receivedAt)).toBe(false);
    });
  });
}
