import { AgencyCode, LOCODE_PATTERN, Releasability } from '@tidewatch/contracts';
import { describe, expect, it } from 'vitest';
import { AGENCIES, SHARING_GROUPS, groupsOf, partnersOf } from './agencies.ts';
import { destination, distanceKm, isOnJamaica } from './geo.ts';
import { PLACES, placeById } from './places.ts';

describe('places', () => {
  it('gives seaports a UN/LOCODE and keeps ids unique', () => {
    expect(new Set(PLACES.map((p) => p.id)).size).toBe(PLACES.length);
    for (const p of PLACES.filter((x) => x.kind === 'seaport')) expect(p.locode).toMatch(LOCODE_PATTERN);
    expect(placeById('kingston').locode).toBe('JMKIN');
    expect(placeById('port-everglades').locode).toBe('USPEF');
    expect(placeById('caucedo').locode).toBe('DOCAU');
  });

  it('has a Jamaica outline that holds the interior and not the banks', () => {
    for (const inland of [
      { lat: 18.04, lon: -77.5 }, // Mandeville
      { lat: 18.18, lon: -76.95 }, // Linstead area
      { lat: 18.0, lon: -76.8 }, // Half Way Tree
      { lat: 18.4, lon: -77.9 }, // behind Montego Bay
    ]) {
      expect(isOnJamaica(inland)).toBe(true);
    }
    for (const p of [placeById('pedro-bank'), placeById('morant-cays'), placeById('nassau')])
      expect(isOnJamaica(p.position)).toBe(false);
  });

  it('keeps every sea area, and every point within its scatter radius, off Jamaica', () => {
    for (const p of PLACES.filter((x) => x.kind === 'sea_area' || x.kind === 'landing_site')) {
      const centre = p.kind === 'sea_area' ? p.position : p.approach;
      expect(centre, p.id).toBeDefined();
      if (!centre) continue;
      expect(isOnJamaica(centre), p.id).toBe(false);
      // The rim, every 15 degrees: scatter falls back to the centre if it lands ashore, but it should rarely need to.
      const ashore = Array.from({ length: 24 }, (_, i) => destination(centre, i * 15, p.radiusKm ?? 0)).filter(
        isOnJamaica,
      );
      expect(ashore.length, p.id).toBeLessThanOrEqual(3);
    }
  });

  it('puts landing-site approaches close to their beach', () => {
    for (const p of PLACES.filter((x) => x.kind === 'landing_site')) {
      if (!p.approach) throw new Error(`${p.id} has no approach`);
      expect(distanceKm(p.position, p.approach), p.id).toBeLessThan(20);
    }
  });
});

describe('agencies and sharing groups', () => {
  it('uses codes and group ids the contract accepts', () => {
    for (const a of AGENCIES) expect(AgencyCode.safeParse(a.code).success).toBe(true);
    for (const g of SHARING_GROUPS) {
      expect(Releasability.safeParse({ tlp: 'AMBER', sharingGroups: [g.id] }).success).toBe(true);
      for (const m of g.members) expect(AGENCIES.map((a) => a.code)).toContain(m);
    }
    expect(new Set(AGENCIES.map((a) => a.colour)).size).toBe(AGENCIES.length);
  });

  it('models the agreements of the brief', () => {
    const members = (id: string) => [...(SHARING_GROUPS.find((g) => g.id === id)?.members ?? [])].sort();
    expect(members('jca-cbp-cmaa')).toEqual(['CBP', 'JCA']);
    expect(members('jm-joint-ops')).toEqual(['JCA', 'JCF', 'JDFCG']);
    expect(members('caribbean-fusion')).toEqual(AGENCIES.map((a) => a.code).sort());
    expect(groupsOf('CBP').map((g) => g.id)).toEqual(['jca-cbp-cmaa', 'caribbean-fusion']);
    expect(partnersOf('JCA')).not.toContain('JCA');
  });
});
