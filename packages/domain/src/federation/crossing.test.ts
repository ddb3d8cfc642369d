import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tlp } from '@tidewatch/contracts';
import { canRead, type Viewer } from '../releasability/policy.ts';
import { refusalOf } from './admission.ts';
import { releasableToPartner, type FederatedItem, type PartnerView } from './crossing.ts';

const HERE = 'jm';
const US: PartnerView = {
  deployment: 'us',
  agencies: [
    { agency: 'CBP', groups: new Set(['jca-cbp-cmaa']) },
    { agency: 'USCG', groups: new Set() },
  ],
};

function item(tlp: Tlp, overrides: Partial<FederatedItem> = {}): FederatedItem {
  return { ownerAgency: 'JCA', tlp, recipients: [], sharingGroups: [], origin: null, ...overrides };
}

describe('releasableToPartner', () => {
  it('[FED-3] a partner deployment is outside the CLEAR/GREEN community: CLEAR and GREEN cross only to a named recipient or an agreement member', () => {
    for (const tlp of ['CLEAR', 'GREEN'] as const) {
      expect(releasableToPartner(item(tlp), US, HERE)).toBe(false);
      expect(releasableToPartner(item(tlp, { recipients: ['USCG'] }), US, HERE)).toBe(true);
      expect(releasableToPartner(item(tlp, { sharingGroups: ['jca-cbp-cmaa'] }), US, HERE)).toBe(true);
      expect(releasableToPartner(item(tlp, { sharingGroups: ['jm-joint-ops'] }), US, HERE)).toBe(false);
    }
  });

  it('[FED-3] AMBER crosses to a named recipient or a member of one of its agreements, nothing else', () => {
    expect(releasableToPartner(item('AMBER'), US, HERE)).toBe(false);
    expect(releasableToPartner(item('AMBER', { recipients: ['CBP'] }), US, HERE)).toBe(true);
    expect(releasableToPartner(item('AMBER', { sharingGroups: ['jca-cbp-cmaa'] }), US, HERE)).toBe(true);
    expect(releasableToPartner(item('AMBER', { recipients: ['JCF'] }), US, HERE)).toBe(false);
  });

  it('[FED-4] AMBER+STRICT and RED cross only for a named recipient agency, never through an agreement', () => {
    for (const tlp of ['AMBER+STRICT', 'RED'] as const) {
      expect(releasableToPartner(item(tlp, { sharingGroups: ['jca-cbp-cmaa'] }), US, HERE)).toBe(false);
      expect(releasableToPartner(item(tlp, { recipients: ['CBP'] }), US, HERE)).toBe(true);
      expect(releasableToPartner(item(tlp, { recipients: ['JCF'] }), US, HERE)).toBe(false);
    }
  });

  it('[FED-5] a received item goes on to a third deployment only for a named recipient it hosts', () => {
    const fromTt = { origin: 'tt', ownerAgency: 'TTCED' };
    expect(releasableToPartner(item('GREEN', { ...fromTt, sharingGroups: ['jca-cbp-cmaa'] }), US, HERE)).toBe(false);
    expect(releasableToPartner(item('CLEAR', fromTt), US, HERE)).toBe(false);
    expect(releasableToPartner(item('AMBER', { ...fromTt, recipients: ['CBP'] }), US, HERE)).toBe(true);
  });

  it('[FED-6] nothing goes back to the deployment it came from', () => {
    expect(releasableToPartner(item('RED', { origin: 'us', ownerAgency: 'CBP', recipients: ['CBP'] }), US, HERE)).toBe(
      false,
    );
  });
});

const TLPS: Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];
const AGENCIES = ['JCA', 'JCF', 'CBP', 'USCG', 'TTCED'];
const GROUPS = ['g1', 'g2', 'g3'];
const arbItem = fc
  .record({
    ownerAgency: fc.constantFrom('JCA', 'JCF'),
    tlp: fc.constantFrom(...TLPS),
    recipients: fc.uniqueArray(fc.constantFrom(...AGENCIES)),
    sharingGroups: fc.uniqueArray(fc.constantFrom(...GROUPS)),
    origin: fc.constant(null),
  })
  // REL-4: a RED item naming a sharing group is refused when written, so no deployment holds one.
  .filter((it) => it.tlp !== 'RED' || it.sharingGroups.length === 0);
const arbViewer = (agency: string) =>
  fc.uniqueArray(fc.constantFrom(...GROUPS)).map((groups): Viewer => ({ agency, groups: new Set(groups) }));
const arbPartner = fc
  .tuple(arbViewer('CBP'), arbViewer('USCG'), fc.boolean())
  .map(([cbp, uscg, both]): PartnerView => ({ deployment: 'us', agencies: both ? [cbp, uscg] : [cbp] }));

describe('releasableToPartner, every policy', () => {
  it('[FED-2] an item crosses only if one of the partner agencies may read it under canRead', () => {
    fc.assert(
      fc.property(arbItem, arbPartner, (it, partner) => {
        if (releasableToPartner(it, partner, HERE)) {
          expect(partner.agencies.some((viewer) => canRead(viewer, it))).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('[FED-7] the receiving side admits exactly what the sender was allowed to send', () => {
    const homes = new Map<string, string | null>([
      ['JCA', 'jm'],
      ['JCF', 'jm'],
      ['CBP', null],
      ['USCG', null],
    ]);
    fc.assert(
      fc.property(arbItem, arbPartner, (it, partner) => {
        const sent = releasableToPartner(it, partner, HERE);
        const refusal = refusalOf(
          { ...it, origin: HERE },
          { here: 'us', sender: HERE, localAgencies: partner.agencies, homeOf: (code) => homes.get(code) },
        );
        expect(refusal === null).toBe(sent);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('refusalOf', () => {
  const admission = {
    here: 'us',
    sender: 'jm',
    localAgencies: US.agencies,
    homeOf: (code: string) => ({ JCA: 'jm', JCF: 'jm', TTCED: 'tt', CBP: null, USCG: null })[code],
  };

  it('[FED-7] refuses an item owned by an agency its origin does not host, an echo, and an unknown owner', () => {
    expect(refusalOf(item('RED', { origin: 'jm', ownerAgency: 'TTCED', recipients: ['CBP'] }), admission)).toMatch(
      /not hosted/,
    );
    expect(refusalOf(item('RED', { origin: 'us', ownerAgency: 'CBP', recipients: ['CBP'] }), admission)).toMatch(
      /echo/,
    );
    expect(refusalOf(item('RED', { origin: 'jm', ownerAgency: 'XX', recipients: ['CBP'] }), admission)).toMatch(
      /not known/,
    );
    expect(refusalOf(item('RED', { origin: 'jm', recipients: ['CBP'] }), admission)).toBeNull();
  });

  it('[FED-7] refuses what the sender should not have sent: GREEN for nobody here, AMBER+STRICT through an agreement', () => {
    expect(refusalOf(item('GREEN', { origin: 'jm' }), admission)).toMatch(/not allowed/);
    expect(refusalOf(item('AMBER+STRICT', { origin: 'jm', sharingGroups: ['jca-cbp-cmaa'] }), admission)).toMatch(
      /not allowed/,
    );
  });

  it('[FED-5] admits a relayed item only for a named recipient here', () => {
    expect(refusalOf(item('AMBER', { origin: 'tt', ownerAgency: 'TTCED', recipients: ['CBP'] }), admission)).toBeNull();
    expect(
      refusalOf(item('GREEN', { origin: 'tt', ownerAgency: 'TTCED', sharingGroups: ['jca-cbp-cmaa'] }), admission),
    ).toMatch(/not allowed/);
  });
});
