import type { Task } from '@tidewatch/contracts';
import { describe, expect, it } from 'vitest';
import { taskLayer } from './task-layer.ts';

const AT = '2026-12-07T12:00:00.000Z';
const ETA = '2026-12-07T13:00:00.000Z';

function task(overrides: Partial<Task> = {}): Task {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    unitId: '22222222-2222-4222-8222-222222222222',
    unitCallSign: 'VIGOROUS',
    unitAgency: 'USCG',
    taskingAgency: 'JCA',
    targetType: 'event',
    targetId: '33333333-3333-4333-8333-333333333333',
    targetLabel: 'go-fast',
    state: 'accepted',
    note: '',
    createdBy: 'jca.supervisor',
    createdAt: AT,
    updatedAt: AT,
    version: 2,
    outcomeEventId: null,
    etaAt: ETA,
    targetPosition: { lat: 17, lon: 179.9, courseDeg: 90, speedKn: 20, at: AT },
    intercept: {
      possible: true,
      etaHours: 1,
      eta: ETA,
      courseDeg: 90,
      distanceNm: 30,
      lat: 17,
      lon: -179.6,
      computedAt: AT,
    },
    overdue: false,
    ...overrides,
  };
}

const unit = {
  callSign: 'VIGOROUS',
  ownerAgency: 'USCG',
  type: 'cutter' as const,
  position: { lat: 17, lon: 179.5, courseDeg: null, speedKn: null, at: AT, source: 'manual' as const },
  tlp: 'AMBER' as const,
};

describe('a task as GIS features [GIS-7]', () => {
  it('marks the meeting point, the legs and the document with the stricter label; each end keeps its own', () => {
    const layer = taskLayer(task(), unit, 'RED', Date.parse(AT));
    const tlpOf = (role: string) => layer.features.find((f) => f.properties.role === role)?.tlp;
    expect(tlpOf('unit')).toBe('AMBER');
    expect(tlpOf('target')).toBe('RED');
    expect(tlpOf('intercept')).toBe('RED');
    expect(tlpOf('unit leg')).toBe('RED');
    expect(layer.tlp).toBe('RED');
  });

  it('cuts a leg across the antimeridian, each vertex timed from now to the ETA', () => {
    const layer = taskLayer(task(), unit, 'GREEN', Date.parse(AT));
    const legGeometry = layer.features.find((f) => f.properties.role === 'unit leg')?.geometry;
    if (legGeometry?.type !== 'TimedLines') throw new Error('no timed leg');
    expect(legGeometry.parts).toHaveLength(2);
    const times = legGeometry.parts.flatMap((p) => p.timesMs);
    expect(times[0]).toBe(Date.parse(AT));
    expect(times.at(-1)).toBe(Date.parse(ETA));
    for (const part of legGeometry.parts)
      for (const [lon] of part.coordinates) expect(Math.abs(lon)).toBeLessThanOrEqual(180);
  });

  it('says why when no intercept is possible, and still carries both labels on the document', () => {
    const layer = taskLayer(
      task({ intercept: { possible: false, reason: 'outrun', computedAt: AT } }),
      { ...unit, tlp: 'GREEN' },
      'AMBER+STRICT',
      Date.parse(AT),
    );
    expect(layer.features.map((f) => f.properties.role).sort()).toEqual(['target', 'unit']);
    expect(layer.notes).toMatchObject({ interceptImpossible: 'outrun' });
    expect(layer.tlp).toBe('AMBER+STRICT');
  });
});
