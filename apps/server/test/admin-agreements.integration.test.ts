import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.ts';
import { EventClient } from '../../../test/support/event-client.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { login } from '../../../test/support/session.ts';
import { EXAMPLE_EVENT, getJson, postEvent, startTestServer, testKey } from '../../../test/support/server.ts';

const dir = createTempDir('admin-agreements');
let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path });
});
afterAll(async () => {
  await server.close();
  dir.remove();
});

type Issues = { error: { code: string; issues: { path: string; message: string }[] } };
type Group = { code: string; name: string; members: string[] };

describe('agencies and agreements administration', () => {
  it('[ADM-1] creating an agency whose code exists answers 409 naming code and changes nothing', async () => {
    const admin = await login(server.url, 'impacs.admin');
    const again = await admin.request('/api/v1/admin/agencies', {
      method: 'POST',
      body: { code: 'JCA', name: 'Renamed Agency', country: 'US' },
    });
    expect(again.status).toBe(409);
    expect((again.json as Issues).error).toMatchObject({ code: 'conflict', issues: [{ path: 'code' }] });
    const agencies = (await admin.request('/api/v1/admin/agencies')).json as {
      code: string;
      name: string;
      country: string;
    }[];
    expect(agencies.find((a) => a.code === 'JCA')).toEqual({
      code: 'JCA',
      name: 'Jamaica Customs Agency',
      country: 'JM',
    });
    expect(
      (
        await admin.request('/api/v1/admin/agencies', {
          method: 'POST',
          body: { code: 'TTCED', name: 'Trinidad and Tobago Customs', country: 'TT' },
        })
      ).status,
    ).toBe(201);
  });

  it('[ADM-1] creating an agreement whose code exists answers 409 naming code and keeps its members', async () => {
    const admin = await login(server.url, 'impacs.admin');
    const again = await admin.request('/api/v1/admin/sharing-groups', {
      method: 'POST',
      body: { code: 'jca-cbp-cmaa', name: 'Hijack', members: ['JCA', 'USCG'] },
    });
    expect(again.status).toBe(409);
    expect((again.json as Issues).error.issues).toEqual([{ path: 'code', message: 'jca-cbp-cmaa already exists' }]);
    const groups = (await admin.request('/api/v1/admin/sharing-groups')).json as Group[];
    expect(groups.find((g) => g.code === 'jca-cbp-cmaa')).toMatchObject({
      name: 'JCA-CBP customs mutual assistance',
      members: ['CBP', 'JCA'],
    });
    const posted = await postEvent(server.url, {
      ...EXAMPLE_EVENT,
      releasability: { tlp: 'AMBER', recipients: [], sharingGroups: ['jca-cbp-cmaa'] },
    });
    expect((await getJson(server.url, `/api/v1/events/${String(posted.json.id)}`, { agency: 'USCG' })).status).toBe(
      404,
    );
  });

  it('[ADM-2][REL-10] members are added and removed one by one, audited; a removed member loses access and its socket at once', async () => {
    const admin = await login(server.url, 'impacs.admin');
    expect(
      (
        await admin.request('/api/v1/admin/sharing-groups', {
          method: 'POST',
          body: { code: 'jca-jcf-mou', name: 'JCA-JCF MOU', members: ['JCA', 'JCF'] },
        })
      ).status,
    ).toBe(201);
    // IMPACS made the agreement but is no party to it (ADM-3): the parties manage its members.
    const party = await login(server.url, 'jca.admin');
    const added = await party.request('/api/v1/admin/sharing-groups/jca-jcf-mou/members', {
      method: 'POST',
      body: { agency: 'USCG' },
    });
    expect(added.status).toBe(200);
    expect(added.json).toEqual({ code: 'jca-jcf-mou', members: ['JCA', 'JCF', 'USCG'], changed: true });
    const posted = await postEvent(server.url, {
      ...EXAMPLE_EVENT,
      title: 'via the MOU',
      releasability: { tlp: 'AMBER', recipients: [], sharingGroups: ['jca-jcf-mou'] },
    });
    const path = `/api/v1/events/${String(posted.json.id)}`;
    expect((await getJson(server.url, path, { agency: 'USCG' })).status).toBe(200);

    const client = new EventClient(server.url, undefined, testKey('USCG'));
    await client.waitForSynced();
    const disconnected = new Promise<string>((resolve) => client.socket.on('disconnect', (reason) => resolve(reason)));
    const removed = await party.request('/api/v1/admin/sharing-groups/jca-jcf-mou/members/USCG', { method: 'DELETE' });
    expect(removed.status).toBe(200);
    expect(removed.json).toEqual({ code: 'jca-jcf-mou', members: ['JCA', 'JCF'], changed: true });
    expect(await disconnected).toBe('io server disconnect');
    client.close();
    expect((await getJson(server.url, path, { agency: 'USCG' })).status).toBe(404);
    expect((await getJson(server.url, path, { agency: 'JCF' })).status).toBe(200);

    const audit = async (action: string) =>
      (await admin.request(`/api/v1/admin/audit?action=${action}&targetId=jca-jcf-mou`)).json as {
        items: { detail: unknown }[];
      };
    expect((await audit('sharing_group.member_add')).items).toMatchObject([
      { detail: { agency: 'USCG', members: ['JCA', 'JCF', 'USCG'] } },
    ]);
    expect((await audit('sharing_group.member_remove')).items).toMatchObject([
      { detail: { agency: 'USCG', members: ['JCA', 'JCF'] } },
    ]);
  });

  it('[ADM-3][AUTH-2] an administrator whose agency is no party changes no agreement: it cannot join one to read what it shares', async () => {
    const outsider = await login(server.url, 'impacs.admin');
    const posted = await postEvent(server.url, {
      ...EXAMPLE_EVENT,
      title: 'customs only',
      releasability: { tlp: 'AMBER', recipients: [], sharingGroups: ['jca-cbp-cmaa'] },
    });
    for (const agency of ['IMPACS', 'USCG']) {
      const join = await outsider.request('/api/v1/admin/sharing-groups/jca-cbp-cmaa/members', {
        method: 'POST',
        body: { agency },
      });
      expect(join.status).toBe(403);
    }
    expect(
      (await outsider.request('/api/v1/admin/sharing-groups/jca-cbp-cmaa/members/CBP', { method: 'DELETE' })).status,
    ).toBe(403);
    const groups = (await outsider.request('/api/v1/admin/sharing-groups')).json as Group[];
    expect(groups.find((g) => g.code === 'jca-cbp-cmaa')?.members).toEqual(['CBP', 'JCA']);
    expect((await getJson(server.url, `/api/v1/events/${String(posted.json.id)}`, { agency: 'IMPACS' })).status).toBe(
      404,
    );
    const audit = (await outsider.request('/api/v1/admin/audit?action=sharing_group.member_add&targetId=jca-cbp-cmaa'))
      .json as { items: unknown[] };
    expect(audit.items).toEqual([]);
  });

  it('[ADM-2] refuses what would break an agreement, with the field and reason', async () => {
    const admin = await login(server.url, 'jca.admin');
    const tooFew = await admin.request('/api/v1/admin/sharing-groups/jca-jcf-mou/members/JCF', { method: 'DELETE' });
    expect(tooFew.status).toBe(422);
    expect((tooFew.json as Issues).error.issues[0]).toMatchObject({
      path: 'agency',
      message: expect.stringMatching(/fewer than 2/),
    });
    expect(
      (await admin.request('/api/v1/admin/sharing-groups/jca-jcf-mou/members/CBP', { method: 'DELETE' })).json,
    ).toMatchObject({ changed: false });
    const unknown = await admin.request('/api/v1/admin/sharing-groups/jca-jcf-mou/members', {
      method: 'POST',
      body: { agency: 'NOPE' },
    });
    expect(unknown.status).toBe(422);
    expect((unknown.json as Issues).error.issues[0]?.path).toBe('agency');
    expect(
      (
        await admin.request('/api/v1/admin/sharing-groups/no-such-group/members', {
          method: 'POST',
          body: { agency: 'CBP' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await admin.request('/api/v1/admin/sharing-groups/jca-jcf-mou/members', {
          method: 'POST',
          body: { agency: 'CBP', extra: 1 },
        })
      ).status,
    ).toBe(422);
    const analyst = await login(server.url, 'jca.analyst');
    expect(
      (
        await analyst.request('/api/v1/admin/sharing-groups/jca-jcf-mou/members', {
          method: 'POST',
          body: { agency: 'CBP' },
        })
      ).status,
    ).toBe(403);
    expect(
      (await analyst.request('/api/v1/admin/sharing-groups/jca-jcf-mou/members/JCA', { method: 'DELETE' })).status,
    ).toBe(403);
    expect((await admin.request('/api/v1/admin/sharing-groups')).json).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'jca-jcf-mou', members: ['JCA', 'JCF'] })]),
    );
  });
});
