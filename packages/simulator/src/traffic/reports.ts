import { encodeSentences, type EncodableMessage } from '@tidewatch/ais';
import type { Rng } from '../random.ts';
import type { Identity, Particulars } from './fleet.ts';
import { remainingNm, type Motion } from './movement.ts';

/** What a transponder needs to describe its ship: identity, particulars, motion and voyage. */
export interface Transponder {
  identity: Identity;
  particulars: Particulars;
  aisClass: 'A' | 'B';
  motion: Motion;
  destination: string | null;
  /** Fixed heading while moored or anchored; ships swing little at a quay. */
  restingHeading: number;
  /** Pleasure craft usually have no heading sensor wired to the AIS. */
  reportsHeading: boolean;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Reporting interval (ITU-R M.1371 table 1 for Class A; 30 s / 3 min for Class B CS), before scaling. */
export function positionIntervalMs(t: Transponder): number {
  const sog = t.motion.speedKn;
  if (t.aisClass === 'B') return sog > 2 ? 30_000 : 180_000;
  if ((t.motion.navStatus === 1 || t.motion.navStatus === 5) && sog < 3) return 180_000;
  if (sog <= 14) return 10_000;
  if (sog <= 23) return 6_000;
  return 2_000;
}

export const STATIC_INTERVAL_MS = 360_000;

export function positionMessage(t: Transponder, atMs: number, rng: Rng): EncodableMessage {
  const m = t.motion;
  const moving = m.speedKn > 0.05;
  const sog = moving ? Math.max(0, round1(m.speedKn + rng.float(-0.2, 0.2))) : 0;
  const cog = moving ? round1((m.courseDeg + rng.float(-1.5, 1.5) + 360) % 360) : round1(rng.float(0, 359.9));
  const heading = moving ? Math.round((m.courseDeg + rng.float(-3, 3) + 360) % 360) % 360 : t.restingHeading;
  const second = new Date(atMs).getUTCSeconds();
  const common = {
    repeat: 0,
    mmsi: t.identity.mmsi,
    accuracy: false,
    lon: m.lon,
    lat: m.lat,
    speed: sog,
    course: cog,
    second,
    raim: false,
  };
  if (t.aisClass === 'A') {
    return { ...common, type: 1, navStatus: m.navStatus, turn: 0, rateOfTurn: 0, heading, maneuver: 0, radio: 0 };
  }
  return {
    ...common,
    type: 18,
    reserved: 0,
    heading: t.reportsHeading ? heading : null,
    regional: 0,
    cs: true,
    display: false,
    dsc: true,
    band: true,
    msg22: true,
    assigned: false,
    radio: 0,
  };
}

export function staticMessages(t: Transponder, atMs: number): EncodableMessage[] {
  const { identity: id, particulars: p } = t;
  const dims = { toBow: p.toBow, toStern: p.toStern, toPort: p.toPort, toStarboard: p.toStarboard };
  if (t.aisClass === 'B') {
    return [
      { type: 24, repeat: 0, mmsi: id.mmsi, part: 'A', shipName: id.name },
      {
        type: 24,
        repeat: 0,
        mmsi: id.mmsi,
        part: 'B',
        shipType: p.shipType,
        vendorId: 'SIM',
        model: 1,
        serial: id.mmsi % 1_000_000,
        vendorIdLegacy: '',
        callsign: id.callSign,
        dimensions: dims,
        mothershipMmsi: null,
      },
    ];
  }
  const sailing = t.motion.legs[t.motion.leg]?.kind === 'sail' && t.motion.speedKn > 0;
  const eta = sailing ? new Date(atMs + (remainingNm(t.motion) / t.motion.speedKn) * 3_600_000) : null;
  return [
    {
      type: 5,
      repeat: 0,
      mmsi: id.mmsi,
      aisVersion: 0,
      imo: id.imo,
      callsign: id.callSign,
      shipName: id.name,
      shipType: p.shipType,
      ...dims,
      epfd: 1,
      etaMonth: eta ? eta.getUTCMonth() + 1 : null,
      etaDay: eta ? eta.getUTCDate() : null,
      etaHour: eta ? eta.getUTCHours() : null,
      etaMinute: eta ? eta.getUTCMinutes() : null,
      draught: p.draught,
      destination: t.destination ?? '',
      dte: false,
    },
  ];
}

/** NMEA lines for messages; multipart messages take the next sequential id (0-9) as a transponder would. */
export function toSentences(messages: readonly EncodableMessage[], channel: string, nextSeqId: () => number): string[] {
  const out: string[] = [];
  for (const msg of messages) {
    const lines = encodeSentences(msg, { channel, seqId: msg.type === 5 ? nextSeqId() : 0 });
    for (const line of lines) out.push(line);
  }
  return out;
}
