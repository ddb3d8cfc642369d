import { describe, expect, it } from 'vitest';
import { flagStateOf } from '@tidewatch/ais';
import { ConsignmentInput } from '@tidewatch/contracts';
import { createTraffic } from '../traffic/traffic.ts';
import { generateDemoCargo } from './consignments.ts';

describe('demo cargo', () => {
  const traffic = createTraffic({ seed: 7, vessels: 3000, startMs: Date.UTC(2026, 10, 29) });
  const cargo = generateDemoCargo({
    seed: 7,
    roster: traffic.roster(),
    scenarios: traffic.scenarios,
    now: Date.UTC(2026, 10, 29),
  });

  it('produces valid consignments, deterministically', () => {
    for (const c of cargo.consignments) expect(ConsignmentInput.safeParse(c).success, c.billOfLading).toBe(true);
    const again = generateDemoCargo({
      seed: 7,
      roster: traffic.roster(),
      scenarios: traffic.scenarios,
      now: Date.UTC(2026, 10, 29),
    });
    expect(again).toEqual(cargo);
  });

  it('seeds smuggling cases on the scenario vessels (loitering, rendezvous, dark)', () => {
    expect(cargo.cases.map((c) => c.scenario)).toEqual(['loiter', 'rendezvous', 'dark']);
    for (const c of cargo.cases) expect(traffic.scenarios.some((s) => s.mmsis.includes(c.mmsi))).toBe(true);
    const pistols = cargo.consignments.find((c) => c.billOfLading === cargo.cases[0]?.billOfLading);
    expect(pistols).toMatchObject({ originLocode: 'USPEF', destinationLocode: 'JMKIN', packages: { kind: 'barrels' } });
  });

  it("declares each carrier's flag, and only the dark case's manifest contradicts its MMSI's MID", () => {
    const midFlag = (mmsi: string | undefined) => flagStateOf(Number(mmsi))?.alpha2;
    for (const c of cargo.consignments) expect(c.carrier?.flag, c.billOfLading).toMatch(/^[A-Z]{2}$/);
    const contradicted = cargo.consignments
      .filter((c) => c.carrier?.flag !== midFlag(c.carrier?.mmsi))
      .map((c) => c.billOfLading);
    const dark = cargo.cases.find((c) => c.scenario === 'dark');
    expect(contradicted).toEqual([dark?.billOfLading]);
  });
});
