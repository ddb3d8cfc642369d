import type { UnitInput } from '@tidewatch/contracts';
import type { UnitRepository } from '@tidewatch/db';
import type { Logger } from '../logger.ts';
import type { Clock } from '../services/context.ts';
import type { OperationsServices } from '../services/operations/ops-services.ts';
import { toUnit, unitReleasable } from '../services/operations/unit-view.ts';
import type { Scheduler, Timer } from '../time/scheduler.ts';

/** Agreements under which the demo's partners lend each other boats: the national cell and the shiprider. */
const DEMO_TASKING_AGREEMENTS = ['jm-joint-ops', 'jm-us-shiprider'];

interface DemoUnit extends Omit<UnitInput, 'releasability' | 'status'> {
  owner: string;
  releasability: { tlp: 'GREEN' | 'AMBER' | 'RED'; recipients?: string[]; sharingGroups?: string[] };
  /** Patrol box centre and radius (nm): the demo moves each unit round it. */
  base: { lat: number; lon: number; radiusNm: number };
}

const DEMO_UNITS: DemoUnit[] = [
  {
    owner: 'JDFCG',
    callSign: 'HMJS CORNWALL',
    name: 'Offshore patrol vessel',
    type: 'cutter',
    maxSpeedKn: 21,
    enduranceH: 120,
    releasability: { tlp: 'AMBER', sharingGroups: ['jm-joint-ops', 'jm-us-shiprider'] },
    base: { lat: 17.75, lon: -76.9, radiusNm: 12 },
  },
  {
    owner: 'JDFCG',
    callSign: 'FAST 3',
    name: 'Fast interceptor, Discovery Bay',
    type: 'interceptor',
    maxSpeedKn: 45,
    enduranceH: 8,
    releasability: { tlp: 'AMBER', sharingGroups: ['jm-joint-ops'] },
    base: { lat: 18.55, lon: -77.4, radiusNm: 6 },
  },
  {
    owner: 'USCG',
    callSign: 'USCGC VIGOROUS',
    name: 'Medium endurance cutter',
    type: 'cutter',
    maxSpeedKn: 18,
    enduranceH: 240,
    releasability: { tlp: 'RED', recipients: ['JDFCG'] },
    base: { lat: 17.2, lon: -75.9, radiusNm: 20 },
  },
  {
    owner: 'USCG',
    callSign: 'CG-6589',
    name: 'MH-65 helicopter',
    type: 'helicopter',
    maxSpeedKn: 140,
    enduranceH: 3,
    releasability: { tlp: 'AMBER', sharingGroups: ['jm-us-shiprider'] },
    base: { lat: 17.95, lon: -76.6, radiusNm: 25 },
  },
  {
    owner: 'JCF',
    callSign: 'MARINE 7',
    name: 'Marine Police launch',
    type: 'interceptor',
    maxSpeedKn: 35,
    enduranceH: 6,
    releasability: { tlp: 'AMBER', sharingGroups: ['jm-joint-ops'] },
    base: { lat: 17.95, lon: -76.85, radiusNm: 4 },
  },
  {
    owner: 'CBP',
    callSign: 'OMAHA 12',
    name: 'Maritime patrol aircraft',
    type: 'aircraft',
    maxSpeedKn: 250,
    enduranceH: 9,
    releasability: { tlp: 'RED', recipients: [] },
    base: { lat: 18.6, lon: -74.8, radiusNm: 60 },
  },
  {
    owner: 'JCA',
    callSign: 'RUMMAGE 1',
    name: 'Kingston rummage team',
    type: 'shore_team',
    maxSpeedKn: 20,
    enduranceH: 12,
    releasability: { tlp: 'GREEN' },
    base: { lat: 17.97, lon: -76.79, radiusNm: 1 },
  },
];

const PATROL_EVERY_MS = 20_000;

/**
 * The demo's patrol units: seeded once (with the tasking agreements), then moved round their patrol boxes every
 * 20 s as positions reported by hand, so they stay live on the map and tasks' intercepts move.
 */
export async function startDemoUnits(options: {
  repo: UnitRepository;
  ops: OperationsServices;
  clock: Clock;
  scheduler: Scheduler;
  log: Logger;
}): Promise<{ stop(): void }> {
  const { repo, ops, clock } = options;
  const now = clock.now().toISOString();
  for (const code of DEMO_TASKING_AGREEMENTS) await repo.allowTasking(code, now);
  const existing = new Set((await repo.listAll()).map((u) => u.callSign));
  for (const unit of DEMO_UNITS) {
    if (existing.has(unit.callSign)) continue;
    await repo.insert({
      ownerAgency: unit.owner,
      callSign: unit.callSign,
      name: unit.name ?? '',
      type: unit.type,
      maxSpeedKn: unit.maxSpeedKn,
      enduranceH: unit.enduranceH,
      status: 'available',
      mmsi: null,
      tlp: unit.releasability.tlp,
      recipients: unit.releasability.recipients ?? [],
      sharingGroups: unit.releasability.sharingGroups ?? [],
      createdBy: 'system:demo',
      createdAt: now,
      updatedAt: now,
    });
  }
  const patrol = async (): Promise<void> => {
    const nowMs = clock.now().getTime();
    const rows = await repo.listAll();
    for (const demo of DEMO_UNITS) {
      const row = rows.find((r) => r.callSign === demo.callSign && r.ownerAgency === demo.owner);
      if (!row) continue;
      // Once round the box an hour; a tasked unit sits still where the operator leaves it.
      if (row.status === 'tasked' && row.lat !== null) continue;
      const angle = ((nowMs / 3_600_000) * 2 * Math.PI + demo.callSign.length) % (2 * Math.PI);
      const lat = demo.base.lat + (demo.base.radiusNm / 60) * Math.cos(angle);
      const lon =
        demo.base.lon + (demo.base.radiusNm / 60 / Math.cos((demo.base.lat * Math.PI) / 180)) * Math.sin(angle);
      const course = ((angle * 180) / Math.PI + 90) % 360;
      const speed = Math.min(demo.maxSpeedKn, (2 * Math.PI * demo.base.radiusNm) / 1);
      const at = new Date(nowMs).toISOString();
      const moved = await repo.update(
        row.id,
        row.ownerAgency,
        null,
        { lat, lon, courseDeg: course, speedKn: speed, positionAt: at, positionSource: 'manual' },
        at,
      );
      if (moved.ok) ops.notifier.unitChanged(toUnit(moved.row, ops, nowMs), unitReleasable(moved.row));
    }
  };
  const run = () => {
    patrol().catch((err: unknown) => options.log.warn({ err }, 'demo units: patrol move failed'));
  };
  run();
  const timer: Timer = options.scheduler.setInterval(run, PATROL_EVERY_MS).unref();
  return { stop: () => options.scheduler.clear(timer) };
}
