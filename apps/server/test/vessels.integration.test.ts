import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { Socket as NetSocket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { encodeSentences } from '@tidewatch/ais';
import {
  readVesselRows,
  type ClientToServerEvents,
  type FeedList,
  type ServerToClientEvents,
  type VesselBatch,
  type VesselCard,
  type VesselSearchResult,
  type VesselTrack,
} from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { sha256 } from '../src/auth/tokens.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { ManualTime } from '../src/time/manual-time.ts';
import { BATCH_INTERVAL_MS } from '../src/vessels/vessel-gateway.ts';
import { getJson, startTestServer, testKey } from '../../../test/support/server.ts';

// Read in place from the shared corpora, never copied into the repository.
const CORPUS = fileURLToPath(new URL('../../../../shared/corpora/ais/pyais/nmea_data_sample.txt', import.meta.url));
const FEED_KEY = 'tw_key_test_feeds_receiver_0123456789';

/** The feeds server's timers (vessel batches, track flush, sweeps): they run as `until` advances them. */
const timers = new ManualTime();

/** Polls `probe`, running the server's next batch tick before each try and waiting for real I/O between. */
async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await timers.advance(BATCH_INTERVAL_MS);
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function position(mmsi: number, lat: number, lon: number): string {
  const [line] = encodeSentences({
    type: 1,
    repeat: 0,
    mmsi,
    navStatus: 0,
    turn: 0,
    rateOfTurn: 0,
    speed: 11.5,
    accuracy: false,
    lon,
    lat,
    course: 90,
    heading: 91,
    second: 0,
    maneuver: 0,
    raim: false,
    radio: 0,
  });
  return line ?? '';
}

function postNmea(server: RunningServer, feed: string, body: string, key = FEED_KEY, type = 'text/plain') {
  return fetch(`${server.url}/api/v1/feeds/${feed}/nmea`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': type },
    body,
  });
}

describe('AIS feeds into the vessel picture', () => {
  const dir = createTempDir('vessels');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer(
      {
        DATA_DIR: dir.path,
        AIS_FEEDS: 'replay=tcp-server:127.0.0.1:0,radio=udp:127.0.0.1:0,http',
      },
      { scheduler: timers },
    );
    await server.ctx.apiKeys.upsertByHash({
      agencyCode: 'JCA',
      kind: 'api',
      name: 'receiver',
      prefix: 'tw_key_test',
      keyHash: sha256(FEED_KEY),
      scopes: ['feeds:write'],
    });
  });
  afterAll(async () => {
    await server.close();
    dir.remove();
  });

  it('[FEED-TCP-1] a real log written into the TCP listener puts its vessels in the picture (REST)', async () => {
    const port = server.feeds.ports.get('replay');
    expect(port).toBeGreaterThan(0);
    const socket = new NetSocket();
    await new Promise<void>((resolve, reject) => socket.connect(port ?? 0, '127.0.0.1', resolve).once('error', reject));
    await new Promise<void>((resolve) => socket.end(readFileSync(CORPUS), resolve));
    // pyais's sample names 165 MMSIs in vessel messages (types 1-3, 5, 18, 19, 24, 27); one of them only ever
    // sends a position of "not available", which is no vessel to show.
    const found = await until('the corpus vessels', async () => {
      const { json } = await getJson<VesselSearchResult>(server.url, '/api/v1/vessels?limit=200');
      return json.items.length >= 164 ? json.items : undefined;
    });
    expect(found.length).toBe(164);
    const { json: feeds } = await getJson<FeedList>(server.url, '/api/v1/feeds');
    const replay = feeds.feeds.find((f) => f.name === 'replay');
    expect(replay).toMatchObject({ kind: 'tcp-server', state: 'listening', lines: 898, decoded: 778 });
    expect(replay?.rejectedByReason.empty_payload).toBe(100);
    expect(replay?.lastMessageAgeSeconds).toBeLessThan(30);
  });

  it('[VES-REST-1] searches by name, MMSI and call sign; the card has identity, flag, type, dims, voyage and age', async () => {
    const { json: all } = await getJson<VesselSearchResult>(server.url, '/api/v1/vessels?limit=200');
    const named = all.items.find((v) => v.name !== null && v.callSign !== null);
    expect(named).toBeDefined();
    const byName = await getJson<VesselSearchResult>(
      server.url,
      `/api/v1/vessels?q=${encodeURIComponent(named?.name ?? '')}`,
    );
    expect(byName.json.items.map((v) => v.mmsi)).toContain(named?.mmsi);
    const byMmsi = await getJson<VesselSearchResult>(server.url, `/api/v1/vessels?q=${named?.mmsi}`);
    expect(byMmsi.json.items[0]?.mmsi).toBe(named?.mmsi);
    const byCall = await getJson<VesselSearchResult>(server.url, `/api/v1/vessels?q=${named?.callSign?.toLowerCase()}`);
    expect(byCall.json.items.map((v) => v.mmsi)).toContain(named?.mmsi);
    const card = await getJson<VesselCard>(server.url, `/api/v1/vessels/${String(named?.mmsi).padStart(9, '0')}`);
    expect(card.status).toBe(200);
    expect(card.json).toMatchObject({
      mmsi: named?.mmsi,
      name: named?.name,
      callSign: named?.callSign,
      status: 'live',
      mmsiKind: 'ship',
      flag: named?.flag,
    });
    expect(card.json.voyage).toHaveProperty('destination');
    expect((await getJson(server.url, '/api/v1/vessels/12345')).status).toBe(422);
    expect((await getJson(server.url, '/api/v1/vessels/999999999')).status).toBe(404);
    expect((await getJson(server.url, '/api/v1/vessels', { agency: null })).status).toBe(401);
  });

  it('[FEED-HTTP-1] POST NMEA text answers counts; needs the feeds:write scope, text/plain and a known feed', async () => {
    const body = `${position(339000001, 17.5, -76.5)}\n!AIVDM,1,1,,A,garbage,0*00\n`;
    const res = await postNmea(server, 'http', body);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ lines: 2, decoded: 1, rejected: 1, rejectedByReason: { bad_checksum: 1 } });
    expect((await postNmea(server, 'http', body, testKey('JCA'))).status).toBe(403);
    expect((await postNmea(server, 'nope', body)).status).toBe(404);
    expect((await postNmea(server, 'http', body, FEED_KEY, 'application/json')).status).toBe(415);
    const card = await getJson<VesselCard>(server.url, '/api/v1/vessels/339000001');
    expect(card.json).toMatchObject({
      mmsi: 339000001,
      flag: { alpha2: 'JM' },
      sog: 11.5,
      position: { lat: 17.5, lon: -76.5 },
    });
  });

  it('[FEED-UDP-1] a UDP datagram of NMEA lines reaches the picture', async () => {
    const udp = createSocket('udp4');
    const line = position(366000002, 25.5, -80.0);
    await new Promise<void>((resolve, reject) =>
      udp.send(`${line}\r\n`, server.feeds.ports.get('radio') ?? 0, '127.0.0.1', (err) =>
        err ? reject(err) : resolve(),
      ),
    );
    udp.close();
    const card = await until('the UDP vessel', async () => {
      const r = await getJson<VesselCard>(server.url, '/api/v1/vessels/366000002');
      return r.status === 200 ? r.json : undefined;
    });
    expect(card.flag?.alpha2).toBe('US');
  });

  it('[DATA-4] TCP: lines ended by a bare CR, LF or CRLF (split across writes) all decode; an over-long line is counted', async () => {
    const before = (await getJson<FeedList>(server.url, '/api/v1/feeds')).json.feeds.find((f) => f.name === 'replay');
    const socket = new NetSocket();
    await new Promise<void>((resolve, reject) =>
      socket.connect(server.feeds.ports.get('replay') ?? 0, '127.0.0.1', resolve).once('error', reject),
    );
    const write = (text: string) =>
      new Promise<void>((resolve, reject) => socket.write(text, (err) => (err ? reject(err) : resolve())));
    await write(`${position(339000011, 17.1, -76.1)}\r${position(339000012, 17.2, -76.2)}\r`);
    await write(`\n${position(339000013, 17.3, -76.3)}\n${'x'.repeat(5000)}`);
    await write(`${'y'.repeat(100)}\r${position(339000014, 17.4, -76.4)}`);
    await new Promise<void>((resolve) => socket.end(resolve));
    const after = await until('the four CR/LF vessels', async () => {
      const feed = (await getJson<FeedList>(server.url, '/api/v1/feeds')).json.feeds.find((f) => f.name === 'replay');
      return feed && feed.decoded - (before?.decoded ?? 0) >= 4 ? feed : undefined;
    });
    expect(after.lines - (before?.lines ?? 0)).toBe(5);
    expect(after.decoded - (before?.decoded ?? 0)).toBe(4);
    expect(after.rejected - (before?.rejected ?? 0)).toBe(1);
    expect((after.rejectedByReason.too_long ?? 0) - (before?.rejectedByReason.too_long ?? 0)).toBe(1);
    for (const mmsi of [339000011, 339000012, 339000013, 339000014])
      expect((await getJson(server.url, `/api/v1/vessels/${mmsi}`)).status).toBe(200);
  });

  it('[DATA-4] HTTP: a body of bare-CR lines decodes every line and counts every refused one', async () => {
    const body = `${position(339000021, 18.1, -76.1)}\r${position(339000022, 18.2, -76.2)}\r\rhello\r${'z'.repeat(5000)}\r${position(339000023, 18.3, -76.3)}`;
    const res = await postNmea(server, 'http', body);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      lines: 5,
      decoded: 3,
      rejected: 2,
      rejectedByReason: { not_nmea: 1, too_long: 1 },
    });
  });

  it('[VES-TRACK-1] downsampled points are persisted in batches and answered by MMSI and time range', async () => {
    const track = await until('a stored track point', async () => {
      const r = await getJson<VesselTrack>(server.url, '/api/v1/vessels/339000001/track');
      return r.json.points.length > 0 ? r.json : undefined;
    });
    expect(track.points[0]).toMatchObject({ lat: 17.5, lon: -76.5, sog: 11.5 });
    const past = await getJson<VesselTrack>(
      server.url,
      '/api/v1/vessels/339000001/track?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z',
    );
    expect(past.json.points).toEqual([]);
    expect((await getJson(server.url, '/api/v1/vessels/339000001/track?from=yesterday')).status).toBe(422);
  });

  it('[VES-WS-1] subscribe: ack error on bad input, snapshot of the viewport, coalesced updates, removal on leaving it', async () => {
    const client: Socket<ServerToClientEvents, ClientToServerEvents> = io(server.url, {
      transports: ['websocket'],
      auth: { token: testKey('JCA') },
    });
    const batches: VesselBatch[] = [];
    client.on('vessels:batch', (b) => batches.push(b));
    try {
      await new Promise<void>((resolve, reject) => client.once('connect', resolve).once('connect_error', reject));
      const bad = await client.emitWithAck('vessels:subscribe', { v: 1, bbox: [-77, 18, -76], zoom: 6 } as never);
      expect(bad).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
      // A box around the Jamaica Channel with only our own test vessels in it.
      const bbox: [number, number, number, number] = [-76.0, 16.0, -75.0, 17.0];
      await postNmea(server, 'http', position(339000010, 16.5, -75.5));
      await until('the vessel in the picture', async () =>
        (await getJson(server.url, '/api/v1/vessels/339000010')).status === 200 ? true : undefined,
      );
      const ack = await client.emitWithAck('vessels:subscribe', { v: 1, bbox, zoom: 8 });
      expect(ack).toEqual({ ok: true, vessels: 1 });
      const snapshot = batches[0];
      expect(snapshot).toMatchObject({ v: 1, kind: 'snapshot', seq: 1, names: [], removed: [] });
      expect(readVesselRows(snapshot?.rows ?? [])).toEqual([
        {
          mmsi: 339000010,
          lon: -75.5,
          lat: 16.5,
          sog: 11.5,
          cog: 90,
          heading: 91,
          category: 'other',
          status: 'live',
          ageSeconds: expect.any(Number),
        },
      ]);
      // Five reports between two batch ticks arrive as one update with the latest position.
      for (let i = 1; i <= 5; i++) await postNmea(server, 'http', position(339000010, 16.5 + i / 100, -75.5));
      await until('an update', async () =>
        batches.some((b) => b.kind === 'update' && b.rows.length > 0) ? true : undefined,
      );
      // Two more ticks send nothing new; what they sent would arrive before this answer on the same connection.
      await timers.advance(2 * BATCH_INTERVAL_MS);
      await client.emitWithAck('feeds:unsubscribe', { v: 1 });
      const updates = batches.filter((b) => b.kind === 'update');
      expect(updates).toHaveLength(1);
      const last = readVesselRows(updates.at(-1)?.rows ?? []);
      expect(last[0]?.lat).toBeCloseTo(16.55, 5);
      // Viewport moves away: the vessel is removed.
      const moved = await client.emitWithAck('vessels:subscribe', { v: 1, bbox: [-80, 25, -79, 26], zoom: 8 });
      expect(moved).toMatchObject({ ok: true });
      await until('a removal', async () => (batches.some((b) => b.removed.includes(339000010)) ? true : undefined));
    } finally {
      client.close();
    }
  });
});

describe('demo traffic through the real ingest path', () => {
  const dir = createTempDir('vessels-demo');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer({
      DATA_DIR: dir.path,
      DEMO: 'on',
      DEMO_HISTORY_DAYS: 0,
      DEMO_VESSELS: 300,
      DEMO_INTERVAL_MS: 60_000,
    });
  });
  afterAll(async () => {
    await server.close();
    dir.remove();
  });

  it('[DEMO-AIS-1] the simulator feeds `demo` like a receiver: decoded with no rejections, vessels named and on the map', async () => {
    const vessels = await until(
      'demo vessels',
      async () => {
        const { json } = await getJson<VesselSearchResult>(server.url, '/api/v1/vessels?limit=200');
        return json.items.length >= 150 ? json.items : undefined;
      },
      20_000,
    );
    expect(vessels.some((v) => v.position !== null)).toBe(true);
    const { json } = await getJson<FeedList>(server.url, '/api/v1/feeds');
    const demo = json.feeds.find((f) => f.name === 'demo');
    expect(demo).toMatchObject({ kind: 'internal', rejected: 0 });
    expect(demo?.decoded).toBeGreaterThan(150);
  });
});
