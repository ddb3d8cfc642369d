import { describe, expect, it } from 'vitest';
import { DeclaredFlagRegistry, type FlagDeclaration } from './declared-flags.ts';
import { checkMidAgainstFlag } from './mid-flag.ts';

const JAMAICAN = 339_123_456;
const GREEN = { ownerAgency: 'JCA', tlp: 'GREEN' as const, recipients: [], sharingGroups: [] };

const declaration = (over: Partial<FlagDeclaration> = {}): FlagDeclaration => ({
  flag: 'PA',
  mmsi: JAMAICAN,
  imo: null,
  source: { kind: 'consignment', id: 'c1', label: 'B/L TW1' },
  releasable: GREEN,
  ...over,
});

describe('MID against a declared flag', () => {
  it('matches a Jamaican MID declared JM, whatever the case and spacing', () => {
    expect(checkMidAgainstFlag(JAMAICAN, ' jm ')).toEqual({
      outcome: 'match',
      mid: 339,
      midFlag: 'JM',
      declaredFlag: 'JM',
    });
  });

  it('reports a mismatch with the MID, its flag and the declared flag', () => {
    expect(checkMidAgainstFlag(JAMAICAN, 'PA')).toEqual({
      outcome: 'mismatch',
      mid: 339,
      midFlag: 'JM',
      midFlagName: 'Jamaica',
      declaredFlag: 'PA',
    });
  });

  it('does not compare a MID allocated to nobody', () => {
    expect(checkMidAgainstFlag(200_123_456, 'PA')).toEqual({ outcome: 'unknown_mid', mid: 200, declaredFlag: 'PA' });
  });

  it('does not compare without a declared flag, nor for stations that are not ships', () => {
    expect(checkMidAgainstFlag(JAMAICAN, undefined)).toEqual({ outcome: 'not_compared', reason: 'no_declared_flag' });
    expect(checkMidAgainstFlag(JAMAICAN, null)).toEqual({ outcome: 'not_compared', reason: 'no_declared_flag' });
    expect(checkMidAgainstFlag(JAMAICAN, '  ')).toEqual({ outcome: 'not_compared', reason: 'no_declared_flag' });
    // 970xxyyyy is an AIS-SART: it has no MID.
    expect(checkMidAgainstFlag(970_123_456, 'PA')).toEqual({ outcome: 'not_compared', reason: 'not_a_ship' });
  });
});

describe('declared flag registry', () => {
  it('raises a mismatch once per vessel, flag and declaring agency', () => {
    const r = new DeclaredFlagRegistry();
    r.declare(declaration());
    const [first, ...rest] = r.check(JAMAICAN, null);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({
      mmsi: JAMAICAN,
      mid: 339,
      midFlag: 'JM',
      declaration: { flag: 'PA', source: { kind: 'consignment', id: 'c1' } },
    });
    expect(r.check(JAMAICAN, null)).toEqual([]);
    // A second record of the same agency declaring the same flag is the same finding.
    r.declare(declaration({ source: { kind: 'consignment', id: 'c2', label: 'B/L TW2' } }));
    expect(r.check(JAMAICAN, null)).toEqual([]);
    // Another agency's record is its own finding, under its own releasability.
    r.declare(
      declaration({
        source: { kind: 'event', id: 'e1', label: 'report' },
        releasable: { ...GREEN, ownerAgency: 'CBP', tlp: 'AMBER' },
      }),
    );
    expect(r.check(JAMAICAN, null).map((m) => m.declaration.releasable.ownerAgency)).toEqual(['CBP']);
  });

  it('raises nothing for a matching flag, a vessel without declarations or an unallocated MID', () => {
    const r = new DeclaredFlagRegistry();
    r.declare(declaration({ flag: 'jm' }));
    r.declare(declaration({ mmsi: 200_123_456, source: { kind: 'consignment', id: 'c3', label: 'B/L TW3' } }));
    expect(r.check(JAMAICAN, null)).toEqual([]);
    expect(r.check(200_123_456, null)).toEqual([]);
    expect(r.check(366_000_001, 9_074_729)).toEqual([]);
  });

  it('finds a declaration by IMO for whichever MMSI transmits that IMO', () => {
    const r = new DeclaredFlagRegistry();
    r.declare(declaration({ mmsi: null, imo: 9_074_729, flag: 'LR' }));
    expect(r.check(JAMAICAN, null)).toEqual([]);
    expect(r.check(JAMAICAN, 9_074_729).map((m) => [m.mmsi, m.midFlag, m.declaration.flag])).toEqual([
      [JAMAICAN, 'JM', 'LR'],
    ]);
  });

  it('ignores a declaration about another MMSI and one with neither MMSI nor IMO', () => {
    const r = new DeclaredFlagRegistry();
    r.declare(declaration({ mmsi: 366_000_001 }));
    r.declare(declaration({ mmsi: null, imo: null, source: { kind: 'event', id: 'e9', label: 'x' } }));
    expect(r.size).toBe(1);
    expect(r.check(JAMAICAN, null)).toEqual([]);
  });

  it('replaces and forgets by source, and stays within its capacity', () => {
    const r = new DeclaredFlagRegistry(2);
    r.declare(declaration());
    r.declare(declaration({ flag: 'JM' }));
    expect(r.declarationsOf(JAMAICAN, null).map((d) => d.flag)).toEqual(['JM']);
    r.forget('consignment', 'c1');
    expect(r.declarationsOf(JAMAICAN, null)).toEqual([]);
    for (let i = 0; i < 5; i++)
      r.declare(declaration({ mmsi: 339_000_000 + i, source: { kind: 'consignment', id: `k${i}`, label: '' } }));
    expect(r.size).toBe(2);
    expect(r.declarationsOf(339_000_000, null)).toEqual([]);
    expect(r.check(339_000_004, null)).toHaveLength(1);
  });
});
