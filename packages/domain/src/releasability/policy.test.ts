import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TLP_LEVELS } from '@tidewatch/contracts';
import { oracleMayRead } from '../../../../test/support/releasability-oracle.ts';
import { canRead, stricterTlp } from './policy.ts';

const AGENCIES = ['JCA', 'JCF', 'CBP', 'USCG', 'IMPACS'] as const;
const GROUPS = new Map<string, readonly string[]>([
  ['jca-cbp-cmaa', ['JCA', 'CBP']],
  ['jm-joint-ops', ['JCA', 'JCF']],
]);
const groupsOf = (agency: string) => new Set([...GROUPS].filter(([, m]) => m.includes(agency)).map(([g]) => g));

const item = fc.record({
  owner: fc.constantFrom(...AGENCIES),
  tlp: fc.constantFrom(...TLP_LEVELS),
  recipients: fc.uniqueArray(fc.constantFrom(...AGENCIES), { maxLength: 3 }),
  groups: fc.uniqueArray(fc.constantFrom(...GROUPS.keys()), { maxLength: 2 }),
});

describe('releasability policy (canRead)', () => {
  it('[REL-1][REL-2][REL-3][REL-4] agrees with the spec oracle on 10,000 random policies and every viewer', () => {
    fc.assert(
      fc.property(item, fc.constantFrom(...AGENCIES), (i, viewer) => {
        const mine = canRead(
          { agency: viewer, groups: groupsOf(viewer) },
          { ownerAgency: i.owner, tlp: i.tlp, recipients: i.recipients, sharingGroups: i.groups },
        );
        expect(mine).toBe(oracleMayRead(viewer, GROUPS, i));
      }),
      { numRuns: 10_000, seed: 20261129 },
    );
  });

  it('[REL-4] a RED item never reaches an agency through a sharing group', () => {
    const viewer = { agency: 'CBP', groups: new Set(['jca-cbp-cmaa']) };
    expect(canRead(viewer, { ownerAgency: 'JCA', tlp: 'RED', recipients: [], sharingGroups: ['jca-cbp-cmaa'] })).toBe(
      false,
    );
    expect(canRead(viewer, { ownerAgency: 'JCA', tlp: 'RED', recipients: ['CBP'], sharingGroups: [] })).toBe(true);
  });

  it('[REL-3] an AMBER item never reaches a non-recipient agency', () => {
    expect(
      canRead(
        { agency: 'USCG', groups: new Set() },
        { ownerAgency: 'JCA', tlp: 'AMBER', recipients: ['CBP'], sharingGroups: ['jca-cbp-cmaa'] },
      ),
    ).toBe(false);
  });

  it('[REL-6] the stricter of two labels wins', () => {
    expect(stricterTlp('GREEN', 'AMBER')).toBe('AMBER');
    expect(stricterTlp('RED', 'AMBER+STRICT')).toBe('RED');
    expect(stricterTlp('CLEAR', 'CLEAR')).toBe('CLEAR');
  });
});
