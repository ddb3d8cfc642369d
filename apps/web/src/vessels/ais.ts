/** AIS code tables (ITU-R M.1371) for the vessel card. */

const NAV_STATUS: readonly string[] = [
  'Under way using engine',
  'At anchor',
  'Not under command',
  'Restricted manoeuvrability',
  'Constrained by draught',
  'Moored',
  'Aground',
  'Engaged in fishing',
  'Under way sailing',
  'Reserved (HSC)',
  'Reserved (WIG)',
  'Power-driven vessel towing astern',
  'Power-driven vessel pushing ahead or towing alongside',
  'Reserved',
  'AIS-SART / MOB / EPIRB active',
  'Not defined',
];

export function navStatusLabel(code: number | null): string | null {
  if (code === null || code === 15) return null;
  return NAV_STATUS[code] ?? `Code ${code}`;
}

const SHIP_TYPE_SPECIAL: Readonly<Record<number, string>> = {
  30: 'Fishing',
  31: 'Towing',
  32: 'Towing (large)',
  33: 'Dredging or underwater ops',
  34: 'Diving ops',
  35: 'Military ops',
  36: 'Sailing',
  37: 'Pleasure craft',
  50: 'Pilot vessel',
  51: 'Search and rescue vessel',
  52: 'Tug',
  53: 'Port tender',
  54: 'Anti-pollution equipment',
  55: 'Law enforcement',
  58: 'Medical transport',
  59: 'Noncombatant ship',
};

const SHIP_TYPE_DECADE: Readonly<Record<number, string>> = {
  2: 'Wing in ground',
  4: 'High-speed craft',
  6: 'Passenger',
  7: 'Cargo',
  8: 'Tanker',
  9: 'Other type',
};

const HAZARD = ['', ', hazardous cat. A', ', hazardous cat. B', ', hazardous cat. C', ', hazardous cat. D'];

/** "Cargo, hazardous cat. A (71)"; null when not available. */
export function shipTypeLabel(code: number | null): string | null {
  if (code === null || code === 0) return null;
  const special = SHIP_TYPE_SPECIAL[code];
  if (special) return `${special} (${code})`;
  const decade = SHIP_TYPE_DECADE[Math.floor(code / 10)];
  if (decade) return `${decade}${HAZARD[code % 10] ?? ''} (${code})`;
  return `Type ${code}`;
}

const MMSI_KIND_LABEL: Readonly<Record<string, string>> = {
  ship: 'ship station',
  group: 'group of ships',
  coast_station: 'coast station',
  sar_aircraft: 'SAR aircraft',
  handheld_vhf: 'handheld VHF',
  auxiliary_craft: 'craft of a parent ship',
  aid_to_navigation: 'aid to navigation',
  ais_sart: 'AIS-SART',
  mob: 'man-overboard device',
  epirb_ais: 'EPIRB-AIS',
  amrd: 'autonomous radio device',
  unknown: 'unallocated format',
  invalid: 'not a valid MMSI',
};

export function mmsiKindLabel(kind: string): string {
  return MMSI_KIND_LABEL[kind] ?? kind.replace(/_/g, ' ');
}
