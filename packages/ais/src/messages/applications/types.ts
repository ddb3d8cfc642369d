/**
 * Decoded application payloads of binary messages (types 6 and 8), by DAC/FI: IMO SN.1/Circ.236,
 * IMO SN.1/Circ.289, Inland AIS (DAC 200) and the GLA AtoN monitoring message (DAC 235/250).
 *
 * Unlike the core message types, fields keep the raw integers of their standard (scale factors,
 * offsets and "not available" codes included), because every standard defines its own and the same
 * field name means different units in IMO 236 and IMO 289. Field names are gpsd's JSON names wherever
 * gpsd has one (single lowercase words, or camelCase of gpsd's snake_case); `natural-units.ts` turns what
 * operators read (weather at sea, persons on board, area notices) into degrees, knots, metres and hPa.
 */

/** "MM-DDTHH:MM" parts as sent (0 / 24 / 60 = not available). */
export interface PartialTime {
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The met/hydro fields shared by IMO 236 FI 11 and IMO 289 FI 31 (raw; scaling differs, see each). */
interface MetHydroCommon {
  /** Position: 1/1000 minute. */
  lat: number;
  lon: number;
  day: number;
  hour: number;
  minute: number;
  /** Knots, 127 = n/a. */
  wspeed: number;
  wgust: number;
  /** Degrees, 360 (IMO 289) or 511 (IMO 236) = n/a. */
  wdir: number;
  wgustdir: number;
  /** Percent, 101+ = n/a. */
  humidity: number;
  airtemp: number;
  dewpoint: number;
  pressure: number;
  /** 0 steady, 1 increasing, 2 decreasing, 3 n/a. */
  pressuretend: number;
  visibility: number;
  waterlevel: number;
  leveltrend: number;
  /** Surface current speed in 0.1 knot (255 = n/a), direction in degrees. */
  cspeed: number;
  cdir: number;
  cspeed2: number;
  cdir2: number;
  /** Metres. */
  cdepth2: number;
  cspeed3: number;
  cdir3: number;
  cdepth3: number;
  /** 0.1 m (255 = n/a). */
  waveheight: number;
  /** Seconds (63 = n/a). */
  waveperiod: number;
  wavedir: number;
  swellheight: number;
  swellperiod: number;
  swelldir: number;
  /** Beaufort 0-12, 13+ = n/a. */
  seastate: number;
  watertemp: number;
  /** WMO 306 code table 4.201 (7 = n/a). */
  preciptype: number;
  salinity: number;
  /** 0 no, 1 yes, 3 n/a. */
  ice: number;
}

/**
 * DAC 1 FI 11 (IMO 236): air temp (raw - 600) / 10 degC, dew point (raw - 200) / 10, pressure raw + 800
 * hPa, visibility 0.1 NM, water level (raw - 100) / 10 m, water temp (raw - 100) / 10, salinity 0.1 permille.
 */
export interface MetHydro236 extends MetHydroCommon {
  kind: 'met-hydro-236';
}

/**
 * DAC 1 FI 31 (IMO 289): air temp, dew point and water temp signed in 0.1 degC, pressure raw + 799 hPa,
 * visibility 0.1 NM (127 = n/a, `visgreater` = more than shown), water level (raw - 1000) / 100 m.
 */
export interface MetHydro289 extends MetHydroCommon {
  kind: 'met-hydro-289';
  accuracy: boolean;
  visgreater: boolean;
}

/** DAC 200 FI 10: inland ship static and voyage related data. */
export interface InlandStatic {
  kind: 'inland-static';
  /** European vessel identification number (ENI), 8 characters. */
  vin: string;
  /** 0.1 m. */
  length: number;
  beam: number;
  /** ERI ship type code (8000-8370) or its AIS equivalent. */
  shiptype: number;
  /** Blue cones: 0-3, 4 = B-flag, 5 = unknown. */
  hazard: number;
  /** 0.01 m. */
  draught: number;
  /** 0 n/a, 1 unloaded, 2 loaded. */
  loaded: number;
  speedQ: boolean;
  courseQ: boolean;
  headingQ: boolean;
}

/** DAC 200 FI 21 (ETA) and FI 22 (RTA) at a lock, bridge or terminal. */
export interface InlandLockTime extends PartialTime {
  kind: 'inland-eta' | 'inland-rta';
  country: string;
  locode: string;
  section: string;
  terminal: string;
  hectometre: string;
  /** ETA only: tugboats needed (0-6, 7 = unknown) and air draught in cm. */
  tugs: number;
  airdraught: number;
  /** RTA only: 0 operational, 1 limited, 2 out of order, 3 n/a. */
  status: number;
}

/** DAC 200 FI 23: EMMA weather warning for an inland stretch. */
export interface InlandEmmaWarning {
  kind: 'inland-emma';
  /** Years since 2000. */
  startYear: number;
  startMonth: number;
  startDay: number;
  endYear: number;
  endMonth: number;
  endDay: number;
  startHour: number;
  startMinute: number;
  endHour: number;
  endMinute: number;
  /** 1/10000 minute. */
  startLon: number;
  startLat: number;
  endLon: number;
  endLat: number;
  type: number;
  min: number;
  max: number;
  /** 0 slight, 1 medium, 2 strong. */
  intensity: number;
  wind: number;
}

/** DAC 200 FI 24: water levels at up to four gauges. */
export interface InlandWaterLevel {
  kind: 'inland-water-level';
  country: string;
  /** Level in cm, signed. */
  gauges: Array<{ id: number; level: number }>;
}

/** DAC 200 FI 40: signal status at a lock or bridge. */
export interface InlandSignal {
  kind: 'inland-signal';
  /** 1/10000 minute. */
  lon: number;
  lat: number;
  form: number;
  facing: number;
  direction: number;
  status: number;
}

/** DAC 200 FI 55: inland persons on board (255 / 8191 = unknown). */
export interface InlandPersons {
  kind: 'inland-persons';
  crew: number;
  passengers: number;
  personnel: number;
}

/** DAC 235/250 FI 10: GLA AtoN monitoring data (analogue values in 0.05 V). */
export interface AtonMonitoring {
  kind: 'aton-monitoring';
  anaInt: number;
  anaExt1: number;
  anaExt2: number;
  racon: number;
  light: number;
  alarm: boolean;
  statExt: number;
  offPos: boolean;
}

/** DAC 1 FI 12 (IMO 236): dangerous cargo indication. */
export interface DangerousCargo236 {
  kind: 'dangerous-cargo-236';
  lastport: string;
  departure: PartialTime;
  nextport: string;
  eta: PartialTime;
  dangerous: string;
  imdcat: string;
  unid: number;
  amount: number;
  unit: number;
}

/** DAC 1 FI 13 (IMO 236): fairway closed. */
export interface FairwayClosed {
  kind: 'fairway-closed';
  reason: string;
  closefrom: string;
  closeto: string;
  radius: number;
  extunit: number;
  from: PartialTime;
  to: PartialTime;
}

/** DAC 1 FI 14 (IMO 236, positions 1/10000 min) and FI 32 (IMO 289, 1/1000 min): tidal window. */
export interface TidalWindow {
  kind: 'tidal-window-236' | 'tidal-window-289';
  month: number;
  day: number;
  tidals: Array<{
    lon: number;
    lat: number;
    fromHour: number;
    fromMin: number;
    toHour: number;
    toMin: number;
    cdir: number;
    /** 0.1 knot. */
    cspeed: number;
  }>;
}

/** DAC 1 FI 15 (IMO 236): air draught in decimetres. */
export interface AirDraught {
  kind: 'air-draught';
  airdraught: number;
}

/** DAC 1 FI 16 (IMO 236 / 289): number of persons on board (8191 = unknown). */
export interface PersonsOnBoard {
  kind: 'persons-on-board';
  persons: number;
}

/** DAC 1 FI 17 (IMO 289): VTS-generated / synthetic targets. */
export interface VtsTargets {
  kind: 'vts-targets';
  targets: Array<{
    /** 0 MMSI, 1 IMO, 2 call sign, 3 other. */
    idtype: number;
    /** MMSI or IMO number as decimal text, or the six-bit call sign / other id. */
    id: string;
    /** 1/1000 minute. */
    lat: number;
    lon: number;
    course: number;
    second: number;
    speed: number;
  }>;
}

/** DAC 1 FI 18 (IMO 289): clearance time to enter port. */
export interface ClearanceTime extends PartialTime {
  kind: 'clearance-time';
  linkage: number;
  portname: string;
  destination: string;
  /** 1/1000 minute. */
  lon: number;
  lat: number;
}

/** DAC 1 FI 19 (IMO 289): marine traffic signal. */
export interface MarineTrafficSignal {
  kind: 'marine-traffic-signal';
  linkage: number;
  station: string;
  /** 1/1000 minute. */
  lon: number;
  lat: number;
  status: number;
  signal: number;
  hour: number;
  minute: number;
  nextsignal: number;
}

/** The 2-bit service availability codes of DAC 1 FI 20, in gpsd's order and with its names. */
export const BERTH_SERVICES = [
  'agent',
  'fuel',
  'chandler',
  'stevedore',
  'electrical',
  'water',
  'customs',
  'cartage',
  'crane',
  'lift',
  'medical',
  'navrepair',
  'provisions',
  'shiprepair',
  'surveyor',
  'steam',
  'tugs',
  'solidwaste',
  'liquidwaste',
  'hazardouswaste',
  'ballast',
  'additional',
  'regional1',
  'regional2',
  'future1',
  'future2',
] as const;

/** DAC 1 FI 20 (IMO 289): berthing data. */
export interface BerthingData extends PartialTime {
  kind: 'berthing-data';
  linkage: number;
  /** Metres. */
  berthLength: number;
  /** 0.1 m. */
  berthDepth: number;
  position: number;
  availability: number;
  /** Service codes in BERTH_SERVICES order. */
  services: number[];
  berthName: string;
  /** 1/1000 minute. */
  berthLon: number;
  berthLat: number;
}

/** DAC 1 FI 25 (IMO 289): dangerous cargo indication. */
export interface DangerousCargo289 {
  kind: 'dangerous-cargo-289';
  unit: number;
  amount: number;
  cargos: Array<{ code: number; subtype: number }>;
}

/** DAC 1 FI 27 (broadcast) and FI 28 (addressed) (IMO 289): route information. */
export interface RouteInformation extends PartialTime {
  kind: 'route-information';
  linkage: number;
  sender: number;
  rtype: number;
  /** Minutes (0 = cancel, 262143 = indefinite). */
  duration: number;
  /** 1/10000 minute. */
  waypoints: Array<{ lon: number; lat: number }>;
}

/** DAC 1 FI 29 (broadcast) and FI 30 (addressed) (IMO 289): text description. */
export interface TextDescription {
  kind: 'text-description';
  linkage: number;
  text: string;
}

/** One sub-area of an area notice (IMO 289 FI 22/23), dimensions already multiplied by the scale factor. */
export type AreaNoticeShape =
  | { shape: 'circle'; lon: number; lat: number; precision: number; radiusM: number }
  | {
      shape: 'rectangle';
      lon: number;
      lat: number;
      precision: number;
      eastM: number;
      northM: number;
      orientation: number;
    }
  | {
      shape: 'sector';
      lon: number;
      lat: number;
      precision: number;
      radiusM: number;
      leftBound: number;
      rightBound: number;
    }
  | { shape: 'polyline' | 'polygon'; points: Array<{ angle: number; distanceM: number }> }
  | { shape: 'text'; text: string }
  | { shape: 'reserved'; code: number };

/**
 * DAC 1 FI 22 (broadcast) and FI 23 (addressed) (IMO 289): area notice. gpsd does not decode it; the
 * layout is IMO SN.1/Circ.289 annex 2. Positions of anchored shapes are in 1/1000 minute.
 */
export interface AreaNotice extends PartialTime {
  kind: 'area-notice';
  linkage: number;
  /** IMO 289 notice description code 0-127. */
  notice: number;
  /** Minutes from the start time (262143 = until cancelled). */
  duration: number;
  subareas: AreaNoticeShape[];
}

export type ApplicationPayload =
  | MetHydro236
  | MetHydro289
  | InlandStatic
  | InlandLockTime
  | InlandEmmaWarning
  | InlandWaterLevel
  | InlandSignal
  | InlandPersons
  | AtonMonitoring
  | DangerousCargo236
  | FairwayClosed
  | TidalWindow
  | AirDraught
  | PersonsOnBoard
  | VtsTargets
  | ClearanceTime
  | MarineTrafficSignal
  | BerthingData
  | DangerousCargo289
  | RouteInformation
  | TextDescription
  | AreaNotice;

/**
 * Why an application payload stayed raw bits: a DAC/FI nobody here decodes, a known one whose length
 * does not fit its layout, or one whose contents fail its range checks (so it is probably another
 * application reusing the number).
 */
export const APPLICATION_REFUSALS = ['not_decoded', 'bad_length', 'out_of_range'] as const;
export type ApplicationRefusal = (typeof APPLICATION_REFUSALS)[number];
