import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents,
  ServerToClientEvents,
  Watchlist,
  WatchlistEntry,
  WatchlistEntryChange,
  WatchlistEntryPage,
  WatchlistImportResult,
} from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { awaitLiveMarker } from '../../../test/support/live-marker.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { startTestServer, testKey } from '../../../test/support/server.ts';
import { api, until } from '../../../test/support/intel.ts';

const SHARED = { tlp: 'AMBER', recipients: [], sharingGroups: ['jca-cbp-cmaa'] };

function socketOf(
  server: RunningServer,
  agency: string,
): { socket: Socket<ServerToClientEvents, ClientToServerEvents>; entries: WatchlistEntry[] } {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(server.url, {
    transports: ['websocket'],
    auth: { token: testKey(agency) },
  });
  const entries: WatchlistEntry[] = [];
  socket.on('watchlist:entry', ({ entry }) => entries.push(entry));
  return { socket, entries };
}

describe('watchlists over REST and Socket.IO', () => {
  const dir = createTempDir('watchlists');
  let server: RunningServer;
  let list: Watchlist;

  beforeAll(async () => {
    server = await startTestServer({ DATA_DIR: dir.path });
    const created = await api<Watchlist>(server, 'POST', '/watchlists', {
      body: { name: 'Firearms consignees', description: 'JCA-CBP', releasability: SHARED },
    });
    expect(created.status).toBe(201);
    list = created.json;
  });
  afterAll(async () => {
    await server.close();
    dir.remove();
  });

  it('[REL-3][REL-9] a list shared with the agreement is read by CBP and answers 404 to USCG, entries included', async () => {
    const entry = await api<WatchlistEntry>(server, 'POST', `/watchlists/${list.id}/entries`, {
      body: {
        kind: 'organisation',
        name: 'Sunshine Barrel Shipping LLC',
        reason: 'barrel shipments of pistols',
        country: 'US',
      },
    });
    expect(entry.status).toBe(201);
    const seenByCbp = await api<Watchlist>(server, 'GET', `/watchlists/${list.id}`, { agency: 'CBP' });
    expect(seenByCbp.status).toBe(200);
    expect(seenByCbp.json.entryCount).toBeGreaterThanOrEqual(1);
    expect((await api<Watchlist[]>(server, 'GET', '/watchlists', { agency: 'CBP' })).json.map((l) => l.id)).toContain(
      list.id,
    );
    for (const path of [
      `/watchlists/${list.id}`,
      `/watchlists/${list.id}/entries`,
      `/watchlists/${list.id}/entries/${entry.json.id}`,
      `/watchlists/${list.id}/entries/${entry.json.id}/history`,
      `/watchlists/${list.id}/export`,
    ]) {
      expect((await api(server, 'GET', path, { agency: 'USCG' })).status, path).toBe(404);
    }
    expect((await api<Watchlist[]>(server, 'GET', '/watchlists', { agency: 'USCG' })).json).toEqual([]);
    expect(
      (await api<WatchlistEntryPage>(server, 'GET', '/watchlists/entries/search?q=sunshine', { agency: 'USCG' })).json
        .total,
    ).toBe(0);
    expect(
      (await api<WatchlistEntryPage>(server, 'GET', '/watchlists/entries/search?q=sunshine', { agency: 'CBP' })).json
        .total,
    ).toBe(1);
  });

  it('[AUTH-1] only the owner changes a list: CBP gets 403, USCG 404; [AUTH-8] a wall display cannot write', async () => {
    expect(
      (await api(server, 'PATCH', `/watchlists/${list.id}`, { agency: 'CBP', body: { name: 'x', baseVersion: 1 } }))
        .status,
    ).toBe(403);
    expect(
      (await api(server, 'PATCH', `/watchlists/${list.id}`, { agency: 'USCG', body: { name: 'x', baseVersion: 1 } }))
        .status,
    ).toBe(404);
    expect(
      (
        await api(server, 'POST', '/watchlists', {
          agency: 'JCA',
          device: true,
          body: { name: 'wall', releasability: SHARED },
        })
      ).status,
    ).toBe(403);
  });

  it('validates entries by kind and identifiers (IMO and ISO 6346 check digits)', async () => {
    const bad = await api<{ error: { issues: { path: string }[] } }>(server, 'POST', `/watchlists/${list.id}/entries`, {
      body: { kind: 'container', containerNumber: 'CSQU3054384', reason: 'x' },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.error.issues[0]?.path).toBe('containerNumber');
    expect(
      (
        await api(server, 'POST', `/watchlists/${list.id}/entries`, {
          body: { kind: 'vessel', imo: '9074728', reason: 'x' },
        })
      ).status,
    ).toBe(422);
    expect(
      (await api(server, 'POST', `/watchlists/${list.id}/entries`, { body: { kind: 'vessel', reason: 'x' } })).status,
    ).toBe(422);
  });

  it('edits under optimistic concurrency, retires, and keeps every version in the history', async () => {
    const { json: entry } = await api<WatchlistEntry>(server, 'POST', `/watchlists/${list.id}/entries`, {
      body: { kind: 'vessel', mmsi: '339123456', name: 'SEA STAR', reason: 'rendezvous' },
    });
    const edited = await api<WatchlistEntry>(server, 'PATCH', `/watchlists/${list.id}/entries/${entry.id}`, {
      body: { callSign: '6yab1', baseVersion: 1 },
    });
    expect(edited.json).toMatchObject({ version: 2, callSign: '6YAB1' });
    const stale = await api<{ error: { code: string; detail: { current: WatchlistEntry } } }>(
      server,
      'PATCH',
      `/watchlists/${list.id}/entries/${entry.id}`,
      { body: { name: 'X', baseVersion: 1 } },
    );
    expect(stale.status).toBe(409);
    expect(stale.json.error.detail.current.version).toBe(2);
    // An edit may not leave a vessel entry without an identifier.
    expect(
      (
        await api(server, 'PATCH', `/watchlists/${list.id}/entries/${entry.id}`, {
          body: { mmsi: null, name: null, callSign: null, baseVersion: 2 },
        })
      ).status,
    ).toBe(422);
    expect(
      (await api(server, 'POST', `/watchlists/${list.id}/entries/${entry.id}/retire`, { body: { baseVersion: 2 } }))
        .json,
    ).toMatchObject({ version: 3 });
    const history = await api<WatchlistEntryChange[]>(
      server,
      'GET',
      `/watchlists/${list.id}/entries/${entry.id}/history`,
      { agency: 'CBP' },
    );
    expect(history.json.map((h) => [h.change, h.version])).toEqual([
      ['create', 1],
      ['edit', 2],
      ['retire', 3],
    ]);
    expect(history.json[1]?.entry.callSign).toBe('6YAB1');
  });

  it('a re-import is idempotent: rows identical to live entries are skipped naming the entry, repeats within the file naming the line', async () => {
    const { json: target } = await api<Watchlist>(server, 'POST', '/watchlists', {
      body: { name: 'Re-import target', releasability: SHARED },
    });
    const csv = [
      'kind,mmsi,imo,name,call_sign,container_number,country,reason,expires_at',
      'vessel,339000222,,M/V Night Heron,,,,go-fast seen twice,',
      'container,,,,,CSQU3054383,,barrels,',
      'organisation,,,"Acme Trading Co., Ltd.",,,US,front company,',
      // The same subjects again, written differently: normalised, they are lines 2-4.
      'vessel,339000222,,NIGHT HERON,,,,another reason,',
      'container,,,,,csqu 305438-3,,same box,',
      'container,,,,,CSQU3054384,,wrong check digit,',
    ].join('\n');
    const first = await api<WatchlistImportResult>(server, 'POST', `/watchlists/${target.id}/import`, { csv });
    expect(first.status, first.text).toBe(200);
    expect(first.json.imported).toBe(3);
    // A bad row is refused, not counted as a duplicate.
    expect(first.json.errors.map((e) => e.line)).toEqual([7]);
    expect(first.json.duplicates).toEqual([
      { line: 5, reason: 'duplicate of line 2', entryId: null, duplicateOfLine: 2 },
      { line: 6, reason: 'duplicate of line 3', entryId: null, duplicateOfLine: 3 },
    ]);
    const entries = (await api<WatchlistEntryPage>(server, 'GET', `/watchlists/${target.id}/entries`)).json.items;
    const idOf = (kind: string) => entries.find((e) => e.kind === kind)?.id ?? '';

    const second = await api<WatchlistImportResult>(server, 'POST', `/watchlists/${target.id}/import`, { csv });
    expect(second.json.imported).toBe(0);
    expect(second.json.duplicates.map((d) => [d.line, d.reason])).toEqual([
      [2, `duplicate of entry ${idOf('vessel')}`],
      [3, `duplicate of entry ${idOf('container')}`],
      [4, `duplicate of entry ${idOf('organisation')}`],
      [5, 'duplicate of line 2'],
      [6, 'duplicate of line 3'],
    ]);
    expect((await api<WatchlistEntryPage>(server, 'GET', `/watchlists/${target.id}/entries`)).json.total).toBe(3);
    expect((await api<Watchlist>(server, 'GET', `/watchlists/${target.id}`)).json.entryCount).toBe(3);

    // The same subject on another list is not a duplicate.
    const { json: other } = await api<Watchlist>(server, 'POST', '/watchlists', {
      body: { name: 'Another list', releasability: SHARED },
    });
    expect(
      (await api<WatchlistImportResult>(server, 'POST', `/watchlists/${other.id}/import`, { csv })).json.imported,
    ).toBe(3);
  });

  it('creating an entry identical to a live one answers 409 with its id; once retired, it may be added again', async () => {
    const { json: target } = await api<Watchlist>(server, 'POST', '/watchlists', {
      body: { name: 'Create target', releasability: SHARED },
    });
    const path = `/watchlists/${target.id}/entries`;
    const created = await api<WatchlistEntry>(server, 'POST', path, {
      body: { kind: 'vessel', imo: '9074729', name: 'Sea Star', reason: 'first' },
    });
    expect(created.status).toBe(201);
    const again = await api<{ error: { code: string; message: string; detail: { existingEntryId: string } } }>(
      server,
      'POST',
      path,
      { body: { kind: 'vessel', imo: 'IMO 9074729', name: 'SEA  STAR', reason: 'second' } },
    );
    expect(again.status).toBe(409);
    expect(again.json.error.detail.existingEntryId).toBe(created.json.id);
    expect(again.json.error.message).toContain(created.json.id);
    // Another identifier makes another subject.
    expect(
      (
        await api(server, 'POST', path, {
          body: { kind: 'vessel', imo: '9074729', name: 'SEA STAR', callSign: '6YAB1', reason: 'with call sign' },
        })
      ).status,
    ).toBe(201);
    await api(server, 'POST', `${path}/${created.json.id}/retire`, { body: { baseVersion: 1 } });
    expect(
      (
        await api(server, 'POST', path, {
          body: { kind: 'vessel', imo: '9074729', name: 'Sea Star', reason: 'back on the list' },
        })
      ).status,
    ).toBe(201);
  });

  it('[INT-2] an edit that makes an entry the same subject as another live entry answers 409 naming the field and the entry, and changes nothing', async () => {
    const { json: target } = await api<Watchlist>(server, 'POST', '/watchlists', {
      body: { name: 'Edit target', releasability: SHARED },
    });
    const path = `/watchlists/${target.id}/entries`;
    const first = await api<WatchlistEntry>(server, 'POST', path, {
      body: { kind: 'vessel', imo: '9074729', name: 'Sea Star', reason: 'first' },
    });
    const second = await api<WatchlistEntry>(server, 'POST', path, {
      body: { kind: 'vessel', imo: '9074729', name: 'Sea Stag', reason: 'second' },
    });
    expect([first.status, second.status]).toEqual([201, 201]);
    const edit = await api<{
      error: {
        code: string;
        message: string;
        issues: { path: string; message: string }[];
        detail: { existingEntryId: string };
      };
    }>(server, 'PATCH', `${path}/${second.json.id}`, {
      body: { baseVersion: second.json.version, name: 'M/V SEA  STAR' },
    });
    expect(edit.status).toBe(409);
    expect(edit.json.error.detail.existingEntryId).toBe(first.json.id);
    expect(edit.json.error.issues.map((i) => i.path)).toEqual(['name']);
    expect(edit.json.error.message).toContain(first.json.id);
    const unchanged = await api<WatchlistEntry>(server, 'GET', `${path}/${second.json.id}`);
    expect(unchanged.json).toMatchObject({ name: 'Sea Stag', version: second.json.version });
    // Another subject is still a fine edit, and so is an edit of the reason.
    expect(
      (
        await api(server, 'PATCH', `${path}/${second.json.id}`, {
          body: { baseVersion: second.json.version, name: 'Sea Stallion' },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await api(server, 'PATCH', `${path}/${first.json.id}`, {
          body: { baseVersion: first.json.version, reason: 'still first' },
        })
      ).status,
    ).toBe(200);
  });

  it('imports CSV: every bad row reported with its line and reason, the good rows stored together', async () => {
    const { json: fresh } = await api<Watchlist>(server, 'POST', '/watchlists', {
      body: { name: 'Import target', releasability: SHARED },
    });
    const csv = [
      'kind,mmsi,imo,name,call_sign,container_number,country,reason,expires_at',
      'vessel,339000111,,NIGHT HERON,,,,go-fast seen twice,',
      'vessel,12345,,,,,,bad mmsi,',
      'container,,,,,CSQU3054383,,barrels,2027-01-01T00:00:00Z',
      'container,,,,,CSQU3054384,,wrong check digit,',
      '"organisation",,,"Acme Trading Co., Ltd.",,,US,"front company, ""Acme""",',
      'person,,,,,,,no name,',
      'spaceship,,,X,,,,what,',
    ].join('\r\n');
    const result = await api<WatchlistImportResult>(server, 'POST', `/watchlists/${fresh.id}/import`, { csv });
    expect(result.status).toBe(200);
    expect(result.json.imported).toBe(3);
    expect(result.json.errors.map((e) => e.line)).toEqual([3, 5, 7, 8]);
    expect(result.json.errors[0]?.reason).toContain('mmsi');
    expect(result.json.errors[1]?.reason).toContain('check digit');
    const page = await api<WatchlistEntryPage>(server, 'GET', `/watchlists/${fresh.id}/entries`);
    expect(page.json.total).toBe(3);
    expect(page.json.items.find((e) => e.kind === 'organisation')?.reason).toBe('front company, "Acme"');
    const history = await api<WatchlistEntryChange[]>(
      server,
      'GET',
      `/watchlists/${fresh.id}/entries/${page.json.items[0]?.id ?? ''}/history`,
    );
    expect(history.json.map((h) => h.change)).toEqual(['import']);

    // A wrong header imports nothing at all.
    const badHeader = await api(server, 'POST', `/watchlists/${fresh.id}/import`, {
      csv: 'kind,colour,reason\nvessel,red,x\n',
    });
    expect(badHeader.status).toBe(422);
    expect((await api<WatchlistEntryPage>(server, 'GET', `/watchlists/${fresh.id}/entries`)).json.total).toBe(3);

    const exported = await api(server, 'GET', `/watchlists/${fresh.id}/export`, { agency: 'CBP' });
    expect(exported.status).toBe(200);
    expect(exported.text.split('\r\n')[0]).toBe(
      'kind,mmsi,imo,name,call_sign,container_number,country,reason,expires_at',
    );
    expect(exported.text).toContain('"front company, ""Acme"""');
    expect(exported.text.trim().split('\r\n')).toHaveLength(4);
    await server.ctx.audit.flush();
    const audit = await server.ctx.audit.search({ action: 'watchlist.export' }, 10);
    expect(audit.map((a) => a.agency)).toContain('CBP');
  });

  it('[REL-9] pushes entry changes live to readers only', async () => {
    const cbp = socketOf(server, 'CBP');
    const uscg = socketOf(server, 'USCG');
    await until('sockets connected', () => (cbp.socket.connected && uscg.socket.connected ? true : undefined));
    const { json: entry } = await api<WatchlistEntry>(server, 'POST', `/watchlists/${list.id}/entries`, {
      body: { kind: 'person', name: 'Dwayne Brown', reason: 'consignee of seized barrels' },
    });
    await until('CBP hears the entry', () => (cbp.entries.some((e) => e.id === entry.id) ? true : undefined));
    await awaitLiveMarker(server.url, uscg.socket, 'USCG');
    expect(uscg.entries).toEqual([]);
    cbp.socket.close();
    uscg.socket.close();
  });
});
