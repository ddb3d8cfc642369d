import { describe, expect, it } from 'vitest';
import { assessRisk, type ConsignmentFacts } from './risk.ts';

const now = new Date('2026-11-29T12:00:00Z');
const plain: ConsignmentFacts = {
  containers: ['CSQU3054383'],
  hsCodes: ['8708.29'],
  goodsDescription: 'Spare parts for motor vehicles',
  packagesKind: 'cartons',
  originLocode: 'USMIA',
  transshipmentLocodes: [],
  destinationLocode: 'BSNAS',
  carrierImo: '9074729',
  carrierMmsi: '339123456',
};

describe('cargo risk', () => {
  it('leaves an ordinary consignment green with no factors', () => {
    expect(assessRisk({ facts: plain, hits: [], behaviour: [], now })).toEqual({
      score: 0,
      lane: 'green',
      factors: [],
      assessedAt: now.toISOString(),
    });
  });

  it('explains the seeded case: pistols as household goods in barrels from Port Everglades on a vessel that went dark and met another', () => {
    const risk = assessRisk({
      facts: {
        ...plain,
        hsCodes: ['6307.90'],
        goodsDescription: 'Household goods and used clothing; 2 pistols',
        packagesKind: 'barrels',
        originLocode: 'USPEF',
        destinationLocode: 'JMKIN',
        containers: ['CSQU3054384'],
      },
      hits: [
        {
          ref: 'hit1',
          watchlist: 'JCA firearms consignees',
          field: 'consignee',
          how: 'fuzzy',
          score: 0.95,
          value: 'Dwayne Brown Imports',
        },
      ],
      behaviour: [
        { ref: 'gap1', type: 'ais_gap', summary: 'silent 7.5 h' },
        { ref: 'enc1', type: 'encounter', summary: '2.5 h with 339000001' },
      ],
      now,
    });
    expect(risk.lane).toBe('red');
    expect(risk.score).toBe(100);
    const codes = risk.factors.map((f) => f.code).sort();
    expect(codes).toEqual(
      [
        'concealment_pattern',
        'container_check_digit',
        'hs_description_mismatch',
        'vessel_ais_gap',
        'vessel_encounter',
        'watchlist_hit',
      ].sort(),
    );
    const mismatch = risk.factors.find((f) => f.code === 'hs_description_mismatch');
    expect(mismatch?.explanation).toContain('firearms');
    expect(risk.factors.find((f) => f.code === 'vessel_encounter')?.refs).toEqual(['enc1']);
  });

  it('scores declared firearms southbound from Florida as a high-risk route (yellow on its own)', () => {
    const risk = assessRisk({
      facts: {
        ...plain,
        hsCodes: ['9302.00'],
        goodsDescription: 'Pistols, licensed import',
        originLocode: 'USPEF',
        destinationLocode: 'JMKIN',
      },
      hits: [],
      behaviour: [],
      now,
    });
    expect(risk.factors.map((f) => f.code)).toEqual(['high_risk_route']);
    expect(risk.lane).toBe('yellow');
  });

  it('flags a failed IMO check digit and an unknown carrier', () => {
    expect(
      assessRisk({ facts: { ...plain, carrierImo: '9074728' }, hits: [], behaviour: [], now }).factors.map(
        (f) => f.code,
      ),
    ).toEqual(['imo_check_digit']);
    expect(
      assessRisk({
        facts: { ...plain, carrierImo: null, carrierMmsi: null },
        hits: [],
        behaviour: [],
        now,
      }).factors.map((f) => f.code),
    ).toEqual(['unknown_carrier']);
  });
});
