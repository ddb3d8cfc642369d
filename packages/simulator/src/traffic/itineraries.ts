import type { Rng } from '../random.ts';
import { WANDER_AREAS, type AreaId } from './areas.ts';
import { PROFILES, type TrafficKind } from './fleet.ts';
import type { Leg } from './movement.ts';
import { TRAFFIC_PORTS, type PortCode } from './ports.ts';
import { LANES, SEA_NODES, type LaneId, type LatLon } from './sea-network.ts';

const HOUR = 3_600_000;

/** Where each kind works: lanes with their end ports, or wander areas. */
const LANES_BY_KIND: Partial<
  Record<TrafficKind, readonly (readonly [LaneId, PortCode | null, PortCode | null, number])[]>
> = {
  container: [
    ['kingstonPortEverglades', 'JMKIN', 'USPEF', 3],
    ['kingstonMiami', 'JMKIN', 'USMIA', 2],
    ['colonFloridaStraits', 'PAONX', 'USPEF', 3],
    ['cartagenaFloridaStraits', 'COCTG', 'USPEF', 2],
    ['colonKingston', 'PAONX', 'JMKIN', 3],
    ['cartagenaKingston', 'COCTG', 'JMKIN', 2],
    ['colonAtlantic', 'PAONX', null, 3],
  ],
  general_cargo: [
    ['kingstonMiami', 'JMKIN', 'USMIA', 2],
    ['haitiKingston', 'HTPAP', 'JMKIN', 2],
    ['santoDomingoKingston', 'DOSDQ', 'JMKIN', 2],
    ['cartagenaKingston', 'COCTG', 'JMKIN', 1],
  ],
  bulk: [
    ['colonAtlantic', 'PAONX', null, 3],
    ['cartagenaFloridaStraits', 'COCTG', 'USPEF', 1],
  ],
  tanker: [
    ['colonAtlantic', 'PAONX', null, 3],
    ['colonFloridaStraits', 'PAONX', 'USPEF', 2],
    ['cartagenaKingston', 'COCTG', 'JMKIN', 2],
  ],
  cruise: [
    ['cruiseEvergladesNassau', 'USPEF', 'BSNAS', 2],
    ['cruiseMiamiOchoRios', 'USMIA', 'JMOCJ', 1],
    ['cruiseEvergladesMontegoBay', 'USPEF', 'JMMBJ', 1],
  ],
  ferry: [
    ['ferryEvergladesFreeport', 'USPEF', 'BSFPO', 1],
    ['ferrySantoDomingoSanJuan', 'DOSDQ', 'PRSJU', 1],
  ],
};

const AREAS_BY_KIND: Partial<Record<TrafficKind, readonly (readonly [AreaId, number])[]>> = {
  fishing: [
    ['pedroBank', 6],
    ['pedroBankEast', 2],
    ['morantCays', 2],
  ],
  pleasure: [
    ['yachtsMiami', 3],
    ['yachtsFortLauderdale', 3],
    ['yachtsNassau', 2],
    ['yachtsMontegoBay', 1],
    ['yachtsOchoRios', 1],
  ],
  patrol: [
    ['jamaicaSouthPatrol', 2],
    ['windwardPatrol', 1],
    ['floridaStraitsPatrol', 1],
  ],
};

/** Go-fast landing approaches off Jamaica's south coast (sea points a few km off the beaches). */
const LANDING_APPROACHES: readonly LatLon[] = [
  { lat: 17.66, lon: -77.22 },
  { lat: 17.76, lon: -77.38 },
  { lat: 17.83, lon: -77.77 },
  { lat: 17.96, lon: -77.9 },
  { lat: 17.8, lon: -77.57 },
  { lat: 17.82, lon: -76.42 },
];

export interface Itinerary {
  legs: Leg[];
  /** Destination shown in type 5 for each leg index (UN/LOCODE), or null. */
  destinations: (string | null)[];
}

/** A small sideways offset per vessel, so ships on one lane do not sail in single file. */
function jitterPath(rng: Rng, path: readonly LatLon[], nm: number): LatLon[] {
  const dLat = rng.float(-nm, nm) / 60;
  const dLon = rng.float(-nm, nm) / 60;
  return path.map((p, i) => (i === 0 || i === path.length - 1 ? p : { lat: p.lat + dLat, lon: p.lon + dLon }));
}

function berth(rng: Rng, code: PortCode): LatLon {
  const b = TRAFFIC_PORTS[code].berth;
  // Spread moored ships over a few hundred metres of quay.
  return { lat: b.lat + rng.float(-0.003, 0.003), lon: b.lon + rng.float(-0.003, 0.003) };
}

export function buildItinerary(rng: Rng, kind: TrafficKind, speedKn: number): Itinerary {
  const lanes = LANES_BY_KIND[kind];
  if (lanes !== undefined) return laneItinerary(rng, kind, rng.weighted(lanes.map((l) => [l, l[3]] as const)), speedKn);
  const areas = AREAS_BY_KIND[kind];
  if (areas !== undefined) return areaItinerary(rng, kind, rng.weighted(areas), speedKn);
  return goFastItinerary(rng, speedKn);
}

function laneItinerary(
  rng: Rng,
  kind: TrafficKind,
  [laneId, fromPort, toPort]: readonly [LaneId, PortCode | null, PortCode | null, number],
  speedKn: number,
): Itinerary {
  const nodes = LANES[laneId].map((id) => SEA_NODES[id]);
  const sea = jitterPath(rng, nodes, kind === 'ferry' ? 0.3 : 1.5);
  const a = fromPort === null ? null : berth(rng, fromPort);
  const b = toPort === null ? null : berth(rng, toPort);
  const out = [...(a ? [a] : []), ...sea, ...(b ? [b] : [])];
  const back = [...out].reverse();
  const stayH = kind === 'ferry' ? [1.5, 3] : kind === 'cruise' ? [8, 11] : [10, 36];
  const stay = (at: LatLon | null): Leg =>
    at === null
      ? // Past the end of the lane the ship has left our waters; it comes back as another voyage.
        {
          kind: 'stay',
          at: out[out.length - 1] ?? { lat: 0, lon: 0 },
          durationMs: rng.float(6, 24) * HOUR,
          navStatus: 0,
        }
      : { kind: 'stay', at, durationMs: rng.float(stayH[0] ?? 10, stayH[1] ?? 20) * HOUR, navStatus: 5 };
  const legs: Leg[] = [
    { kind: 'sail', path: out, speedKn, navStatus: 0 },
    stay(b),
    { kind: 'sail', path: back, speedKn, navStatus: 0 },
    stay(a),
  ];
  return { legs, destinations: [toPort, toPort, fromPort, fromPort] };
}

function areaItinerary(rng: Rng, kind: TrafficKind, areaId: AreaId, speedKn: number): Itinerary {
  const area = WANDER_AREAS[areaId];
  const p = PROFILES[kind];
  const navStatus = kind === 'fishing' ? 7 : 0;
  const slow: readonly [number, number] = [Math.max(0.2, p.speedKn[0]), Math.max(p.speedKn[0] + 0.5, speedKn)];
  const legs: Leg[] = [
    {
      kind: 'wander',
      centre: area.centre,
      radiusNm: area.radiusNm,
      durationMs: rng.float(6, 72) * HOUR,
      speedKn: slow,
      navStatus,
      turnEveryMin: kind === 'fishing' ? 25 : 15,
    },
  ];
  if (kind !== 'patrol') {
    // Fishing boats lie to between hauls and yachts anchor: both report less often, as real ones do.
    legs.push({
      kind: 'stay',
      at: area.centre,
      durationMs: rng.float(2, 10) * HOUR,
      navStatus: kind === 'fishing' ? 7 : 1,
    });
  }
  return { legs, destinations: legs.map(() => null) };
}

function goFastItinerary(rng: Rng, speedKn: number): Itinerary {
  const staging = WANDER_AREAS.guajiraStaging;
  const landing = rng.pick(LANDING_APPROACHES);
  const start = { lat: staging.centre.lat + rng.float(-0.05, 0.05), lon: staging.centre.lon + rng.float(-0.05, 0.05) };
  const legs: Leg[] = [
    { kind: 'stay', at: start, durationMs: rng.float(4, 30) * HOUR, navStatus: 0 },
    { kind: 'sail', path: [start, landing], speedKn, navStatus: 0 },
    { kind: 'stay', at: landing, durationMs: rng.float(0.5, 2) * HOUR, navStatus: 0 },
    { kind: 'sail', path: [landing, start], speedKn, navStatus: 0 },
  ];
  return { legs, destinations: legs.map(() => null) };
}
