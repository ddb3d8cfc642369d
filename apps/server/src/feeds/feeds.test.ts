import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { backoffMs } from './tcp-client-feed.ts';
import { loadFeedSources, parseFeedSpec } from './feed-config.ts';
import { LineSplitter } from './line-splitter.ts';
import { RateMeter } from './rate-meter.ts';
import { Feed } from './feed.ts';

describe('feed configuration', () => {
  it('[FEED-1] parses the compact AIS_FEEDS form, with names and hosts', () => {
    expect(
      loadFeedSources('aishub=tcp-client:data.example.org:4001,tcp-server:10110,udp:127.0.0.1:10111,http', undefined),
    ).toEqual([
      { kind: 'tcp-client', name: 'aishub', host: 'data.example.org', port: 4001, maxBackoffMs: 60_000 },
      { kind: 'tcp-server', name: 'tcp-server-10110', host: '0.0.0.0', port: 10110 },
      { kind: 'udp', name: 'udp-10111', host: '127.0.0.1', port: 10111 },
      { kind: 'http', name: 'http' },
    ]);
    expect(parseFeedSpec('tcp-client:[::1]:5000')).toEqual([
      { kind: 'tcp-client', name: 'tcp-client-5000', host: '::1', port: 5000 },
    ]);
  });

  it('[FEED-2] refuses unknown kinds, bad ports and duplicate names with every problem listed', () => {
    expect(() => loadFeedSources('serial:/dev/ttyUSB0', undefined)).toThrow(/feeds\.0\.kind/);
    expect(() => loadFeedSources('tcp-server:99999', undefined)).toThrow(/feeds\.0\.port/);
    expect(() => loadFeedSources('a=http,a=udp:1', undefined)).toThrow(/used twice/);
  });
});

describe('feed plumbing', () => {
  it('[FEED-3] splits a stream into lines across chunk boundaries, CRLF or LF, and bounds a runaway line', () => {
    const lines: string[] = [];
    const s = new LineSplitter(10);
    s.push('ab', (l) => lines.push(l));
    s.push('c\r\nde\nf', (l) => lines.push(l));
    s.push('x'.repeat(20), (l) => lines.push(l));
    s.push('\nlast', (l) => lines.push(l));
    s.end((l) => lines.push(l));
    expect(lines).toEqual(['abc', 'de', 'last']);
    expect(s.overflows).toBe(1);
  });

  it('[DATA-4] ends a line at a bare CR, LF or CRLF, a CRLF split across chunks being one line end', () => {
    const lines: string[] = [];
    const s = new LineSplitter();
    s.push('a\rb\r', (l) => lines.push(l));
    s.push('\nc\n\rd\r\n\r\ne', (l) => lines.push(l));
    s.end((l) => lines.push(l));
    expect(lines).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('[DATA-4] drops an over-long line whole, reports it once, and keeps the next line', () => {
    const lines: string[] = [];
    let overflows = 0;
    const s = new LineSplitter(10);
    const push = (chunk: string) =>
      s.push(
        chunk,
        (l) => lines.push(l),
        () => overflows++,
      );
    push(`ok\r${'x'.repeat(8)}`);
    push('x'.repeat(8));
    push(`${'x'.repeat(8)}\rnext\r`);
    expect(lines).toEqual(['ok', 'next']);
    expect(overflows).toBe(1);
  });

  it('[DATA-4] a feed counts a line the splitter dropped for its length as rejected too_long', () => {
    const feed = new Feed(
      't',
      'http',
      '/x',
      () => undefined,
      pino({ level: 'silent' }),
      () => 1_000,
    );
    const result = feed.pushText(`${'x'.repeat(5000)}\rhello\r`);
    expect(result).toEqual({ lines: 2, decoded: 0, rejected: 2, rejectedByReason: { too_long: 1, not_nmea: 1 } });
    expect(feed.stats()).toMatchObject({ lines: 2, rejected: 2, rejectedByReason: { too_long: 1, not_nmea: 1 } });
  });

  it('[FEED-4] reconnect backoff doubles from 0.5 s with jitter and stops at the cap', () => {
    expect(backoffMs(0, 60_000, () => 0.5)).toBe(500);
    expect(backoffMs(3, 60_000, () => 0.5)).toBe(4000);
    expect(backoffMs(30, 60_000, () => 0.5)).toBe(60_000);
    expect(backoffMs(2, 60_000, () => 0)).toBe(1600);
  });

  it('[FEED-5] measures lines per second over a sliding window', () => {
    const m = new RateMeter(10);
    for (let s = 0; s < 10; s++) m.add(1_000_000 + s * 1000, 50);
    expect(m.rate(1_000_000 + 10_000)).toBe(50);
    expect(m.rate(1_000_000 + 30_000)).toBe(0);
  });

  it('[FEED-6] counts decoded and rejected lines by reason and never throws on garbage', () => {
    const decoded: number[] = [];
    let now = 1_000;
    const feed = new Feed(
      't',
      'http',
      '/x',
      (d) => decoded.push(d.message.mmsi),
      pino({ level: 'silent' }),
      () => now,
    );
    const result = feed.pushText(
      '!AIVDM,1,1,,A,13RlIW?04F1beOVEFLB9bRvH0L0L,0*6C\n!AIVDM,1,1,,A,13RlIW?04F1beOVEFLB9bRvH0L0L,0*00\nhello\n\u0000\u00ff\n',
    );
    expect(result).toEqual({ lines: 4, decoded: 1, rejected: 3, rejectedByReason: { bad_checksum: 1, not_nmea: 2 } });
    now += 2_000;
    expect(feed.stats()).toMatchObject({
      lines: 4,
      decoded: 1,
      rejected: 3,
      rejectedByReason: { bad_checksum: 1, not_nmea: 2 },
      lastMessageAgeSeconds: 2,
    });
    expect(decoded).toHaveLength(1);
  });
});
