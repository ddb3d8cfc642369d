import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation, AnnotationMessage, AnnotationRevision, IntelEvent } from '@tidewatch/contracts';
import type { RunningServer } from '../src/index.ts';
import { EventClient } from '../../../test/support/event-client.ts';
import { awaitLiveMarker } from '../../../test/support/live-marker.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { login, type UserSession } from '../../../test/support/session.ts';
import { EXAMPLE_EVENT, postEvent, startTestServer, testKey } from '../../../test/support/server.ts';

const dir = createTempDir('annotations');
let server: RunningServer;
let jca: UserSession;
let cbp: UserSession;
let eventId: string;

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path });
  jca = await login(server.url, 'jca.analyst');
  cbp = await login(server.url, 'cbp.analyst');
  eventId = String((await postEvent(server.url, EXAMPLE_EVENT)).json.id);
});
afterAll(async () => {
  await server.close();
  dir.remove();
});

describe('annotations', () => {
  it('appear live, within a second, for another agency that may read the event, and never for one that may not', async () => {
    const cbpClient = new EventClient(server.url, undefined, testKey('CBP'));
    const uscgClient = new EventClient(server.url, undefined, testKey('USCG'));
    const seenByCbp: AnnotationMessage[] = [];
    const seenByUscg: AnnotationMessage[] = [];
    cbpClient.socket.on('annotation', (m) => seenByCbp.push(m));
    uscgClient.socket.on('annotation', (m) => seenByUscg.push(m));
    try {
      await Promise.all([cbpClient.waitForSynced(), uscgClient.waitForSynced()]);
      const started = Date.now();
      const created = await jca.request(`/api/v1/annotations/on/event/${eventId}`, {
        method: 'POST',
        body: {
          body: 'Consignee matches **watchlist** entry',
          tags: ['firearms'],
          grading: { reliability: 'B', credibility: 2 },
        },
      });
      expect(created.status).toBe(201);
      await cbpClient.waitFor(() => seenByCbp.length === 1, 1000, 'annotation within 1 s');
      expect(Date.now() - started).toBeLessThan(1000);
      expect(seenByCbp[0]?.annotation).toMatchObject({
        body: 'Consignee matches **watchlist** entry',
        ownerAgency: 'JCA',
        releasability: { tlp: 'AMBER', recipients: ['CBP'] },
      });
      await awaitLiveMarker(server.url, uscgClient.socket, 'USCG');
      expect(seenByUscg).toHaveLength(0);
    } finally {
      cbpClient.close();
      uscgClient.close();
    }
  });

  it('refuse an edit based on an old version with 409 and the current text; keep every revision', async () => {
    const note = (
      await jca.request(`/api/v1/annotations/on/event/${eventId}`, { method: 'POST', body: { body: 'first' } })
    ).json as Annotation;
    const second = await jca.request(`/api/v1/annotations/${note.id}`, {
      method: 'PATCH',
      body: { body: 'second', baseVersion: 1 },
    });
    expect(second.status).toBe(200);
    const stale = await jca.request(`/api/v1/annotations/${note.id}`, {
      method: 'PATCH',
      body: { body: 'stale edit', baseVersion: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({
      error: { code: 'conflict', detail: { current: { body: 'second', version: 2 } } },
    });
    const history = (await jca.request(`/api/v1/annotations/${note.id}/history`)).json as AnnotationRevision[];
    expect(history.map((r) => [r.version, r.body, r.change])).toEqual([
      [1, 'first', 'create'],
      [2, 'second', 'edit'],
    ]);
  });

  it('[AUTH-1] only the owning agency changes a note; deletion is soft and audited', async () => {
    const note = (
      await jca.request(`/api/v1/annotations/on/event/${eventId}`, { method: 'POST', body: { body: 'to delete' } })
    ).json as Annotation;
    expect(
      (
        await cbp.request(`/api/v1/annotations/${note.id}`, {
          method: 'PATCH',
          body: { body: 'hijack', baseVersion: 1 },
        })
      ).status,
    ).toBe(403);
    expect(
      (await jca.request(`/api/v1/annotations/${note.id}`, { method: 'DELETE', body: { baseVersion: 1 } })).status,
    ).toBe(200);
    expect((await jca.request(`/api/v1/annotations/${note.id}`)).status).toBe(404);
    const list = (await jca.request(`/api/v1/annotations/on/event/${eventId}`)).json as Annotation[];
    expect(list.some((n) => n.id === note.id)).toBe(false);
    await server.ctx.audit.flush();
    const rows = await server.ctx.audit.search({ targetId: note.id, action: 'annotation.delete' }, 5);
    expect(rows).toMatchObject([{ agency: 'JCA', outcome: 'success' }]);
  });

  it('refuse a note without a body with 422 naming the field', async () => {
    const res = await jca.request(`/api/v1/annotations/on/event/${eventId}`, { method: 'POST', body: { body: '' } });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({ error: { issues: [{ path: 'body' }] } });
  });
});

describe('triage', () => {
  it('changes status and assignee under optimistic concurrency, live to readers', async () => {
    const watcher = new EventClient(server.url, undefined, testKey('CBP'));
    const updates: IntelEvent[] = [];
    watcher.socket.on('event:updated', (m) => updates.push(m.event));
    try {
      await watcher.waitForSynced();
      const me = ((await jca.request('/api/v1/auth/me')).json as { user: { id: string } }).user;
      const ok = await jca.request(`/api/v1/events/${eventId}/triage`, {
        method: 'PATCH',
        body: { status: 'triaged', assigneeId: me.id, baseVersion: 1 },
      });
      expect(ok.status).toBe(200);
      expect(ok.json).toMatchObject({ status: 'triaged', assigneeId: me.id, version: 2 });
      const stale = await jca.request(`/api/v1/events/${eventId}/triage`, {
        method: 'PATCH',
        body: { status: 'closed', baseVersion: 1 },
      });
      expect(stale.status).toBe(409);
      expect(stale.json).toMatchObject({ error: { detail: { current: { status: 'triaged', version: 2 } } } });
      await watcher.waitFor(() => updates.length === 1, 1000, 'triage update');
      expect(updates[0]).toMatchObject({ id: eventId, status: 'triaged' });
    } finally {
      watcher.close();
    }
  });

  it('[AUTH-10] only the owning agency triages: a reader of a shared RED event gets 403 and changes nothing', async () => {
    const red = await postEvent(server.url, {
      ...EXAMPLE_EVENT,
      title: 'RED for CBP',
      releasability: { tlp: 'RED', recipients: ['CBP'] },
    });
    const id = String(red.json.id);
    expect((await cbp.request(`/api/v1/events/${id}`)).status).toBe(200);
    const closed = await cbp.request(`/api/v1/events/${id}/triage`, {
      method: 'PATCH',
      body: { status: 'closed', baseVersion: 1 },
    });
    expect(closed.status).toBe(403);
    expect(closed.json).toMatchObject({ error: { code: 'forbidden', message: expect.stringMatching(/JCA/) } });
    const jcf = await login(server.url, 'jcf.analyst');
    expect(
      (
        await jcf.request(`/api/v1/events/${id}/triage`, {
          method: 'PATCH',
          body: { status: 'closed', baseVersion: 1 },
        })
      ).status,
    ).toBe(404);
    expect((await jca.request(`/api/v1/events/${id}`)).json).toMatchObject({ status: 'new', version: 1 });
    expect(
      (
        await jca.request(`/api/v1/events/${id}/triage`, {
          method: 'PATCH',
          body: { status: 'closed', baseVersion: 1 },
        })
      ).status,
    ).toBe(200);
  });
});
