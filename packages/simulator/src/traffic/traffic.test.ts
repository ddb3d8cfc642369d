import { describe, expect, it } from 'vitest';
import { AisDecoder, flagStateOf, isValidImo, type AisMessage } from '@tidewatch/ais';
import { createTraffic } from './traffic.ts';

const START = Date.UTC(2026, 10, 29, 12, 0, 0);

function run(stepMs: number, minutes: number, vessels = 200) {
  const traffic = createTraffic({ seed: 42, vessels, startMs: START });
  const lines: string[] = [];
  for (let t = START; t <= START + minutes * 60_000; t += stepMs) lines.push(...traffic.advance(t));
  return { traffic, lines };
}

function decodeAll(lines: readonly string[]): { messages: AisMessage[]; decoder: AisDecoder } {
  const decoder = new AisDecoder();
  const messages: AisMessage[] = [];
  for (const line of lines) for (const d of decoder.push(line, 0)) messages.push(d.message);
  return { messages, decoder };
}

// These run hours of simulated traffic (1-2 s each on a quiet core); on a shared, loaded host they need more
// than vitest's 5 s default, and a timeout there says nothing about the simulator.
describe('simulated Caribbean traffic', { timeout: 30_000 }, () => {
  it('[SIM-TR-1] is deterministic by seed, however finely it is advanced', () => {
    const a = run(1000, 10);
    const b = run(7000, 10);
    expect(a.lines.length).toBeGreaterThan(1000);
    expect(b.lines.slice(0, a.lines.length - 200)).toEqual(a.lines.slice(0, a.lines.length - 200));
    const other = createTraffic({ seed: 43, vessels: 200, startMs: START }).advance(START + 60_000);
    expect(other).not.toEqual(a.lines.slice(0, other.length));
  });

  it('[SIM-TR-2] emits real NMEA that our decoder reads without a single rejection: types 1, 5 (two parts), 18, 24 A/B, and binary 6 / 8 (persons on board, weather, area notices)', () => {
    const { lines } = run(1000, 8);
    const { messages, decoder } = decodeAll(lines);
    const rejected = Object.values(decoder.stats.rejected).reduce((s, n) => s + n, 0);
    expect(rejected).toBe(0);
    const types = new Set(messages.map((m) => (m.type === 24 ? `24${m.part}` : String(m.type))));
    expect([...types].sort()).toEqual(['1', '18', '24A', '24B', '5', '6', '8']);
    const kinds = new Set(messages.flatMap((m) => (m.type === 6 || m.type === 8 ? [m.application?.kind] : [])));
    expect([...kinds].sort()).toEqual(['area-notice', 'met-hydro-289', 'persons-on-board']);
    expect(lines.some((l) => l.startsWith('!AIVDM,2,1,'))).toBe(true);
  });

  it('[SIM-TR-3] vessels have valid identities: MID matching the flag, valid IMO numbers, unique MMSIs', () => {
    const { traffic, lines } = run(1000, 8, 500);
    const roster = traffic.roster();
    expect(new Set(roster.map((v) => v.mmsi)).size).toBe(roster.length);
    for (const v of roster) expect(flagStateOf(v.mmsi)?.alpha2, `${v.mmsi} ${v.flag}`).toBe(v.flag);
    const { messages } = decodeAll(lines);
    const statics = messages.filter((m) => m.type === 5);
    expect(statics.length).toBeGreaterThan(50);
    for (const m of statics) {
      if (m.type === 5 && m.imo !== null) expect(isValidImo(m.imo), String(m.imo)).toBe(true);
      if (m.type === 5) expect(m.shipName.length).toBeGreaterThan(0);
    }
  });

  it('[SIM-TR-4] speeds and positions are realistic: in the Caribbean box, under 45 kn', () => {
    const { lines } = run(1000, 5, 1000);
    const { messages } = decodeAll(lines);
    for (const m of messages) {
      if (m.type === 1 || m.type === 18) {
        expect(m.lat).toBeGreaterThan(8);
        expect(m.lat).toBeLessThan(28);
        expect(m.lon).toBeGreaterThan(-88);
        expect(m.lon).toBeLessThan(-64);
        expect(m.speed ?? 0).toBeLessThan(45);
      }
    }
  });

  it('[SIM-TR-5] stages scenario actors: dark, rendezvous, loiter, identity change', () => {
    const traffic = createTraffic({ seed: 7, vessels: 400, startMs: START, reportIntervalScale: 10 });
    const kinds = new Set(traffic.scenarios.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['dark', 'identity_change', 'loiter', 'rendezvous']);
    const dark = traffic.scenarios.find((s) => s.kind === 'dark');
    const mmsi = dark?.mmsis[0];
    expect(mmsi).toBeDefined();
    // No sentence from the dark vessel during its window.
    const heard = new Set<number>();
    const decoder = new AisDecoder();
    for (let t = START; t < (dark?.to ?? START); t += 60_000) {
      const lines = traffic.advance(t);
      if (t < (dark?.from ?? 0) + 60_000) continue;
      for (const line of lines) for (const d of decoder.push(line, t)) heard.add(d.message.mmsi);
    }
    expect(heard.size).toBeGreaterThan(300);
    expect(heard.has(mmsi ?? 0)).toBe(false);
  });

  it('[SIM-TR-6] a rendezvous pair comes within 500 m and stays slow', () => {
    const traffic = createTraffic({ seed: 7, vessels: 100, startMs: START });
    const meet = traffic.scenarios.find((s) => s.kind === 'rendezvous');
    expect(meet).toBeDefined();
    const [a, b] = meet?.mmsis ?? [];
    const last = new Map<number, { lat: number; lon: number; speed: number }>();
    const decoder = new AisDecoder();
    let closest = Number.POSITIVE_INFINITY;
    const mid = ((meet?.from ?? 0) + (meet?.to ?? 0)) / 2;
    for (let t = START; t <= mid; t += 30_000) {
      for (const line of traffic.advance(t)) {
        for (const d of decoder.push(line, t)) {
          const m = d.message;
          if ((m.type === 1 || m.type === 18) && m.lat !== null && m.lon !== null)
            last.set(m.mmsi, { lat: m.lat, lon: m.lon, speed: m.speed ?? 0 });
        }
      }
      const pa = last.get(a ?? 0);
      const pb = last.get(b ?? 0);
      if (t > (meet?.from ?? 0) + 600_000 && pa && pb) {
        closest = Math.min(closest, Math.hypot(pa.lat - pb.lat, (pa.lon - pb.lon) * Math.cos(0.3)) * 111_000);
        expect(pa.speed).toBeLessThan(2);
      }
    }
    expect(closest).toBeLessThan(500);
  });

  it('[SIM-TR-7] time acceleration: a larger interval scale keeps the message rate per sim hour down', () => {
    const slow = createTraffic({ seed: 1, vessels: 300, startMs: START, reportIntervalScale: 10 });
    const fast = createTraffic({ seed: 1, vessels: 300, startMs: START });
    let a = 0;
    let b = 0;
    for (let t = START; t <= START + 600_000; t += 1000) {
      a += slow.advance(t).length;
      b += fast.advance(t).length;
    }
    expect(a * 6).toBeLessThan(b);
  });

  it('[SIM-TR-8] no two vessels report one IMO number, except a reflagged ship under its old and new MMSI', () => {
    // 4000 vessels is the demo's size: random IMO numbers used to collide there and raise cloned-identity alerts.
    const world = createTraffic({ seed: 20261129, vessels: 4000, startMs: START });
    const byImo = new Map<number, Set<number>>();
    const record = (lines: readonly string[], decoder: AisDecoder) => {
      for (const line of lines) {
        for (const d of decoder.push(line, 0)) {
          const m = d.message;
          if (m.type === 5 && m.imo !== null) byImo.set(m.imo, (byImo.get(m.imo) ?? new Set()).add(m.mmsi));
        }
      }
    };
    const decoder = new AisDecoder();
    for (let t = START; t <= START + 40_000; t += 1000) record(world.advance(t), decoder);
    expect(byImo.size).toBeGreaterThan(1000);
    expect([...byImo.values()].filter((mmsis) => mmsis.size > 1)).toEqual([]);

    const small = createTraffic({ seed: 7, vessels: 400, startMs: START, reportIntervalScale: 10 });
    const change = small.scenarios.find((s) => s.kind === 'identity_change');
    expect(change).toBeDefined();
    byImo.clear();
    const smallDecoder = new AisDecoder();
    // A moored ship reports rarely at this scale: its new identity is heard at its next report after the change.
    for (let t = START; t <= (change?.to ?? START) + 2 * 3_600_000; t += 60_000) record(small.advance(t), smallDecoder);
    const shared = [...byImo.values()].filter((mmsis) => mmsis.size > 1).map((mmsis) => [...mmsis].sort());
    expect(shared).toEqual([[...(change?.mmsis ?? [])].sort()]);
  }, 60_000);
});
