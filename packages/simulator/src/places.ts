import type { Position } from '@tidewatch/contracts';

/**
 * Real places of the demo world. Coordinates are rounded public positions: a port's terminal, an airport's
 * field, a sea area's centre at sea, a landing site's beach plus an `approach` point offshore where craft are
 * met. Sea centres and approaches sit far enough from land that scattering within `radiusKm` stays at sea
 * (the tests check this against a rough Jamaica outline).
 */

export type PlaceKind = 'seaport' | 'airport' | 'sea_area' | 'landing_site';

export interface Place {
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** UN/LOCODE where one exists; airports carry their city's code. */
  locode?: string;
  position: Position;
  /** How a title names it after a preposition: "at Kingston", "near Pedro Bank". */
  phrase: string;
  /** Sea areas: events scatter this far from the centre. */
  radiusKm?: number;
  /** Landing sites: a point at sea off the beach. */
  approach?: Position;
}

const port = (id: string, name: string, country: string, locode: string, lat: number, lon: number): Place => ({
  id,
  name,
  kind: 'seaport',
  country,
  locode,
  position: { lat, lon },
  phrase: `at ${name}`,
});

const airport = (id: string, name: string, country: string, locode: string, lat: number, lon: number): Place => ({
  id,
  name,
  kind: 'airport',
  country,
  locode,
  position: { lat, lon },
  phrase: `at ${name}`,
});

const sea = (id: string, name: string, phrase: string, lat: number, lon: number, radiusKm: number): Place => ({
  id,
  name,
  kind: 'sea_area',
  country: '',
  position: { lat, lon },
  phrase,
  radiusKm,
});

const landing = (id: string, name: string, shore: [number, number], approach: [number, number]): Place => ({
  id,
  name,
  kind: 'landing_site',
  country: 'JM',
  position: { lat: shore[0], lon: shore[1] },
  approach: { lat: approach[0], lon: approach[1] },
  phrase: `off ${name.split(',')[0] ?? name}`,
  radiusKm: 2,
});

export const PLACES: readonly Place[] = [
  // Jamaican seaports.
  port('kingston', 'Kingston', 'JM', 'JMKIN', 17.9775, -76.837),
  port('montego-bay', 'Montego Bay', 'JM', 'JMMBJ', 18.4655, -77.9405),
  port('ocho-rios', 'Ocho Rios', 'JM', 'JMOCJ', 18.411, -77.108),
  port('port-esquivel', 'Port Esquivel', 'JM', 'JMPEV', 17.883, -77.133),
  port('port-antonio', 'Port Antonio', 'JM', 'JMPOT', 18.18, -76.453),
  // Florida ports that load the southbound barrel and container trade.
  port('port-everglades', 'Port Everglades', 'US', 'USPEF', 26.092, -80.119),
  port('miami', 'PortMiami', 'US', 'USMIA', 25.7745, -80.165),
  port('jacksonville', 'Jacksonville (Blount Island)', 'US', 'USJAX', 30.405, -81.525),
  // Transshipment and source-region ports.
  port('cartagena', 'Cartagena', 'CO', 'COCTG', 10.4, -75.53),
  port('santa-marta', 'Santa Marta', 'CO', 'COSMR', 11.247, -74.217),
  port('colon', 'Colon', 'PA', 'PAONX', 9.36, -79.895),
  port('manzanillo-pa', 'Manzanillo (Panama)', 'PA', 'PAMIT', 9.368, -79.877),
  port('port-au-prince', 'Port-au-Prince', 'HT', 'HTPAP', 18.556, -72.352),
  port('caucedo', 'Santo Domingo (Caucedo)', 'DO', 'DOCAU', 18.425, -69.633),
  port('nassau', 'Nassau', 'BS', 'BSNAS', 25.08, -77.344),
  port('freeport-bs', 'Freeport (Grand Bahama)', 'BS', 'BSFPO', 26.516, -78.768),
  // Airports where cash and couriers are met.
  airport('nmia', 'Norman Manley International Airport', 'JM', 'JMKIN', 17.9357, -76.7875),
  airport('sangster', 'Sangster International Airport', 'JM', 'JMMBJ', 18.5037, -77.9134),
  airport('mia', 'Miami International Airport', 'US', 'USMIA', 25.7959, -80.287),
  airport('fll', 'Fort Lauderdale-Hollywood International Airport', 'US', 'USFLL', 26.0726, -80.1527),
  // Sea areas: trafficking routes and fishing banks.
  sea('pedro-bank', 'Pedro Bank', 'near Pedro Bank', 16.95, -78.05, 25),
  sea('morant-cays', 'Morant Cays', 'near the Morant Cays', 17.3, -76.0, 12),
  sea('windward-passage', 'Windward Passage', 'in the Windward Passage', 19.95, -73.8, 10),
  sea('jamaica-channel', 'Jamaica Channel', 'in the Jamaica Channel', 18.1, -75.4, 20),
  sea('navassa', 'Navassa Island waters', 'west of Navassa Island', 18.3, -75.15, 6),
  sea('south-of-portland-point', 'South of Portland Point', 'south of Portland Point', 17.5, -77.15, 12),
  sea('alligator-pond-offshore', 'Offshore Alligator Pond', 'south of Alligator Pond', 17.55, -77.6, 15),
  sea('off-negril', 'Off Negril', 'west of Negril', 18.3, -78.6, 8),
  sea('north-coast', 'North coast', 'off the north coast', 18.65, -77.3, 10),
  sea('off-morant-point', 'Off Morant Point', 'east of Morant Point', 17.85, -75.95, 10),
  sea('off-port-royal', 'Off Port Royal', 'south of Port Royal', 17.82, -76.82, 5),
  sea('caribbean-transit', 'Central Caribbean transit zone', 'in the central Caribbean', 15.6, -77.2, 60),
  sea('off-la-guajira', 'Off La Guajira', 'off La Guajira, Colombia', 12.6, -72.9, 25),
  sea('florida-straits', 'Florida Straits', 'in the Florida Straits', 25.55, -79.65, 12),
  sea('tiburon', 'Off Tiburon peninsula', "off Haiti's Tiburon peninsula", 18.05, -74.6, 10),
  // Jamaican south-coast (and a few north-coast) landing sites used by canoes and go-fasts.
  landing('portland-cottage', 'Portland Cottage, Clarendon', [17.747, -77.181], [17.66, -77.22]),
  landing('clarendon-coast', 'Farquhar Beach, Clarendon', [17.852, -77.384], [17.76, -77.38]),
  landing('old-harbour-bay', 'Old Harbour Bay, St Catherine', [17.904, -77.096], [17.76, -77.0]),
  landing('treasure-beach', 'Treasure Beach, St Elizabeth', [17.888, -77.762], [17.83, -77.77]),
  landing('black-river', 'Black River, St Elizabeth', [18.026, -77.85], [17.96, -77.9]),
  landing('alligator-pond', 'Alligator Pond, Manchester', [17.87, -77.565], [17.8, -77.57]),
  landing('whitehouse', 'Whitehouse, Westmoreland', [18.078, -77.965], [18.03, -78.02]),
  landing('savanna-la-mar', 'Savanna-la-Mar, Westmoreland', [18.216, -78.133], [18.15, -78.16]),
  landing('negril', 'Negril, Westmoreland', [18.3, -78.345], [18.3, -78.42]),
  landing('morant-bay', 'Morant Bay, St Thomas', [17.881, -76.409], [17.82, -76.42]),
  landing('port-maria', 'Port Maria, St Mary', [18.372, -76.89], [18.44, -76.9]),
  landing('discovery-bay', 'Discovery Bay, St Ann', [18.465, -77.4], [18.53, -77.42]),
];

export function placeById(id: string): Place {
  const place = PLACES.find((p) => p.id === id);
  if (!place) throw new RangeError(`unknown place ${id}`);
  return place;
}

export const placesOfKind = (kind: PlaceKind): Place[] => PLACES.filter((p) => p.kind === kind);

/**
 * What goes in an event's `place`: a seaport's UN/LOCODE, else the name. Airports share their city's LOCODE
 * with the seaport (JMKIN), so they go by name to stay distinguishable.
 */
export const placeLabel = (place: Place): string => (place.kind === 'seaport' && place.locode) || place.name;
