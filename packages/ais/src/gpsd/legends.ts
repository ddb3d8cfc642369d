/**
 * The text legends gpsd prints beside coded fields (status_text, shiptype_text, ...), as in gpsd's
 * gpsd_json.c of the release that produced the corpus reference files.
 */

export const NAV_STATUS = [
  'Under way using engine',
  'At anchor',
  'Not under command',
  'Restricted maneuverability',
  'Constrained by her draught',
  'Moored',
  'Aground',
  'Engaged in fishing',
  'Under way sailing',
  'Reserved for HSC',
  'Reserved for WIG',
  'Reserved',
  'Reserved',
  'Reserved',
  'Reserved',
  'Not defined',
] as const;

const EPFD = [
  'Undefined',
  'GPS',
  'GLONASS',
  'Combined GPS/GLONASS',
  'Loran-C',
  'Chayka',
  'Integrated navigation system',
  'Surveyed',
  'Galileo',
] as const;

export function epfdText(epfd: number): string {
  if (epfd === 15) return 'Internal GNSS';
  return EPFD[epfd] ?? `Reserved (${epfd})`;
}

const HAZARD = [
  'all ships of this type',
  'Hazardous category A',
  'Hazardous category B',
  'Hazardous category C',
  'Hazardous category D',
];

/** Ship type legends 0-99, built from the decade structure of ITU-R M.1371 table 53. */
const SHIP_TYPES: readonly string[] = (() => {
  const t: string[] = new Array<string>(100).fill('Reserved for future use');
  t[0] = 'Not available';
  const decade = (base: number, name: string, last: string): void => {
    for (let i = 0; i < 10; i++) {
      t[base + i] = `${name} - ${i < 5 ? HAZARD[i] : i === 9 ? last : 'Reserved for future use'}`;
    }
  };
  decade(20, 'Wing in ground (WIG)', 'Reserved for future use');
  decade(40, 'High speed craft (HSC)', 'No additional information');
  decade(60, 'Passenger', 'No additional information');
  decade(70, 'Cargo', 'No additional information');
  decade(80, 'Tanker', 'No additional information');
  decade(90, 'Other Type', 'no additional information');
  const special = [
    'Fishing',
    'Towing',
    'Towing: length exceeds 200m or breadth exceeds 25m',
    'Dredging or underwater ops',
    'Diving ops',
    'Military ops',
    'Sailing',
    'Pleasure Craft',
    'Reserved',
    'Reserved',
    'Pilot Vessel',
    'Search and Rescue vessel',
    'Tug',
    'Port Tender',
    'Anti-pollution equipment',
    'Law Enforcement',
    'Spare - Local Vessel',
    'Spare - Local Vessel',
    'Medical Transport',
    'Ship according to RR Resolution No. 18',
  ];
  special.forEach((text, i) => {
    t[(i < 10 ? 30 : 40) + i] = text;
  });
  return t;
})();

export function shipTypeText(shipType: number): string {
  return SHIP_TYPES[shipType] ?? 'INVALID SHIP TYPE';
}

const STATION_TYPES = [
  'All types of mobiles',
  'Reserved for future use',
  'All types of Class B mobile stations',
  'SAR airborne mobile station',
  'Aid to Navigation station',
  'Class B shipborne mobile station',
  'Regional use and inland waterways',
  'Regional use and inland waterways',
  'Regional use and inland waterways',
  'Regional use and inland waterways',
];

export function stationTypeText(stationType: number): string {
  return STATION_TYPES[stationType] ?? 'Reserved for future use';
}

const NAVAID_TYPES = [
  'Unspecified',
  'Reference point',
  'RACON',
  'Fixed offshore structure',
  'Spare, Reserved for future use.',
  'Light, without sectors',
  'Light, with sectors',
  'Leading Light Front',
  'Leading Light Rear',
  'Beacon, Cardinal N',
  'Beacon, Cardinal E',
  'Beacon, Cardinal S',
  'Beacon, Cardinal W',
  'Beacon, Port hand',
  'Beacon, Starboard hand',
  'Beacon, Preferred Channel port hand',
  'Beacon, Preferred Channel starboard hand',
  'Beacon, Isolated danger',
  'Beacon, Safe water',
  'Beacon, Special mark',
  'Cardinal Mark N',
  'Cardinal Mark E',
  'Cardinal Mark S',
  'Cardinal Mark W',
  'Port hand Mark',
  'Starboard hand Mark',
  'Preferred Channel Port hand',
  'Preferred Channel Starboard hand',
  'Isolated danger',
  'Safe Water',
  'Special Mark',
  'Light Vessel / LANBY / Rigs',
];

export function navaidTypeText(aidType: number): string {
  return NAVAID_TYPES[aidType] ?? 'INVALID NAVAID TYPE';
}
