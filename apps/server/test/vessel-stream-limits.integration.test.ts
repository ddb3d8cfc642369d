import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import type { ClassAPositionReport } from '@tidewatch/ais';
import {
  readVesselRows,
  type ClientToServerEvents,
  type FeedStatsMessage,
  type ServerToClientEvents,
  type VesselBatch,
} from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { loadConfig } from '../src/config.ts';
import { startTrackRetention } from '../src/vessels/track-retention.ts';
import { ManualTime } from '../src/time/manual-time.ts';
import { BATCH_INTERVAL_MS, FEED_STATS_INTERVAL_MS } from '../src/vessels/vessel-gateway.ts';
import { SNAPSHOT_CHUNK_VESSELS } from '../src/vessels/viewport-subscription.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { getJson, startTestServer, testKey } from '../../../test/support/server.ts';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const DAY_MS = 86_400_000;
/** A box off Venezuela that only this file's vessels use. */
const BBOX: [number, number, number, number] = [-68, 12, -64, 14];
const FLEET = 20_000;
const FLEET_MMSI = 538_000_000;

/** Waits for real I/O (socket frames, database writes) between probes; the server's own timers never run by themselves. */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The server's timers: batches and feed statistics go out when a test advances them. */
const timers = new ManualTime();

async function until<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

async function connect(server: RunningServer): Promise<Client> {
  const client: Client = io(server.url, { transports: ['websocket'], auth: { token: testKey('JCA') } });
  await new Promise<void>((resolve, reject) => client.once('connect', resolve).once('connect_error', reject));
  return client;
}

function position(mmsi: number, lat: number, lon: number): ClassAPositionReport {
  return {
    type: 1,
    repeat: 0,
    mmsi,
    navStatus: 0,
    turn: 0,
    rateOfTurn: 0,
    speed: 12,
    accuracy: false,
    lon,
    lat,
    course: 45,
    heading: 44,
    second: 10,
    maneuver: 0,
    raim: false,
    radio: 0,
  };
}

/** Moves the whole fleet: vessel i to a latitude that encodes the step, so the client's last value is checkable. */
function moveFleet(server: RunningServer, step: number): void {
  const at = Date.now();
  for (let i = 0; i < FLEET; i++) {
    server.vessels.ctx.picture.apply(
      position(FLEET_MMSI + i, 12.1 + (i % 100) / 100 + step / 10_000, -67.9 + Math.floor(i / 100) / 100),
      at,
    );
  }
}

/**
 * Stops the client reading its WebSocket (the TCP window closes, the server's writes stop completing): a
 * client on a slow link or a frozen tab. Engine.IO's Node transport holds a `ws` WebSocket.
 */
function readingOf(client: Client): { pause(): void; resume(): void } {
  const ws = (client.io.engine.transport as unknown as { ws?: { pause?: unknown; resume?: unknown } }).ws;
  const pause = ws?.pause;
  const resume = ws?.resume;
  if (typeof pause !== 'function' || typeof resume !== 'function')
    throw new Error('the websocket transport has no pause/resume');
  return { pause: () => void pause.call(ws), resume: () => void resume.call(ws) };
}

describe('vessel stream limits', () => {
  const dir = createTempDir('vessel-stream-limits');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer({ DATA_DIR: dir.path, TRACK_RETENTION_DAYS: 30 }, { scheduler: timers });
  });
  afterAll(async () => {
    await server.close();
    dir.remove();
  });

  it('[FEED-WS-2] feeds:unsubscribe stops the statistics; a bad payload gets an ack error', async () => {
    const client = await connect(server);
    const stats: FeedStatsMessage[] = [];
    client.on('feeds:stats', (m) => stats.push(m));
    try {
      expect(await client.emitWithAck('feeds:subscribe', { v: 1 })).toEqual({ ok: true });
      await until('feed statistics', () => (stats.length > 0 ? true : undefined));
      const bad = await client.emitWithAck('feeds:unsubscribe', { v: 2 } as never);
      expect(bad).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
      // Still subscribed after the bad one: the 2 s statistics keep coming.
      const before = stats.length;
      await timers.advance(FEED_STATS_INTERVAL_MS);
      await until('the next statistics', () => (stats.length > before ? true : undefined), 5_000);
      expect(await client.emitWithAck('feeds:unsubscribe', { v: 1 })).toEqual({ ok: true });
      const after = stats.length;
      await timers.advance(2 * FEED_STATS_INTERVAL_MS);
      // Anything those two ticks sent was written before this answer, on the same connection.
      expect(await client.emitWithAck('feeds:unsubscribe', { v: 1 })).toEqual({ ok: true });
      expect(stats.length).toBe(after);
    } finally {
      client.close();
    }
  });

  it('[VES-RET-1] track points past TRACK_RETENTION_DAYS are deleted in batches; newer ones stay', async () => {
    const repo = server.vessels.ctx.repo;
    const mmsi = 538_999_001;
    const now = Date.now();
    const old = Array.from({ length: 23 }, (_, i) => ({
      mmsi,
      at: new Date(now - 40 * DAY_MS + i * 60_000),
      lat: 13,
      lon: -66,
      sog: 5,
      cog: 90,
      heading: 90,
    }));
    const recent = Array.from({ length: 3 }, (_, i) => ({
      mmsi,
      at: new Date(now - 1 * DAY_MS + i * 60_000),
      lat: 13.5,
      lon: -66,
      sog: 5,
      cog: 90,
      heading: 90,
    }));
    await repo.insertTrackPoints([...old, ...recent]);
    const all = () => repo.track(mmsi, new Date(0), new Date(now + DAY_MS), 1000);
    expect(await all()).toHaveLength(26);

    // Batches of 5 rows: 23 old points take five DELETEs, and the run goes on until a short batch.
    const retention = startTrackRetention({
      repo,
      clock: server.ctx.clock,
      log: server.log,
      retentionDays: 30,
      intervalMs: 3_600_000,
      batchSize: 5,
    });
    try {
      await until('the start-up run', async () => ((await all()).length === 3 ? true : undefined));
    } finally {
      await retention.stop();
    }
    const left = await all();
    expect(left.map((p) => p.lat)).toEqual([13.5, 13.5, 13.5]);
    // The server's own retention (30 days) finds nothing more to delete.
    await repo.insertTrackPoints([
      { mmsi, at: new Date(now - 31 * DAY_MS), lat: 12, lon: -66, sog: null, cog: null, heading: null },
    ]);
    expect(await server.vessels.retention.runOnce()).toBe(1);
    expect(await all()).toHaveLength(3);
    const { json } = await getJson<{ points: unknown[] }>(
      server.url,
      `/api/v1/vessels/${mmsi}/track?from=2000-01-01T00:00:00Z`,
    );
    expect(json.points).toHaveLength(3);

    expect(loadConfig({}).TRACK_RETENTION_DAYS).toBe(30);
    expect(loadConfig({ TRACK_RETENTION_DAYS: '0' }).TRACK_RETENTION_DAYS).toBe(0);
    expect(() => loadConfig({ TRACK_RETENTION_DAYS: '-1' })).toThrow(/TRACK_RETENTION_DAYS/);
  });

  it('[VES-WS-2] the snapshot goes out in chunks, and a client that stops reading is sent the latest state, not a backlog', async () => {
    moveFleet(server, 0);
    const client = await connect(server);
    const batches: VesselBatch[] = [];
    let bytes = 0;
    client.on('vessels:batch', (b) => {
      batches.push(b);
      bytes += JSON.stringify(b).length;
    });
    try {
      const ack = await client.emitWithAck('vessels:subscribe', { v: 1, bbox: BBOX, zoom: 6 });
      expect(ack).toEqual({ ok: true, vessels: FLEET });
      const held = new Map<number, number>();
      const absorb = (from: number) => {
        for (const b of batches.slice(from)) {
          if (b.kind === 'snapshot') held.clear();
          for (const r of readVesselRows(b.rows)) held.set(r.mmsi, r.lat);
          for (const m of b.removed) held.delete(m);
        }
        return batches.length;
      };
      await until('the whole snapshot', async () => {
        await timers.advance(BATCH_INTERVAL_MS);
        return absorb(0) && held.size === FLEET ? true : undefined;
      });
      expect(batches[0]?.kind).toBe('snapshot');
      expect(batches.length).toBeGreaterThanOrEqual(Math.ceil(FLEET / SNAPSHOT_CHUNK_VESSELS));
      // The chunks of the snapshot (later batches are updates of vessels the client holds).
      const chunks = batches.slice(0, Math.ceil(FLEET / SNAPSHOT_CHUNK_VESSELS));
      expect(Math.max(...chunks.map((b) => b.rows.length / 9))).toBeLessThanOrEqual(SNAPSHOT_CHUNK_VESSELS);
      const snapshotBytes = bytes;

      // The client stops reading while every vessel moves four times a second for 8 s: 32 full updates.
      const reading = readingOf(client);
      const seen = batches.length;
      reading.pause();
      const steps = 32;
      for (let step = 1; step <= steps; step++) {
        moveFleet(server, step);
        await timers.advance(BATCH_INTERVAL_MS);
      }
      bytes = 0;
      reading.resume();
      await until(
        'the latest positions',
        async () => {
          await timers.advance(BATCH_INTERVAL_MS);
          absorb(seen);
          for (let i = 0; i < FLEET; i++)
            if (held.get(FLEET_MMSI + i) !== Math.round((12.1 + (i % 100) / 100 + steps / 10_000) * 1e5) / 1e5)
              return undefined;
          return true;
        },
        30_000,
      );
      // Two more batch ticks: a backlog, had the server queued one, would follow the latest positions.
      await timers.advance(2 * BATCH_INTERVAL_MS);
      // What those ticks sent arrives before this answer, on the same connection.
      await client.emitWithAck('feeds:unsubscribe', { v: 1 });
      // Without backpressure the server would have queued 32 updates of the whole fleet (~32 snapshots of bytes).
      // With it, what reaches the client after the pause is what the kernel's socket buffers held plus one
      // coalesced batch: a handful of fleet-sized messages at most.
      const fleetUpdates = batches.slice(seen).filter((b) => b.rows.length / 9 >= FLEET / 2).length;
      expect(fleetUpdates).toBeLessThanOrEqual(12);
      expect(bytes).toBeLessThan(snapshotBytes * 12);
    } finally {
      client.close();
    }
  }, 60_000);
});
