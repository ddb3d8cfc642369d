import { describe, expect, it } from 'vitest';
import { canRead, type Releasable } from './policy.ts';
import { releaseIssuesWithin } from './within-target.ts';

const strict: Releasable = {
  ownerAgency: 'JCA',
  tlp: 'AMBER+STRICT',
  recipients: ['CBP'],
  sharingGroups: ['jca-cbp-cmaa'],
};

describe('releaseIssuesWithin', () => {
  it('[REL-5][REL-11] refuses a label looser than the parent, naming the field', () => {
    expect(releaseIssuesWithin({ tlp: 'GREEN', recipients: [], sharingGroups: [] }, strict)).toEqual([
      { path: 'releasability.tlp', message: expect.stringMatching(/AMBER\+STRICT or stricter/) },
    ]);
    expect(
      releaseIssuesWithin({ tlp: 'AMBER', recipients: ['JCA'], sharingGroups: [] }, strict).map((i) => i.path),
    ).toEqual(['releasability.tlp']);
    expect(releaseIssuesWithin({ tlp: 'RED', recipients: ['JCA'], sharingGroups: [] }, strict)).toEqual([]);
  });

  it('[REL-7][REL-11] refuses recipients and groups the parent does not name', () => {
    const issues = releaseIssuesWithin(
      { tlp: 'AMBER+STRICT', recipients: ['JCA', 'USCG'], sharingGroups: ['jca-cbp-cmaa', 'caribbean-fusion'] },
      strict,
    );
    expect(issues.map((i) => i.path)).toEqual(['releasability.recipients.1', 'releasability.sharingGroups.1']);
    const red: Releasable = { ...strict, tlp: 'RED', sharingGroups: [] };
    expect(
      releaseIssuesWithin(
        { tlp: 'AMBER+STRICT', recipients: [], sharingGroups: ['jca-cbp-cmaa'] },
        { ...strict, tlp: 'AMBER+STRICT' },
      ),
    ).toEqual([]);
    expect(releaseIssuesWithin({ tlp: 'RED', recipients: ['CBP'], sharingGroups: [] }, red)).toEqual([]);
  });

  it('[REL-7] whatever it accepts, every agency that reads the child reads the parent', () => {
    const agencies = ['JCA', 'CBP', 'JCF', 'USCG'];
    const groupsOf = (a: string) => new Set(a === 'JCA' || a === 'CBP' ? ['jca-cbp-cmaa'] : []);
    const tlps = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
    const subsets = <T>(xs: readonly T[]): T[][] =>
      xs.reduce<T[][]>((acc, x) => acc.concat(acc.map((s) => [...s, x])), [[]]);
    for (const parentTlp of tlps) {
      for (const parentRecipients of subsets(['CBP', 'JCF'])) {
        const parent: Releasable = {
          ownerAgency: 'JCA',
          tlp: parentTlp,
          recipients: parentRecipients,
          sharingGroups: parentTlp === 'RED' ? [] : ['jca-cbp-cmaa'],
        };
        for (const tlp of tlps) {
          for (const recipients of subsets(agencies.filter((a) => a !== 'CBP'))) {
            for (const sharingGroups of subsets(['jca-cbp-cmaa', 'other'])) {
              const child = { ownerAgency: 'CBP', tlp, recipients, sharingGroups };
              if (releaseIssuesWithin(child, parent).length > 0) continue;
              for (const agency of agencies) {
                const viewer = { agency, groups: groupsOf(agency) };
                if (agency !== 'CBP' && canRead(viewer, child))
                  expect(
                    canRead(viewer, parent),
                    `${agency} reads ${JSON.stringify(child)} on ${JSON.stringify(parent)}`,
                  ).toBe(true);
              }
            }
          }
        }
      }
    }
  });
});
