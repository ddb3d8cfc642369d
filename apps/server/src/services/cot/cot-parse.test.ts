import { CoTParser } from '@tak-ps/node-cot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COT_MAX_MESSAGE_BYTES, isPositionReport, isSpotReport, parseCotMessage } from './cot-parse.ts';
import { CotSplitter } from './cot-splitter.ts';

/** What an ATAK device sends about itself, built by node-cot (an independent CoT implementation). */
function deviceSa(): string {
  const cot = CoTParser.from_xml(
    `<event version="2.0" uid="ANDROID-0a1b2c" type="a-f-G-U-C" how="m-g" time="2026-12-07T12:00:00.000Z" start="2026-12-07T12:00:00.000Z" stale="2026-12-07T12:06:00.000Z"><point lat="17.95" lon="-76.79" hae="12" ce="9.9" le="9999999"/><detail><contact callsign="CG-6589"/><track course="270.5" speed="10.29"/></detail></event>`,
  );
  return CoTParser.to_xml(cot);
}

describe('CoT in parsing (COT-6, COT-8, COT-9)', () => {
  it('[COT-9] reads the SA node-cot writes: uid, type, point, course, speed in knots', () => {
    const parsed = parseCotMessage(deviceSa());
    if (!parsed.ok || parsed.message.kind !== 'event') throw new Error(JSON.stringify(parsed));
    expect(parsed.message).toMatchObject({ uid: 'ANDROID-0a1b2c', type: 'a-f-G-U-C', lat: 17.95, lon: -76.79 });
    expect(parsed.message.courseDeg).toBeCloseTo(270.5, 3);
    expect(parsed.message.speedKn).toBeCloseTo(20, 1);
    expect(isPositionReport(parsed.message.type)).toBe(true);
    expect(isSpotReport('b-m-p-s-p-i')).toBe(true);
    expect(isSpotReport('a-f-G')).toBe(false);
  });

  it("[COT-6] reads TAK Server's plain-TCP auth message", () => {
    expect(parseCotMessage('<auth><cot username="cutter-1" password="tw_tak_x" uid="ANDROID-1"/></auth>')).toEqual({
      ok: true,
      message: { kind: 'auth', username: 'cutter-1', password: 'tw_tak_x', uid: 'ANDROID-1' },
    });
    expect(parseCotMessage('<auth><cot username="cutter-1"/></auth>').ok).toBe(false);
  });

  it('[COT-8] refuses entity attacks, huge documents and other roots without expanding anything', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><event uid="&lol2;"/>`;
    const external = `<!DOCTYPE event [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><event uid="&xxe;"/>`;
    for (const attack of [laughs, external]) expect(parseCotMessage(attack)).toMatchObject({ ok: false });
    const huge = `<event uid="a" type="a-f-G" time="2026-12-07T12:00:00Z" stale="2026-12-07T12:00:00Z"><point lat="1" lon="1"/><detail><remarks>${'x'.repeat(COT_MAX_MESSAGE_BYTES)}</remarks></detail></event>`;
    expect(parseCotMessage(huge)).toEqual({ ok: false, reason: 'message over 64 KiB' });
    expect(parseCotMessage('<html/>')).toMatchObject({ ok: false });
    expect(
      parseCotMessage('<event uid="a" type="a-f-G" time="x" stale="y"><point lat="1" lon="1"/></event>'),
    ).toMatchObject({
      ok: false,
    });
    expect(
      parseCotMessage(
        '<event uid="a" type="a-f-G" time="2026-12-07T12:00:00Z" stale="2026-12-07T12:00:00Z"><point lat="91" lon="1"/></event>',
      ),
    ).toMatchObject({ ok: false });
  });

  it('[COT-8] fuzz: no input throws; every answer is a message or a reason', () => {
    const sa = deviceSa();
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(sa.length), fc.nat(sa.length), (noise, from, to) => {
        for (const input of [noise, sa.slice(0, from) + noise + sa.slice(to), sa.slice(Math.min(from, to))]) {
          const result = parseCotMessage(input);
          expect(result.ok ? typeof result.message.kind : typeof result.reason).toBe('string');
        }
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('[COT-8] the stream splitter cuts at </event> and </auth> across chunks and drops an endless message', () => {
    const splitter = new CotSplitter();
    const sa = deviceSa();
    const auth = '<auth><cot username="a" password="b"/></auth>';
    const stream = auth + sa + sa;
    const messages: string[] = [];
    for (let i = 0; i < stream.length; i += 7) messages.push(...splitter.push(stream.slice(i, i + 7)).messages);
    expect(messages).toEqual([auth, sa, sa]);
    const endless = new CotSplitter();
    let dropped = 0;
    for (let i = 0; i < 100; i++) dropped += endless.push('x'.repeat(4096)).oversized;
    expect(dropped).toBeGreaterThan(0);
    // Memory stays bounded, and the stream recovers at the next whole message.
    expect(endless.push(`</event>${sa}`).messages).toContain(sa);
  });
});
