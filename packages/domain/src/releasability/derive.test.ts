import { describe, expect, it } from 'vitest';
import { canRead, type Releasable, type Viewer } from './policy.ts';
import { deriveReleasability } from './derive.ts';

const viewer = (agency: string, groups: string[] = []): Viewer => ({ agency, groups: new Set(groups) });
const AGENCIES = ['JCA', 'JCF', 'CBP', 'USCG', 'IMPACS'];
const GROUPS: Record<string, string[]> = { JCA: ['jca-cbp-cmaa'], CBP: ['jca-cbp-cmaa'] };
const v = (a: string) => viewer(a, GROUPS[a] ?? []);

describe('deriveReleasability', () => {
  it('[REL-6] AIS (GREEN) matched against an AMBER watchlist shared with the agreement stays AMBER to the agreement', () => {
    const list: Releasable = { ownerAgency: 'JCA', tlp: 'AMBER', recipients: [], sharingGroups: ['jca-cbp-cmaa'] };
    const ais: Releasable = { ownerAgency: 'JCA', tlp: 'GREEN', recipients: [], sharingGroups: [] };
    expect(deriveReleasability([list, ais], v('JCA'))).toEqual({
      tlp: 'AMBER',
      recipients: [],
      sharingGroups: ['jca-cbp-cmaa'],
    });
  });

  it('[REL-6] keeps only recipients common to all inputs and the strictest TLP', () => {
    const a: Releasable = { ownerAgency: 'JCA', tlp: 'AMBER', recipients: ['CBP', 'USCG'], sharingGroups: [] };
    const b: Releasable = { ownerAgency: 'JCA', tlp: 'RED', recipients: ['CBP'], sharingGroups: [] };
    expect(deriveReleasability([a, b], v('JCA'))).toEqual({ tlp: 'RED', recipients: ['CBP'], sharingGroups: [] });
  });

  it('[REL-6] refuses an owner that cannot read every input', () => {
    const hidden: Releasable = { ownerAgency: 'CBP', tlp: 'AMBER', recipients: ['USCG'], sharingGroups: [] };
    expect(deriveReleasability([hidden], v('JCA'))).toBeNull();
  });

  it('[REL-6] property: whoever reads the derived item reads every input (2,000 random cases)', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    const tlps = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
    for (let i = 0; i < 2000; i++) {
      const inputs: Releasable[] = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
        const tlp = pick(tlps);
        return {
          ownerAgency: pick(AGENCIES),
          tlp,
          recipients: AGENCIES.filter(() => rnd() < 0.3),
          sharingGroups: tlp !== 'RED' && rnd() < 0.4 ? ['jca-cbp-cmaa'] : [],
        };
      });
      const owner = v(pick(AGENCIES));
      const derived = deriveReleasability(inputs, owner);
      if (derived === null) continue;
      const item: Releasable = { ownerAgency: owner.agency, ...derived };
      for (const a of AGENCIES) {
        if (canRead(v(a), item)) for (const input of inputs) expect(canRead(v(a), input)).toBe(true);
      }
    }
  });
});

describe('reachWithin', () => {
  it('[REL-6] a GREEN consignment never folds in an AMBER list; an AMBER one to the agreement folds in a list shared with it', async () => {
    const { reachWithin } = await import('./derive.ts');
    const list: Releasable = { ownerAgency: 'JCA', tlp: 'AMBER', recipients: [], sharingGroups: ['jca-cbp-cmaa'] };
    expect(reachWithin({ ownerAgency: 'JCA', tlp: 'GREEN', recipients: [], sharingGroups: [] }, list, new Set())).toBe(
      false,
    );
    expect(
      reachWithin(
        { ownerAgency: 'CBP', tlp: 'AMBER', recipients: ['JCA'], sharingGroups: ['jca-cbp-cmaa'] },
        list,
        new Set(['jca-cbp-cmaa']),
      ),
    ).toBe(true);
    expect(
      reachWithin(
        { ownerAgency: 'CBP', tlp: 'AMBER', recipients: ['USCG'], sharingGroups: [] },
        list,
        new Set(['jca-cbp-cmaa']),
      ),
    ).toBe(false);
  });
});
