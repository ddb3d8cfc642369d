import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@tidewatch/contracts';
import { afterAll, describe, expect, it } from 'vitest';
import { EventClient } from '../../../test/support/event-client.ts';
import { awaitLiveMarker, isLiveMarkerTitle } from '../../../test/support/live-marker.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { EXAMPLE_EVENT, postEvent, startTestServer, testKey } from '../../../test/support/server.ts';
import { systemContext } from '../src/services/intel-context.ts';
import { ingestEvents } from '../src/services/events/ingest-events.ts';

const dirs: { remove(): void }[] = [];
afterAll(() => {
  for (const d of dirs) d.remove();
});

function titled(title: string) {
  return { ...EXAMPLE_EVENT, title };
}

describe('live delivery over Socket.IO', () => {
  it('pushes every accepted event to connected clients with its seq', async () => {
    const dir = createTempDir('rt-live');
    dirs.push(dir);
    const server = await startTestServer({ DATA_DIR: dir.path });
    const a = new EventClient(server.url);
    const b = new EventClient(server.url);
    try {
      await Promise.all([a.waitForSynced(), b.waitForSynced()]);
      const posted = await postEvent(server.url, titled('live one'));
      await a.waitFor(() => a.received.length === 1);
      await b.waitFor(() => b.received.length === 1);
      expect(a.received[0]).toMatchObject({ id: posted.json.id, seq: posted.json.seq, title: 'live one' });
      expect(b.received[0]?.seq).toBe(posted.json.seq);
    } finally {
      a.close();
      b.close();
      await server.close();
    }
  });

  it('acks a socket submission with {id, seq} and a bad one with the field and reason', async () => {
    const dir = createTempDir('rt-submit');
    dirs.push(dir);
    const server = await startTestServer({ DATA_DIR: dir.path });
    const client = new EventClient(server.url);
    try {
      await client.waitForSynced();
      const ok = await client.socket.emitWithAck('event:submit', titled('via socket'));
      expect(ok).toMatchObject({ ok: true, created: true, seq: expect.any(Number) });
      const bad = await client.socket.emitWithAck('event:submit', { ...titled('bad'), severity: 9 });
      expect(bad).toMatchObject({ ok: false, error: { code: 'validation_failed', issues: [{ path: 'severity' }] } });
      await client.waitFor(() => client.received.some((e) => e.title === 'via socket'));
      expect(client.socket.connected).toBe(true);
    } finally {
      client.close();
      await server.close();
    }
  });

  it('[REL-9] sends events committed together as one events packet per socket, each only what it may read', async () => {
    const dir = createTempDir('rt-batch');
    dirs.push(dir);
    const server = await startTestServer({ DATA_DIR: dir.path });
    const { io } = await import('socket.io-client');
    const packets = (token: string) => {
      const seen: { kind: 'event' | 'events'; titles: string[] }[] = [];
      const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(server.url, {
        transports: ['websocket'],
        auth: { token },
      });
      socket.on('event', ({ event, replay }) => {
        if (!replay) seen.push({ kind: 'event', titles: [event.title] });
      });
      socket.on('events', ({ events }) => seen.push({ kind: 'events', titles: events.map((e) => e.title) }));
      const synced = new Promise<void>((resolve) => socket.once('synced', () => resolve()));
      return { seen, socket, synced };
    };
    const cbp = packets(testKey('CBP'));
    const uscg = packets(testKey('USCG'));
    try {
      await Promise.all([cbp.synced, uscg.synced]);
      // One call, one transaction, one run of the ordered stream: what a group commit does under load.
      await ingestEvents({
        ctx: systemContext(server.ctx),
        inputs: [
          titled('batch amber 1'),
          { ...titled('batch green'), releasability: { tlp: 'GREEN', recipients: [] } },
          titled('batch amber 2'),
        ],
      });
      const deadline = Date.now() + 5000;
      while ((cbp.seen.length === 0 || uscg.seen.length === 0) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      // Anything else the batch caused would have a lower seq than the markers, so it has arrived by now.
      await Promise.all([
        awaitLiveMarker(server.url, cbp.socket, 'CBP'),
        awaitLiveMarker(server.url, uscg.socket, 'USCG'),
      ]);
      const withoutMarkers = (seen: typeof cbp.seen) =>
        seen
          .map((p) => ({ ...p, titles: p.titles.filter((t) => !isLiveMarkerTitle(t)) }))
          .filter((p) => p.titles.length > 0);
      expect(withoutMarkers(cbp.seen)).toEqual([
        { kind: 'events', titles: ['batch amber 1', 'batch green', 'batch amber 2'] },
      ]);
      // USCG may read only the GREEN one: a single event packet.
      expect(withoutMarkers(uscg.seen)).toEqual([{ kind: 'event', titles: ['batch green'] }]);
    } finally {
      cbp.socket.close();
      uscg.socket.close();
      await server.close();
    }
  });

  it('refuses a handshake whose since is not a seq', async () => {
    const dir = createTempDir('rt-handshake');
    dirs.push(dir);
    const server = await startTestServer({ DATA_DIR: dir.path });
    const { io } = await import('socket.io-client');
    const socket = io(server.url, { transports: ['websocket'], auth: { since: 'yesterday' }, reconnection: false });
    try {
      const message = await new Promise<string>((resolve) => socket.on('connect_error', (err) => resolve(err.message)));
      expect(message).toMatch(/since/);
    } finally {
      socket.close();
      await server.close();
    }
  });
});

describe('resume with since', () => {
  it('replays every missed event in order, exactly once, then goes live with no gap at the seam', async () => {
    const dir = createTempDir('rt-resume');
    dirs.push(dir);
    const server = await startTestServer({ DATA_DIR: dir.path });
    try {
      for (let i = 0; i < 30; i++) await postEvent(server.url, titled(`before ${i}`));
      const client = new EventClient(server.url, 10);
      // Events posted while the replay is running must still arrive once and in order.
      const during = Promise.all(Array.from({ length: 20 }, (_, i) => postEvent(server.url, titled(`during ${i}`))));
      await during;
      await client.waitFor(() => client.lastSeq >= 50, 10_000, 'seq 50');
      for (let i = 0; i < 5; i++) await postEvent(server.url, titled(`after ${i}`));
      await client.waitFor(() => client.lastSeq >= 55, 5000, 'seq 55');
      const seqs = client.received.map((e) => e.seq);
      expect(seqs).toEqual(Array.from({ length: 45 }, (_, i) => 11 + i));
      client.close();
    } finally {
      await server.close();
    }
  });

  it('survives a server restart: a reconnecting client gets every event it missed, in order, once', async () => {
    const dir = createTempDir('rt-restart');
    dirs.push(dir);
    let server = await startTestServer({ DATA_DIR: dir.path });
    const port = server.port;
    const client = new EventClient(server.url);
    try {
      await client.waitForSynced();
      for (let i = 0; i < 5; i++) await postEvent(server.url, titled(`first life ${i}`));
      await client.waitFor(() => client.received.length === 5);
      await server.close();

      // While the client is disconnected, another process writes to the same data folder.
      const writer = await startTestServer({ DATA_DIR: dir.path });
      for (let i = 0; i < 7; i++) await postEvent(writer.url, titled(`missed ${i}`));
      await writer.close();

      server = await startTestServer({ DATA_DIR: dir.path, PORT: port });
      for (let i = 0; i < 3; i++) await postEvent(server.url, titled(`second life ${i}`));
      await client.waitFor(() => client.received.length >= 15, 10_000, '15 events');
      expect(client.received.map((e) => e.seq)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
      expect(new Set(client.received.map((e) => e.id)).size).toBe(15);
    } finally {
      client.close();
      await server.close();
    }
  });
});
