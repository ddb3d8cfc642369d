import { Socket as NetSocket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AisDecoder, REJECT_REASONS, encodeSentences } from '@tidewatch/ais';
import type { FeedList, FeedStats } from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { createRng } from '@tidewatch/simulator';
import { corpusLines } from '../../../packages/ais/src/tests/corpus.ts';
import { sha256 } from '../src/auth/tokens.ts';
import { createLogger } from '../src/logger.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { positionReport } from '../../../test/support/intel.ts';
import { getJson, startTestServer } from '../../../test/support/server.ts';
import { MUTATIONS, mutate } from './support/nmea-mutations.ts';

/**
 * FAULT-1: 200,000 damaged NMEA lines (real corpus lines truncated, bit-flipped, with bad or recomputed
 * checksums, overlong, binary) through the TCP listener and the HTTP feed of one real server.
 */
const LINES = 200_000;
/** One good line (a fresh vessel's position) every this many, to show good lines still decode amid garbage. */
const GOOD_EVERY = 100;
const FEED_KEY = 'tw_key_test_fuzz_feeds_0123456789';
/** Heap the test process (it hosts the server) may keep after 200,000 lines and a full GC. */
const HEAP_BOUND_MB = 64;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const SEEDS = [
  'gpsd/sample.aivdm',
  'pyais/nmea_data_sample.txt',
  'pyais/mixed.txt',
  'pyais/timestamped.ais',
  'pyais/gatehouse.nmea',
  'libais/tagblock.nmea',
  'libais/typeexamples.nmea',
  'gfw-ais-tools/errors.nmea',
]
  .flatMap((f) => corpusLines(f))
  .map((l) => l.replace(/\r$/, ''))
  .filter((l) => l.length > 0 && !l.startsWith('#'));

function goodLine(k: number): { mmsi: number; line: string } {
  const mmsi = 338_100_000 + k;
  const report = positionReport(mmsi, 17.5 + (k % 37) / 100, -76.5 + (k % 100) / 100, 9.5);
  // The helper answers the message union; a class A position report is what the encoder takes here.
  if (report.type !== 1) throw new Error('positionReport no longer makes a type 1 report');
  const [line] = encodeSentences(report);
  return { mmsi, line: line ?? '' };
}

/** The lines of one feed: mostly damaged, every GOOD_EVERY-th a good one. */
function linesFor(label: string, count: number, goodFrom: number): { lines: Buffer[]; good: number[] } {
  const rng = createRng(`feed-fuzz-${label}`);
  const lines: Buffer[] = [];
  const good: number[] = [];
  for (let i = 0; i < count; i++) {
    if (i % GOOD_EVERY === 0) {
      const g = goodLine(goodFrom + good.length);
      good.push(g.mmsi);
      lines.push(Buffer.from(g.line, 'latin1'));
    } else lines.push(mutate(rng.pick(SEEDS), rng.pick(MUTATIONS), rng));
  }
  return { lines, good };
}

/** What a decoder of its own makes of the same lines, read as the transport reads them. */
function reference(lines: Buffer[], encoding: 'latin1' | 'utf8'): { decoded: number; rejected: number } {
  const decoder = new AisDecoder();
  let decoded = 0;
  for (const line of lines) decoded += decoder.push(line.toString(encoding), 0).length;
  const { rejected } = decoder.stats;
  return { decoded, rejected: REJECT_REASONS.reduce((sum, r) => sum + rejected[r], 0) };
}

const ENDINGS = ['\n', '\r\n', '\r'];

describe('FAULT-1 damaged NMEA through the TCP and HTTP feeds', () => {
  const dir = createTempDir('feed-fuzz');
  const logged: { level: number; msg: string; rejectedSinceLastLog?: number }[] = [];
  let server: RunningServer;

  beforeAll(async () => {
    const logger = createLogger('warn', 'fuzz', {
      write: (text: string) => void logged.push(JSON.parse(text) as (typeof logged)[number]),
    });
    server = await startTestServer({ DATA_DIR: dir.path, AIS_FEEDS: 'fuzz=tcp-server:127.0.0.1:0,http' }, { logger });
    await server.ctx.apiKeys.upsertByHash({
      agencyCode: 'JCA',
      kind: 'api',
      name: 'fuzz receiver',
      prefix: 'tw_key_test',
      keyHash: sha256(FEED_KEY),
      scopes: ['feeds:write'],
    });
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    dir.remove();
  });

  it('[FAULT-1] 200,000 mutated lines: no crash, every line and rejection counted and logged, good lines decoded, memory bounded', async () => {
    const tcp = linesFor('tcp', LINES / 2, 0);
    const http = linesFor('http', LINES / 2, tcp.good.length);
    // After the lines exist: what is measured is what the server keeps, not the test's own input.
    const heapBefore = heapMb();
    const rng = createRng('feed-fuzz-framing');

    // TCP: one connection, line ends of all three kinds, written in chunks that cut lines anywhere.
    const port = server.feeds.ports.get('fuzz') ?? 0;
    const socket = new NetSocket();
    await new Promise<void>((resolve, reject) => socket.connect(port, '127.0.0.1', resolve).once('error', reject));
    const stream = Buffer.concat(tcp.lines.flatMap((l) => [l, Buffer.from(rng.pick(ENDINGS), 'latin1')]));
    for (let at = 0; at < stream.length; ) {
      const size = rng.int(1, 65_536);
      const chunk = stream.subarray(at, at + size);
      at += size;
      if (!socket.write(chunk)) await new Promise((resolve) => socket.once('drain', resolve));
    }
    await new Promise<void>((resolve) => socket.end(resolve));

    // HTTP: the other half in bodies of 250 lines (a sixth of them overlong: about 350 kB, under the body limit).
    const answers: { status: number; lines: number }[] = [];
    for (let i = 0; i < http.lines.length; i += 250) {
      const body = Buffer.concat(http.lines.slice(i, i + 250).flatMap((l) => [l, Buffer.from('\n', 'latin1')]));
      const res = await fetch(`${server.url}/api/v1/feeds/http/nmea`, {
        method: 'POST',
        headers: { authorization: `Bearer ${FEED_KEY}`, 'content-type': 'text/plain' },
        body,
      });
      const json = (await res.json()) as { lines?: number };
      answers.push({ status: res.status, lines: json.lines ?? -1 });
    }
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(answers.reduce((sum, a) => sum + a.lines, 0)).toBe(LINES / 2);

    const feedsNow = async (): Promise<Map<string, FeedStats>> => {
      const { json } = await getJson<FeedList>(server.url, '/api/v1/feeds');
      return new Map(json.feeds.map((f) => [f.name, f]));
    };
    // The TCP side is read asynchronously: wait until the listener has counted every line.
    let feeds = await feedsNow();
    for (let i = 0; i < 300 && (feeds.get('fuzz')?.lines ?? 0) < LINES / 2; i++) {
      await new Promise((r) => setTimeout(r, 100));
      feeds = await feedsNow();
    }
    const heapAfter = heapMb();

    const expected = { fuzz: reference(tcp.lines, 'latin1'), http: reference(http.lines, 'utf8') };
    const figures: string[] = [];
    for (const [name, want] of Object.entries(expected)) {
      const got = feeds.get(name);
      expect(got, name).toBeDefined();
      if (!got) continue;
      const byReason = Object.values(got.rejectedByReason).reduce((sum, n) => sum + n, 0);
      figures.push(
        `${name}: ${got.lines} lines, ${got.decoded} decoded (reference ${want.decoded}), ${got.rejected} rejected (reference ${want.rejected}) ${JSON.stringify(got.rejectedByReason)}`,
      );
      expect(got.lines, name).toBe(LINES / 2);
      expect(byReason, name).toBe(got.rejected);
      // Multipart fragments wait up to 10 s for their partners; the server's clock runs while these lines
      // arrive and the reference's does not, so a partner that came late may count differently. Nothing else may.
      expect(Math.abs(got.rejected - want.rejected), name).toBeLessThanOrEqual(LINES / 2 / 1000);
      expect(Math.abs(got.decoded - want.decoded), name).toBeLessThanOrEqual(LINES / 2 / 1000);
      expect(got.rejected, name).toBeGreaterThan(LINES / 4);
    }

    // Every good line decoded into the picture: each fresh MMSI is a live vessel.
    const good = [...tcp.good, ...http.good];
    const sample = good.filter((_, i) => i % 40 === 0);
    for (const mmsi of sample) {
      const card = await getJson(server.url, `/api/v1/vessels/${mmsi}`);
      expect(card.status, `vessel ${mmsi}`).toBe(200);
    }
    const decodedTotal = (feeds.get('fuzz')?.decoded ?? 0) + (feeds.get('http')?.decoded ?? 0);
    expect(decodedTotal).toBeGreaterThanOrEqual(good.length);

    // Rejections are logged, rate-limited (one line per feed per 10 s naming how many since the last),
    // and nothing reached the error level: a message the picture refused would be a bug.
    const rejectLogs = logged.filter((l) => l.msg === 'AIS line rejected');
    expect(rejectLogs.length).toBeGreaterThanOrEqual(2);
    expect(logged.filter((l) => l.level >= 50)).toEqual([]);

    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    console.info(
      `[FAULT-1] ${LINES} lines, ${good.length} good; ${figures.join('; ')}; heap ${heapBefore.toFixed(0)} -> ${heapAfter.toFixed(0)} MB; reject log lines ${rejectLogs.length}`,
    );
    expect(heapAfter - heapBefore).toBeLessThan(HEAP_BOUND_MB);
  }, 180_000);
});
