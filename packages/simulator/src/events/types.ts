import type { Grading, KNOWN_EVENT_KINDS, Position, SeizureDetails, Tlp } from '@tidewatch/contracts';
import type { AgencyCode } from '../agencies.ts';
import type { Cast } from '../cast.ts';
import type { Rng } from '../random.ts';

export type KnownEventKind = (typeof KNOWN_EVENT_KINDS)[number];

/**
 * When in the day and week a kind of activity happens. Cargo is examined in office hours on weekdays;
 * go-fasts run at night; automated alerts fire around the clock.
 */
export type Rhythm = 'port' | 'office' | 'airport' | 'sea' | 'night' | 'systems';

/** How guarded the information is; shifts the TLP the owner picks. */
export type Sensitivity = 'routine' | 'sensitive' | 'restricted';

export interface ScenarioContext {
  rng: Rng;
  cast: Cast;
  /** When the event happened. */
  at: Date;
  /** Name of the surge operation running that day, if any; scenarios may cite it. */
  operation?: string;
}

export interface VesselRef {
  mmsi?: string;
  imo?: string;
  name?: string;
  callSign?: string;
}

/** A scenario's description of what happened; composeEvent adds id, times, releasability and status. */
export interface Draft {
  kind: KnownEventKind;
  title: string;
  summary: string;
  ownerAgency: AgencyCode;
  position: Position;
  /** UN/LOCODE or a place name. */
  place: string;
  severity: number;
  grading: Grading;
  subjects: {
    vessels?: VesselRef[];
    containers?: string[];
    organisations?: string[];
    persons?: string[];
  };
  seizure?: SeizureDetails;
  sensitivity: Sensitivity;
  /** Agencies the information matters to, beyond the owner; named recipients are drawn from these. */
  audience: readonly AgencyCode[];
  /** Forces a TLP, for the few stories that only make sense at one level (a public press release). */
  tlp?: Tlp;
}

export interface Scenario {
  id: string;
  kind: KnownEventKind;
  /** Relative frequency on an ordinary day. */
  weight: number;
  rhythm: Rhythm;
  /** Range of delay between the event and its report, in minutes: sensors report at once, seizures after a count. */
  reportDelayMinutes: readonly [number, number];
  build(ctx: ScenarioContext): Draft;
}
