import type { LatLon } from './sea-network.ts';

/** Circles at sea where vessels wander: fishing grounds, patrol boxes, anchorages for yachts, scenario spots. */
export interface WanderArea {
  centre: LatLon;
  radiusNm: number;
}

const area = (lat: number, lon: number, radiusNm: number): WanderArea => ({ centre: { lat, lon }, radiusNm });

export const WANDER_AREAS = {
  pedroBank: area(16.95, -78.05, 12),
  pedroBankEast: area(17.05, -77.6, 6),
  morantCays: area(17.3, -76.05, 5),
  jamaicaSouthPatrol: area(17.55, -77.0, 10),
  windwardPatrol: area(20.0, -73.85, 8),
  floridaStraitsPatrol: area(24.9, -80.0, 10),
  yachtsMiami: area(25.75, -80.0, 3),
  yachtsFortLauderdale: area(26.15, -80.03, 3),
  yachtsNassau: area(25.2, -77.4, 3),
  yachtsMontegoBay: area(18.62, -77.95, 3),
  yachtsOchoRios: area(18.55, -77.1, 3),
  // Scenario spots: 20+ nm from shore, away from anchorages (GFW's loitering and encounter definitions).
  loiterSouthOfKingston: area(17.35, -76.6, 1),
  rendezvousSouth: area(17.05, -76.95, 0.05),
  guajiraStaging: area(12.6, -72.9, 4),
} as const satisfies Record<string, WanderArea>;

export type AreaId = keyof typeof WANDER_AREAS;
