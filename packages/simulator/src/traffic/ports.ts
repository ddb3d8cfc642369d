import type { LatLon, SeaNode } from './sea-network.ts';

/** Ports of the simulated traffic, by UN/LOCODE: a berth (where ships moor) and the lane node off it. */
export interface TrafficPort {
  locode: string;
  name: string;
  berth: LatLon;
  approach: SeaNode;
}

const port = (locode: string, name: string, lat: number, lon: number, approach: SeaNode): TrafficPort => ({
  locode,
  name,
  berth: { lat, lon },
  approach,
});

export const TRAFFIC_PORTS = {
  JMKIN: port('JMKIN', 'Kingston', 17.955, -76.84, 'kingstonApproach'),
  JMOCJ: port('JMOCJ', 'Ocho Rios', 18.411, -77.108, 'ochoRiosApproach'),
  JMMBJ: port('JMMBJ', 'Montego Bay', 18.4655, -77.9405, 'montegoBayApproach'),
  USPEF: port('USPEF', 'Port Everglades', 26.092, -80.119, 'pefApproach'),
  USMIA: port('USMIA', 'PortMiami', 25.7745, -80.165, 'miaApproach'),
  PAONX: port('PAONX', 'Colon', 9.36, -79.895, 'colonApproach'),
  COCTG: port('COCTG', 'Cartagena', 10.4, -75.53, 'cartagenaApproach'),
  BSNAS: port('BSNAS', 'Nassau', 25.08, -77.344, 'nassauApproach'),
  BSFPO: port('BSFPO', 'Freeport (Grand Bahama)', 26.516, -78.768, 'freeportApproach'),
  HTPAP: port('HTPAP', 'Port-au-Prince', 18.556, -72.352, 'portAuPrinceApproach'),
  DOSDQ: port('DOSDQ', 'Santo Domingo', 18.47, -69.885, 'santoDomingoOff'),
  PRSJU: port('PRSJU', 'San Juan', 18.455, -66.1, 'sanJuanApproach'),
} as const satisfies Record<string, TrafficPort>;

export type PortCode = keyof typeof TRAFFIC_PORTS;
