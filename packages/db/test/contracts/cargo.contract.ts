import { describe, expect, it } from 'vitest';
import { createCargoRepository, type NewConsignmentRow } from '../../src/index.ts';
import { at, type DbOf, ids, unique, viewer } from './fixtures.ts';

const YEAR = 2036;

export function cargoContract(db: DbOf): void {
  describe('cargo', () => {
    const consignment = (overrides: Partial<NewConsignmentRow> = {}): NewConsignmentRow => ({
      billOfLading: unique('BL'),
      ownerAgency: 'JCA',
      tlp: 'GREEN',
      recipients: [],
      sharingGroups: [],
      containers: ['CSQU3054383'],
      shipper: { name: 'Acme Exports' },
      consignee: { name: 'Harbour Imports' },
      hsCodes: ['9306'],
      goodsDescription: 'machine parts',
      originLocode: 'USMIA',
      transshipmentLocodes: [],
      destinationLocode: 'JMKIN',
      status: 'booked',
      riskScore: 10,
      lane: 'green',
      risk: { score: 10, lane: 'green', factors: [], assessedAt: at(YEAR) },
      createdBy: 'u',
      createdAt: at(YEAR),
      updatedAt: at(YEAR),
      ...overrides,
    });

    it("a bill resubmitted by its agency returns the stored consignment; another agency's same bill is its own", async () => {
      const repo = createCargoRepository(db());
      const row = consignment();
      const [first] = await repo.insertMany([row], 'u', at(YEAR));
      const [again, other] = await repo.insertMany(
        [
          { ...row, goodsDescription: 'changed' },
          { ...row, ownerAgency: 'CBP' },
        ],
        'u',
        at(YEAR),
      );
      expect(first?.created).toBe(true);
      expect(again).toEqual({ row: first?.row, created: false });
      expect(other?.created).toBe(true);
      expect(other?.row.id).not.toBe(first?.row.id);
      const movements = await repo.movementsOf([first?.row.id ?? '']);
      expect(movements.map((m) => [m.kind, m.locode])).toEqual([['booked', 'USMIA']]);
    });

    it('[REL-9] searches readable consignments by lane, score, carrier and text, riskiest first', async () => {
      const repo = createCargoRepository(db());
      const tag = unique('cg');
      const mmsi = unique('3');
      const results = await repo.insertMany(
        [
          consignment({ goodsDescription: `${tag} 50%_off`, riskScore: 80, lane: 'red', carrierMmsi: mmsi }),
          consignment({ goodsDescription: `${tag} plain`, riskScore: 40, lane: 'yellow' }),
          consignment({
            shipper: { name: `${tag} shipper` },
            riskScore: 90,
            lane: 'red',
            tlp: 'RED',
            recipients: ['CBP'],
          }),
        ],
        'u',
        at(YEAR),
      );
      const [red, yellow, secret] = results.map((r) => r.row.id);
      expect(ids(await repo.search(viewer('USCG'), { q: tag, limit: 10 }))).toEqual([red, yellow]);
      expect(ids(await repo.search(viewer('CBP'), { q: tag, limit: 10 }))).toEqual([secret, red, yellow]);
      expect(ids(await repo.search(viewer('CBP'), { q: tag, lanes: ['yellow'], limit: 10 }))).toEqual([yellow]);
      expect(ids(await repo.search(viewer('CBP'), { q: tag, minScore: 80, limit: 10 }))).toEqual([secret, red]);
      expect(ids(await repo.search(viewer('CBP'), { mmsi, limit: 10 }))).toEqual([red]);
      expect(ids(await repo.search(viewer('CBP'), { q: `${tag} 50%_`, limit: 10 }))).toEqual([red]);
      expect(ids(await repo.search(viewer('CBP'), { q: `${tag} 5_%`, limit: 10 }))).toEqual([]);
      expect(await repo.getVisible(secret ?? '', viewer('USCG'))).toBeUndefined();
      expect((await repo.byId(secret ?? ''))?.tlp).toBe('RED');
    });

    it('a movement updates status and change time; movements and risk come back as stored', async () => {
      const repo = createCargoRepository(db());
      const [created] = await repo.insertMany([consignment({ carrierFlag: 'PA' })], 'u', at(YEAR));
      const id = created?.row.id ?? '';
      await repo.addMovement(
        {
          consignmentId: id,
          kind: 'arrived',
          at: at(YEAR, 60),
          locode: 'JMKIN',
          note: null,
          recordedBy: 'u',
          recordedAt: at(YEAR, 61),
        },
        'arrived',
      );
      await repo.addMovement(
        {
          consignmentId: id,
          kind: 'departed',
          at: at(YEAR, 30),
          locode: 'USMIA',
          note: 'late entry',
          recordedBy: 'u',
          recordedAt: at(YEAR, 62),
        },
        null,
      );
      expect((await repo.movementsOf([id])).map((m) => m.kind)).toEqual(['booked', 'departed', 'arrived']);
      const stored = await repo.byId(id);
      expect(stored?.status).toBe('arrived');
      expect(new Date(stored?.updatedAt ?? '').toISOString()).toBe(at(YEAR, 62));
      const risk = { score: 75, lane: 'red' as const, factors: [], assessedAt: at(YEAR, 63) };
      expect(await repo.saveRisk(id, risk, at(YEAR, 63))).toMatchObject({ riskScore: 75, lane: 'red', risk });
      expect(ids(await repo.withCarrierFlag(1))).toEqual([id]);
    });
  });
}
