/**
 * The sea lanes of the simulated Caribbean as named waypoints. Lanes run through the real passages (Windward
 * Passage, Jamaica Channel, Crooked Island Passage, the Providence Channels, the Yucatan Channel, the Florida
 * Straits) and each leg between two nodes stays at sea: sea-network.test.ts checks every leg against Natural
 * Earth's 1:50m land. Coordinates are degrees, rounded: good to a mile, not for navigation.
 */
export interface LatLon {
  lat: number;
  lon: number;
}

const n = (lat: number, lon: number): LatLon => ({ lat, lon });

export const SEA_NODES = {
  // Florida and the Florida Straits.
  pefApproach: n(26.09, -80.05),
  miaApproach: n(25.76, -80.06),
  keyLargoOff: n(25.0, -80.15),
  middleKeysOff: n(24.3, -80.95),
  keyWestOff: n(23.95, -82.0),
  cubaNwOff: n(23.55, -84.0),
  yucatanChannel: n(21.6, -85.95),
  // Bahamas: the Providence Channels and the route to the Windward Passage.
  nwpcWest: n(26.25, -79.1),
  freeportApproach: n(26.45, -78.77),
  nwpcMid: n(26.1, -78.4),
  nwpcEast: n(25.97, -77.6),
  nassauApproach: n(25.2, -77.36),
  nepcMid: n(25.72, -77.0),
  nepcEast: n(25.9, -76.3),
  catSanSalvador: n(24.4, -75.0),
  rumCayOff: n(23.3, -74.7),
  crookedIslandPassage: n(22.75, -74.6),
  miraPorVosWest: n(22.0, -74.75),
  inaguaWest: n(21.2, -74.1),
  atlanticExit: n(27.0, -75.5),
  // The Windward Passage and around Jamaica.
  windwardNorth: n(20.45, -73.85),
  windwardSouth: n(19.6, -74.0),
  dameMarieWest: n(18.9, -74.65),
  jamaicaChannel: n(18.3, -75.3),
  guantanamoSouth: n(19.3, -75.2),
  northCoastEast: n(18.8, -76.3),
  ochoRiosApproach: n(18.48, -77.1),
  northCoastMid: n(18.62, -77.5),
  montegoBayApproach: n(18.52, -77.97),
  morantEast: n(17.75, -75.95),
  morantSouth: n(17.7, -76.25),
  kingstonOffing: n(17.5, -76.85),
  kingstonApproach: n(17.86, -76.84),
  portlandBightOff: n(17.45, -77.3),
  pedroBankEast: n(17.0, -77.45),
  // South and west: Colombia, Panama, the western Caribbean.
  cartagenaApproach: n(10.38, -75.62),
  colombiaNorthOff: n(13.5, -75.3),
  centralCaribbean: n(15.5, -76.5),
  colonApproach: n(9.45, -79.92),
  panamaNorthOff: n(11.5, -80.3),
  serranaWest: n(14.0, -80.9),
  westernCaribbean: n(16.5, -81.8),
  guajiraOff: n(12.6, -72.9),
  haitiSouthOff: n(17.7, -73.5),
  portAuPrinceApproach: n(18.6, -72.45),
  canalDuSud: n(18.6, -72.8),
  gonaveWest: n(18.8, -73.8),
  dominicanSouth: n(18.0, -70.4),
  beataSouth: n(17.3, -71.5),
  santoDomingoOff: n(18.35, -69.9),
  saonaSouth: n(17.95, -68.75),
  monaPassage: n(18.3, -68.1),
  puertoRicoNorthwest: n(18.6, -67.3),
  sanJuanApproach: n(18.52, -66.12),
} as const satisfies Record<string, LatLon>;

export type SeaNode = keyof typeof SEA_NODES;

/** Routes between ports as node sequences (sailed in either direction). */
export const LANES = {
  kingstonPortEverglades: [
    'kingstonApproach', 'kingstonOffing', 'morantSouth', 'morantEast', 'jamaicaChannel', 'dameMarieWest', 'windwardSouth', 'windwardNorth',
    'inaguaWest', 'miraPorVosWest', 'crookedIslandPassage', 'rumCayOff', 'catSanSalvador', 'nepcEast', 'nepcMid', 'nwpcEast', 'nwpcMid', 'nwpcWest', 'pefApproach',
  ],
  kingstonMiami: [
    'kingstonApproach', 'kingstonOffing', 'morantSouth', 'morantEast', 'jamaicaChannel', 'dameMarieWest', 'windwardSouth', 'windwardNorth',
    'inaguaWest', 'miraPorVosWest', 'crookedIslandPassage', 'rumCayOff', 'catSanSalvador', 'nepcEast', 'nepcMid', 'nwpcEast', 'nwpcMid', 'nwpcWest', 'miaApproach',
  ],
  colonFloridaStraits: [
    'colonApproach', 'panamaNorthOff', 'serranaWest', 'westernCaribbean', 'yucatanChannel', 'cubaNwOff', 'keyWestOff', 'middleKeysOff', 'keyLargoOff', 'miaApproach', 'pefApproach',
  ],
  cartagenaFloridaStraits: [
    'cartagenaApproach', 'colombiaNorthOff', 'centralCaribbean', 'jamaicaChannel', 'dameMarieWest', 'windwardSouth', 'windwardNorth', 'inaguaWest',
    'miraPorVosWest', 'crookedIslandPassage', 'rumCayOff', 'catSanSalvador', 'nepcEast', 'nepcMid', 'nwpcEast', 'nwpcMid', 'nwpcWest', 'pefApproach',
  ],
  colonAtlantic: [
    'colonApproach', 'centralCaribbean', 'jamaicaChannel', 'dameMarieWest', 'windwardSouth', 'windwardNorth', 'inaguaWest', 'miraPorVosWest',
    'crookedIslandPassage', 'rumCayOff', 'catSanSalvador', 'atlanticExit',
  ],
  colonKingston: ['colonApproach', 'centralCaribbean', 'kingstonOffing', 'kingstonApproach'],
  cartagenaKingston: ['cartagenaApproach', 'colombiaNorthOff', 'centralCaribbean', 'kingstonOffing', 'kingstonApproach'],
  cruiseEvergladesNassau: ['pefApproach', 'nwpcWest', 'nwpcMid', 'nwpcEast', 'nassauApproach'],
  cruiseMiamiOchoRios: [
    'miaApproach', 'nwpcWest', 'nwpcMid', 'nwpcEast', 'nepcMid', 'nepcEast', 'catSanSalvador', 'rumCayOff', 'crookedIslandPassage', 'miraPorVosWest',
    'inaguaWest', 'windwardNorth', 'windwardSouth', 'guantanamoSouth', 'northCoastEast', 'ochoRiosApproach',
  ],
  cruiseEvergladesMontegoBay: [
    'pefApproach', 'keyLargoOff', 'middleKeysOff', 'keyWestOff', 'cubaNwOff', 'yucatanChannel', 'westernCaribbean', 'pedroBankEast', 'portlandBightOff',
    'kingstonOffing', 'morantSouth', 'morantEast', 'jamaicaChannel', 'guantanamoSouth', 'northCoastEast', 'northCoastMid', 'montegoBayApproach',
  ],
  ferryEvergladesFreeport: ['pefApproach', 'nwpcWest', 'freeportApproach'],
  ferrySantoDomingoSanJuan: ['santoDomingoOff', 'saonaSouth', 'monaPassage', 'puertoRicoNorthwest', 'sanJuanApproach'],
  haitiKingston: ['portAuPrinceApproach', 'canalDuSud', 'gonaveWest', 'dameMarieWest', 'jamaicaChannel', 'morantEast', 'morantSouth', 'kingstonOffing', 'kingstonApproach'],
  santoDomingoKingston: ['santoDomingoOff', 'dominicanSouth', 'beataSouth', 'haitiSouthOff', 'morantEast', 'morantSouth', 'kingstonOffing', 'kingstonApproach'],
} as const satisfies Record<string, readonly SeaNode[]>;

export type LaneId = keyof typeof LANES;

export function lanePath(id: LaneId): LatLon[] {
  return LANES[id].map((node) => SEA_NODES[node]);
}
