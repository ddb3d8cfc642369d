import { EventInput, type EventInput as EventInputType } from '@tidewatch/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARING_GROUPS, groupsOf, partnersOf, type AgencyCode } from '../agencies.ts';
import { isOnJamaica } from '../geo.ts';
import { FLAG_STATES } from '../identifiers.ts';
import { PLACES } from '../places.ts';
import { uuidv7Time } from '../uuid.ts';
import { generateHistory } from './history.ts';
import { SEA_PLACE_LABELS } from './locate.ts';
import { localDay, weekday } from './rhythm.ts';

const NOW = new Date('2026-11-29T15:00:00Z');
const DAYS = 90;
const SEED = 20261129;
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let events: EventInputType[];
let elapsedMs = 0;

beforeAll(() => {
  const started = performance.now();
  events = generateHistory({ seed: SEED, now: NOW, days: DAYS });
  elapsedMs = performance.now() - started;
});

const share = (predicate: (e: EventInputType) => boolean): number => events.filter(predicate).length / events.length;
const countBy = <K>(items: readonly EventInputType[], key: (e: EventInputType) => K): Map<K, number> => {
  const map = new Map<K, number>();
  for (const e of items) map.set(key(e), (map.get(key(e)) ?? 0) + 1);
  return map;
};
const owner = (e: EventInputType): AgencyCode => {
  const code = e.ownerAgency;
  const known = ['JCA', 'JCF', 'JDFCG', 'CBP', 'USCG', 'IMPACS'] as const;
  const match = known.find((k) => k === code);
  if (!match) throw new Error(`unknown owner ${code}`);
  return match;
};

describe('generateHistory', () => {
  it('produces events that all parse as EventInput', () => {
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      const parsed = EventInput.safeParse(e);
      if (!parsed.success) throw new Error(`${e.title}: ${JSON.stringify(parsed.error.issues)}`);
    }
  });

  it('is deterministic by seed and now', () => {
    expect(generateHistory({ seed: SEED, now: NOW, days: DAYS })).toEqual(events);
    const other = generateHistory({ seed: SEED + 1, now: NOW, days: DAYS });
    const ids = new Set(events.map((e) => e.id));
    expect(other.some((e) => ids.has(e.id))).toBe(false);
    expect(other.map((e) => e.title).slice(0, 20)).not.toEqual(events.map((e) => e.title).slice(0, 20));
  });

  it('re-generates the same events, with the same ids, where two windows overlap', () => {
    const later = new Date(NOW.getTime() + 36 * 3_600_000);
    const shifted = generateHistory({ seed: SEED, now: later, days: DAYS });
    const overlapStart = later.getTime() - DAYS * 86_400_000;
    const inOverlap = (list: EventInputType[]) =>
      list
        .filter((e) => Date.parse(e.occurredAt) >= overlapStart && Date.parse(e.occurredAt) <= NOW.getTime())
        .map((e) => e.id);
    expect(inOverlap(shifted)).toEqual(inOverlap(events));
  });

  it('gives unique UUIDv7 ids that encode the time of the event', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const e of events) {
      expect(e.id).toMatch(UUID_V7);
      expect(uuidv7Time(e.id ?? '')).toBe(Date.parse(e.occurredAt));
    }
  });

  it('keeps times inside the window, reported after they occurred, oldest first', () => {
    const start = NOW.getTime() - DAYS * 86_400_000;
    let previous = 0;
    for (const e of events) {
      const occurred = Date.parse(e.occurredAt);
      const reported = Date.parse(e.reportedAt ?? '');
      expect(occurred).toBeGreaterThanOrEqual(start);
      expect(occurred).toBeLessThanOrEqual(NOW.getTime());
      expect(reported).toBeGreaterThanOrEqual(occurred);
      expect(reported).toBeLessThanOrEqual(NOW.getTime());
      expect(reported - occurred).toBeLessThan(13 * 3_600_000);
      expect(occurred).toBeGreaterThanOrEqual(previous);
      previous = occurred;
    }
  });

  it('averages 20-40 events a day, covers every day, and has a weekly rhythm and surges', () => {
    const perDay = events.length / DAYS;
    expect(perDay).toBeGreaterThanOrEqual(20);
    expect(perDay).toBeLessThanOrEqual(40);
    const byDay = countBy(events, (e) => localDay(Date.parse(e.occurredAt)));
    const first = localDay(NOW.getTime() - DAYS * 86_400_000);
    for (let day = first + 1; day < localDay(NOW.getTime()); day++)
      expect(byDay.get(day) ?? 0, `day ${day}`).toBeGreaterThan(5);
    const counts = [...byDay.values()].sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    expect(Math.max(...counts)).toBeGreaterThan(1.5 * median);

    // Cargo work happens on weekdays: Sunday has far fewer cargo alerts than an average weekday.
    const cargo = events.filter((e) => e.kind === 'cargo_alert');
    const byWeekday = countBy(cargo, (e) => weekday(localDay(Date.parse(e.occurredAt))));
    const weekdayMean = [1, 2, 3, 4, 5].reduce((sum, d) => sum + (byWeekday.get(d) ?? 0), 0) / 5;
    expect(byWeekday.get(0) ?? 0).toBeLessThan(weekdayMean / 2);
  });

  it('mixes all six kinds in plausible shares, with owners that fit the kind', () => {
    const kinds = countBy(events, (e) => e.kind);
    for (const kind of ['seizure', 'interdiction', 'sighting_report', 'vessel_alert', 'cargo_alert', 'watchlist_hit']) {
      expect((kinds.get(kind) ?? 0) / events.length, kind).toBeGreaterThan(0.05);
    }
    for (const e of events) {
      if (e.kind === 'interdiction') expect(['JDFCG', 'USCG', 'JCF']).toContain(e.ownerAgency);
      if (e.kind === 'cargo_alert') expect(['JCA', 'CBP']).toContain(e.ownerAgency);
      if (e.seizure?.hsCode) expect(['JCA', 'CBP']).toContain(e.ownerAgency);
      if (e.seizure?.commodity === 'firearms') expect(e.seizure.hsCode).toMatch(/^930[23]/);
      if (e.seizure?.commodity === 'ammunition') expect(e.seizure.hsCode).toMatch(/^9306/);
    }
    const commodities = countBy(events, (e) => e.seizure?.commodity);
    for (const c of ['firearms', 'ammunition', 'cocaine', 'cannabis', 'cash'] as const)
      expect(commodities.get(c) ?? 0, c).toBeGreaterThan(10);
  });

  it('distributes TLP realistically: mostly GREEN and AMBER, some CLEAR, AMBER+STRICT and RED', () => {
    expect(share((e) => e.releasability.tlp === 'GREEN' || e.releasability.tlp === 'AMBER')).toBeGreaterThan(0.6);
    for (const tlp of ['CLEAR', 'AMBER+STRICT', 'RED'] as const) {
      const s = share((e) => e.releasability.tlp === tlp);
      expect(s, tlp).toBeGreaterThan(0.02);
      expect(s, tlp).toBeLessThan(0.2);
    }
  });

  it('[REL] never lists the owner as a recipient and releases only within its agreements', () => {
    for (const e of events) {
      const { tlp, recipients = [], sharingGroups = [] } = e.releasability;
      const me = owner(e);
      expect(recipients).not.toContain(me);
      expect(new Set(recipients).size).toBe(recipients.length);
      const partners = partnersOf(me);
      for (const r of recipients) expect(partners, `${me} -> ${r}`).toContain(r);
      const mine = groupsOf(me).map((g) => g.id);
      for (const g of sharingGroups) {
        expect(SHARING_GROUPS.map((x) => x.id)).toContain(g);
        expect(mine, `${me} via ${g}`).toContain(g);
      }
      if (tlp === 'RED' || tlp === 'AMBER+STRICT') {
        expect(recipients.length).toBeGreaterThan(0);
        expect(sharingGroups).toEqual([]);
      }
      if (tlp === 'AMBER') expect(recipients.length + sharingGroups.length).toBeGreaterThan(0);
    }
  });

  it('skews severity: mostly 2-3, a few 5s', () => {
    expect(share((e) => e.severity === 2 || e.severity === 3)).toBeGreaterThan(0.55);
    const fives = share((e) => e.severity === 5);
    expect(fives).toBeGreaterThan(0.005);
    expect(fives).toBeLessThan(0.1);
  });

  it('puts sea events at sea and never on Jamaica', () => {
    const atSea = events.filter((e) => e.place !== undefined && SEA_PLACE_LABELS.has(e.place));
    expect(atSea.length).toBeGreaterThan(events.length * 0.25);
    for (const e of events) {
      if (e.kind === 'interdiction' || e.kind === 'vessel_alert')
        expect(SEA_PLACE_LABELS.has(e.place ?? ''), e.title).toBe(true);
    }
    for (const e of atSea) {
      if (!e.position) throw new Error(`${e.title} has no position`);
      expect(isOnJamaica(e.position), `${e.title} ${JSON.stringify(e.position)}`).toBe(false);
      // Independent of the outline: nothing at sea lies in a box well inside the island.
      const { lat, lon } = e.position;
      expect(lat > 18.0 && lat < 18.3 && lon > -78.0 && lon < -76.6, e.title).toBe(false);
    }
  });

  it('puts port and airport events at the facility', () => {
    const facilities = PLACES.filter((p) => p.kind === 'seaport' || p.kind === 'airport');
    const atFacility = events.filter(
      (e) => e.kind === 'cargo_alert' || e.seizure?.hsCode !== undefined || e.seizure?.commodity === 'cash',
    );
    expect(atFacility.length).toBeGreaterThan(100);
    for (const e of atFacility) {
      const place = facilities.find((p) => (p.kind === 'seaport' ? p.locode : p.name) === e.place);
      if (!place || !e.position) throw new Error(`${e.title}: ${e.place} is not a facility`);
      expect(Math.abs(place.position.lat - e.position.lat)).toBeLessThan(0.01);
      expect(Math.abs(place.position.lon - e.position.lon)).toBeLessThan(0.01);
    }
  });

  it('names vessels with MMSIs whose MID belongs to a flag in use, and valid containers', () => {
    const mids = new Set(Object.values(FLAG_STATES).flatMap((f) => [...f.mids]));
    const vessels = events.flatMap((e) => e.subjects?.vessels ?? []);
    expect(vessels.filter((v) => v.mmsi).length).toBeGreaterThan(100);
    expect(vessels.filter((v) => v.imo).length).toBeGreaterThan(100);
    for (const v of vessels) if (v.mmsi) expect(mids).toContain(Number(v.mmsi.slice(0, 3)));
    expect(events.flatMap((e) => e.subjects?.containers ?? []).length).toBeGreaterThan(200);
    expect(events.filter((e) => (e.subjects?.persons ?? []).length > 0).length).toBeGreaterThan(events.length * 0.2);
  });

  it('varies its wording rather than repeating one template', () => {
    expect(new Set(events.map((e) => e.title)).size).toBeGreaterThan(events.length * 0.5);
    expect(new Set(events.map((e) => e.summary)).size).toBeGreaterThan(events.length * 0.95);
    // Strip numbers and names in capitals: what remains is the template; each kind needs several.
    const shapes = countBy(
      events,
      (e) =>
        `${e.kind}|${e.title
          .replace(/[\d,.]+/g, '#')
          .split(' ')
          .slice(0, 3)
          .join(' ')}`,
    );
    for (const kind of ['seizure', 'interdiction', 'sighting_report', 'vessel_alert', 'cargo_alert', 'watchlist_hit']) {
      expect([...shapes.keys()].filter((k) => k.startsWith(`${kind}|`)).length, kind).toBeGreaterThanOrEqual(5);
    }
  });

  it('ages triage status: old events are mostly closed, the last hours mostly new', () => {
    const old = events.filter((e) => Date.parse(e.occurredAt) < NOW.getTime() - 30 * 86_400_000);
    expect(old.filter((e) => e.status === 'closed').length / old.length).toBeGreaterThan(0.6);
    const fresh = events.filter((e) => Date.parse(e.occurredAt) > NOW.getTime() - 6 * 3_600_000);
    for (const e of fresh) expect(['new', 'triaged']).toContain(e.status);
  });

  it('generates 90 days quickly', () => {
    expect(elapsedMs).toBeLessThan(3000);
  });

  it('refuses a bad window', () => {
    expect(() => generateHistory({ seed: 1, now: new Date(Number.NaN), days: 1 })).toThrow(RangeError);
    expect(() => generateHistory({ seed: 1, now: NOW, days: -1 })).toThrow(RangeError);
    expect(generateHistory({ seed: 1, now: NOW, days: 0 })).toEqual([]);
  });
});
