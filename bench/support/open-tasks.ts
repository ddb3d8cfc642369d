/**
 * Open tasks for the benchmarks (OPSU-8, COT): units spread over the Caribbean, targets a mix of still events,
 * slow vessels, go-fasts heading at the unit and go-fasts fleeing at nearly the unit's speed (the intercept's
 * worst case: the march takes the most steps). Deterministic for a seed.
 */
import type { UnitRow, UnitTaskRow } from '@tidewatch/db';
import { createRng } from '@tidewatch/simulator';
import type { OperationsServices, VesselFix } from '../../apps/server/src/services/operations/ops-services.ts';

export function openTaskFixture(count: number, nowMs: number, seed = 16) {
  const random = createRng(seed);
  const rng = () => random.next();
  const fixes = new Map<string, VesselFix>();
  const ops: OperationsServices = {
    fixOf: (mmsi) => fixes.get(mmsi),
    staleAfterMs: 600_000,
    lostAfterMs: 3_600_000,
    notifier: { unitChanged: () => {}, taskChanged: () => {}, tasksChanged: () => {} },
  };

  const iso = (ms: number) => new Date(ms).toISOString();
  const pairs: { task: UnitTaskRow; unit: UnitRow }[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 4;
    const unit: UnitRow = {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      ownerAgency: 'USCG',
      callSign: `U${i}`,
      name: '',
      type: 'cutter',
      maxSpeedKn: 25 + rng() * 20,
      enduranceH: 24,
      status: 'tasked',
      mmsi: null,
      tlp: 'RED',
      recipients: ['JCA'],
      sharingGroups: [],
      lat: 16 + rng() * 4,
      lon: -79 + rng() * 6,
      courseDeg: null,
      speedKn: null,
      positionAt: iso(nowMs),
      positionSource: 'manual',
      createdBy: 'bench',
      createdAt: iso(nowMs),
      updatedAt: iso(nowMs),
      retiredAt: null,
      version: 1,
    };
    const mmsi = String(366_000_000 + i);
    const targetLat = (unit.lat ?? 0) + (rng() - 0.5) * 2;
    const targetLon = (unit.lon ?? 0) + (rng() - 0.5) * 2;
    if (kind > 0) {
      const speed = kind === 1 ? 8 : kind === 2 ? 35 : unit.maxSpeedKn * 0.97;
      // kind 2 heads at the unit, kind 3 flees it.
      const bearingToUnit = (Math.atan2((unit.lon ?? 0) - targetLon, (unit.lat ?? 0) - targetLat) * 180) / Math.PI;
      const course = kind === 3 ? (bearingToUnit + 540) % 360 : kind === 2 ? (bearingToUnit + 360) % 360 : rng() * 360;
      fixes.set(mmsi, { lat: targetLat, lon: targetLon, courseDeg: course, speedKn: speed, atMs: nowMs, stale: false });
    }
    const task: UnitTaskRow = {
      id: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      unitId: unit.id,
      taskingAgency: 'JCA',
      targetType: kind === 0 ? 'event' : 'vessel',
      targetId: kind === 0 ? `event-${i}` : mmsi,
      targetLabel: 'target',
      targetOwner: 'JCA',
      targetTlp: 'RED',
      targetRecipients: ['USCG'],
      targetSharingGroups: [],
      targetLat: targetLat,
      targetLon: targetLon,
      targetAt: iso(nowMs),
      targetMmsi: kind === 0 ? null : mmsi,
      state: 'en_route',
      note: '',
      createdBy: 'bench',
      createdAt: iso(nowMs),
      updatedAt: iso(nowMs),
      outcomeEventId: null,
      etaAt: null,
      version: 1,
    };
    pairs.push({ task, unit });
  }
  return { pairs, ops };
}
