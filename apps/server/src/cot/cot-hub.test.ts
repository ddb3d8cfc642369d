import { createSocket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { CoTParser } from '@tak-ps/node-cot';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '@tidewatch/domain';
import { alertOn } from '../../../../test/support/cot-events.ts';
import { createLogger } from '../logger.ts';
import { type CotBatch, CotHub, type CotSink, type CotVessel } from './cot-hub.ts';
import { createUdpSink } from './cot-udp.ts';
import { SuspectMarks } from './suspect-marks.ts';

const viewer = (agency: string, groups: string[] = []): Viewer => ({ agency, groups: new Set(groups) });

class RecordingSink implements CotSink {
  readonly messages: string[] = [];
  constructor(readonly viewer: Viewer) {}
  deliver(batch: CotBatch): void {
    this.messages.push(...batch.messages);
  }
  types(uid: string): string[] {
    return this.messages
      .map((m) => CoTParser.from_xml(m).raw.event._attributes)
      .filter((a) => a.uid === uid)
      .map((a) => a.type);
  }
}

function fleet(size: number, atMs: number): CotVessel[] {
  return Array.from({ length: size }, (_, i) => ({
    mmsi: 338000000 + i,
    lat: 17 + i / 1000,
    lon: -76,
    cog: 90,
    sog: 10,
    positionAt: atMs,
    name: `V${i}`,
    category: 'cargo',
    hasPosition: true,
    status: 'live',
  }));
}

/** A hub as the node runs one: 5 s per vessel, stale after 10 min. */
const hubOf = (vessels: () => CotVessel[], marks: SuspectMarks, nowMs: () => number) =>
  new CotHub({
    vessels: { values: vessels },
    marks,
    nowMs,
    vesselIntervalMs: 5000,
    staleAfterMs: 600_000,
    markerLifeMs: 3_600_000,
    recentEventsKept: 10,
  });

describe('CoT hub (COT-1, COT-2, COT-3, COT-4)', () => {
  it('[COT-2] [COT-1] a vessel is suspect only to the readers of its open alert; closing the alert clears it', () => {
    let now = Date.parse('2026-12-07T12:00:00Z');
    const vessels = fleet(3, now);
    const marks = new SuspectMarks();
    const hub = hubOf(
      () => vessels,
      marks,
      () => now,
    );
    const uscg = new RecordingSink(viewer('USCG'));
    const cbp = new RecordingSink(viewer('CBP'));
    hub.events([alertOn(338000001, 'JCA', ['USCG'])]);
    hub.add(uscg);
    hub.add(cbp);
    expect(uscg.types('MMSI-338000001')).toEqual(['a-s-S-X-M-C']);
    expect(cbp.types('MMSI-338000001')).toEqual(['a-u-S-X-M-C']);
    expect(uscg.types('MMSI-338000002')).toEqual(['a-u-S-X-M-C']);
    hub.events([alertOn(338000001, 'JCA', ['USCG'], 'closed')]);
    now += 6000;
    for (const v of vessels) Object.assign(v, { positionAt: now });
    hub.vesselTick();
    expect(uscg.types('MMSI-338000001')).toEqual(['a-s-S-X-M-C', 'a-u-S-X-M-C']);
  });

  it('[COT-3] one update per vessel per interval, and only for a newer fix', () => {
    let now = Date.parse('2026-12-07T12:00:00Z');
    const vessels = fleet(100, now);
    const hub = hubOf(
      () => vessels,
      new SuspectMarks(),
      () => now,
    );
    const sink = new RecordingSink(viewer('CBP'));
    hub.add(sink);
    expect(hub.vesselTick()).toBe(100);
    let sent = 0;
    for (let second = 1; second <= 10; second++) {
      now += 1000;
      // Every vessel reports every second.
      for (const v of vessels) Object.assign(v, { positionAt: now });
      sent += hub.vesselTick();
    }
    expect(sent).toBe(200);
    now += 60_000;
    expect(hub.vesselTick()).toBe(0);
  });

  it('[COT-4] UDP carries one event per datagram, of what the configured agency may read', async () => {
    const listener = createSocket('udp4');
    await new Promise<void>((resolve) => listener.bind(0, '127.0.0.1', () => resolve()));
    const datagrams: string[] = [];
    listener.on('message', (msg) => datagrams.push(msg.toString('utf8')));
    const port = (listener.address() as AddressInfo).port;
    const sink = await createUdpSink(`127.0.0.1:${port}`, viewer('CBP'), createLogger('silent', 'test'));
    const now = Date.parse('2026-12-07T12:00:00Z');
    const marks = new SuspectMarks();
    marks.add([alertOn(338000001, 'JCA', ['USCG'])]);
    const hub = hubOf(
      () => fleet(5, now),
      marks,
      () => now,
    );
    hub.add(sink);
    const deadline = Date.now() + 5000;
    while (datagrams.length < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    sink.close();
    listener.close();
    expect(datagrams).toHaveLength(5);
    const types = datagrams.map((d) => CoTParser.from_xml(d).raw.event._attributes.type);
    // The alert is USCG's: CBP's release shows the vessel unknown.
    expect(types.every((t) => t === 'a-u-S-X-M-C')).toBe(true);
  });
});
