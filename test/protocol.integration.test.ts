import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Server, type Socket as ServerSocket } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import {
  PROTOCOL_REFUSAL_PREFIX,
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type HelloMessage,
  type IntelEvent,
  type ServerToClientEvents,
} from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { droppedMessages, listen } from '../apps/web/src/live/messages.ts';
import { eventFixture } from '../apps/web/src/live/eventFixture.ts';
import { releasableOf } from '../apps/server/src/realtime/fanout.ts';
import { EXAMPLE_EVENT, startTestServer, testKey } from './support/server.ts';
import { createTempDir } from './support/temp-dir.ts';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A client like the dashboard's, with a chosen offer (`undefined`: a client from before the hello). */
function connect(url: string, agency: string, protocols: unknown): Client {
  const auth = protocols === undefined ? { token: testKey(agency) } : { token: testKey(agency), protocols };
  return io(url, { transports: ['websocket'], reconnection: false, auth });
}

/** Resolves with the hello, or rejects with the refusal. */
function helloOf(client: Client): Promise<HelloMessage> {
  return new Promise((resolve, reject) => {
    client.once('hello', resolve);
    client.once('connect_error', reject);
  });
}

function until(predicate: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = (): void => {
      if (predicate()) resolve();
      else if (Date.now() - started > timeoutMs) reject(new Error(`timed out waiting for ${what}`));
      else setTimeout(tick, 10);
    };
    tick();
  });
}

describe('realtime protocol against a Tidewatch server', () => {
  let dir: ReturnType<typeof createTempDir>;
  let server: RunningServer;
  const clients: Client[] = [];
  const track = (client: Client): Client => {
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    dir = createTempDir('protocol');
    server = await startTestServer({ DATA_DIR: dir.path });
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server?.close();
    dir?.remove();
  });

  it('[PROTO-3] the hello answers the newest shared version first, before any event', async () => {
    const client = track(connect(server.url, 'JCA', [PROTOCOL_VERSION + 5, PROTOCOL_VERSION]));
    const first = new Promise<string>((resolve) => client.onAny((name: string) => resolve(name)));
    const hello = await helloOf(client);
    expect(await first).toBe('hello');
    expect(hello).toMatchObject({ v: 1, protocol: PROTOCOL_VERSION, agency: 'JCA', node: server.node });
  });

  it('[PROTO-3][PROTO-4] an offer with nothing in common is refused before anything is sent; the reason says update', async () => {
    const client = track(connect(server.url, 'JCA', [PROTOCOL_VERSION + 1, PROTOCOL_VERSION + 2]));
    const received: string[] = [];
    client.onAny((name: string) => received.push(name));
    const refusal = await helloOf(client).then(
      () => new Error('accepted'),
      (error: Error) => error,
    );
    expect(refusal.message.startsWith(PROTOCOL_REFUSAL_PREFIX)).toBe(true);
    expect(refusal.message).toMatch(/reload/);
    expect(received).toEqual([]);
    expect(client.connected).toBe(false);
  });

  it('[PROTO-3] a malformed offer is refused naming the field', async () => {
    const client = track(connect(server.url, 'JCA', ['one']));
    const refusal = await helloOf(client).then(
      () => new Error('accepted'),
      (error: Error) => error,
    );
    expect(refusal.message).toMatch(/^invalid handshake: protocols\.0/);
  });

  it('[PROTO-4] a client from before the hello (no offer) is served version 1 and still gets the stream', async () => {
    const client = track(connect(server.url, 'JCA', undefined));
    const events: IntelEvent[] = [];
    client.on('event', (msg) => events.push(msg.event));
    const synced = new Promise<void>((resolve) => client.once('synced', () => resolve()));
    expect((await helloOf(client)).protocol).toBe(1);
    await synced;
    const ack = await client.emitWithAck('event:submit', { ...EXAMPLE_EVENT, title: 'PROTO-4 old client' });
    expect(ack).toMatchObject({ ok: true });
    await until(() => events.some((e) => e.title === 'PROTO-4 old client'), 'the live event');
  });

  it('[PROTO-6][VAL-2] a bad payload is answered with the field, counted, and the socket stays', async () => {
    const client = track(connect(server.url, 'JCA', [PROTOCOL_VERSION]));
    await helloOf(client);
    const before = server.incomingRejects.get('vessels:subscribe');
    // Untyped, as a hostile or broken client would send.
    const raw: Socket = client;
    const ack: unknown = await raw.emitWithAck('vessels:subscribe', {
      v: 1,
      bbox: { west: -80, south: 'x', east: -70, north: 20 },
      zoom: 5,
    });
    expect(ack).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', issues: [{ path: expect.stringMatching(/^bbox/) }] },
    });
    expect(server.incomingRejects.get('vessels:subscribe')).toBe(before + 1);
    const nul = await client.emitWithAck('event:submit', { ...EXAMPLE_EVENT, title: 'a\u0000b' });
    expect(nul).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'title' }] } });
    const unknown: unknown = await raw.timeout(5_000).emitWithAck('no-such-event', { v: 1 });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(client.connected).toBe(true);
    expect(await client.emitWithAck('feeds:unsubscribe', { v: 1 })).toEqual({ ok: true });
  });

  it('[PROTO-5][REL-9] the fan-out gives an item only to the sockets whose agency may read it', async () => {
    const [jca, cbp, uscg] = ['JCA', 'CBP', 'USCG'].map((agency) => track(connect(server.url, agency, [1])));
    const got = new Map<Client, string[]>();
    for (const client of [jca, cbp, uscg]) {
      if (!client) throw new Error('no client');
      got.set(client, []);
      client.on('event:updated', (msg) => got.get(client)?.push(msg.event.title));
      await helloOf(client);
    }
    const amberToCbp = eventFixture(1, {
      title: 'AMBER to CBP',
      releasability: { tlp: 'AMBER', recipients: ['CBP'], sharingGroups: [] },
    });
    const red = eventFixture(2, {
      title: 'RED JCA only',
      releasability: { tlp: 'RED', recipients: [], sharingGroups: [] },
    });
    const green = eventFixture(3, { title: 'GREEN' });
    for (const event of [amberToCbp, red, green])
      server.fanout.toReaders([releasableOf(event)], 'event:updated', { v: 1, event });
    const titles = (client: Client | undefined) => (client ? (got.get(client) ?? []) : []);
    await until(() => titles(uscg).includes('GREEN') && titles(jca).length === 3, 'deliveries');
    expect(titles(jca)).toEqual(['AMBER to CBP', 'RED JCA only', 'GREEN']);
    expect(titles(cbp)).toEqual(['AMBER to CBP', 'GREEN']);
    expect(titles(uscg)).toEqual(['GREEN']);
  });
});

describe('[PROTO-7] the web message router', () => {
  let io_: Server;
  let url: string;

  beforeAll(async () => {
    const http = createServer();
    io_ = new Server(http);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await io_.close();
  });

  it('hands listeners parsed, typed messages; drops, counts and salvages the rest; survives a throwing listener', async () => {
    const connected = new Promise<ServerSocket>((resolve) => io_.once('connection', resolve));
    const client: Client = io(url, { transports: ['websocket'], reconnection: false });
    const synced: number[] = [];
    const batches: IntelEvent[][] = [];
    const salvaged: unknown[] = [];
    const stops = [
      listen(client, 'synced', (msg) => synced.push(msg.seq)),
      listen(client, 'synced', () => {
        throw new Error('a broken listener');
      }),
      listen(
        client,
        'events',
        (msg) => batches.push(msg.events),
        (raw) => salvaged.push(raw),
      ),
    ];
    const socket = await connected;
    const droppedBefore = droppedMessages().get('synced') ?? 0;
    // A stored event's id is a UUIDv7 or a ULID; the fixture's readable one would not parse.
    const good = eventFixture(7, { id: '0190c7e5-8a4b-7cde-8f01-23456789abcd' });
    socket.emit('synced', { v: 1, seq: 5, replayed: 0 });
    socket.emit('synced', { v: 2, seq: 6, replayed: 0 });
    socket.emit('synced', 'not an object');
    socket.emit('events', { v: 1, events: [good, { ...good, seq: 'eight' }] });
    socket.emit('events', { v: 1, events: [good] });
    socket.emit('from-the-future', { v: 9 });
    socket.emit('synced', { v: 1, seq: 9, replayed: 2 });
    await until(() => synced.includes(9), 'the last synced');
    expect(synced).toEqual([5, 9]);
    expect((droppedMessages().get('synced') ?? 0) - droppedBefore).toBe(2);
    expect(droppedMessages().get('from-the-future')).toBe(1);
    expect(batches).toEqual([[good]]);
    expect(salvaged).toHaveLength(1);
    for (const stop of stops) stop();
    socket.emit('synced', { v: 1, seq: 10, replayed: 0 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(synced).toEqual([5, 9]);
    client.close();
  });
});
