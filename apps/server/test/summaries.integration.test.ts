import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DailySummary, SummaryList, SummaryRegenerated } from '@tidewatch/contracts';
import { addDays, latestDueDate, summaryPeriod } from '@tidewatch/domain';
import type { RunningServer } from '../src/index.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { getJson, postEvent, startTestServer, testKey, TEST_PASSWORD } from '../../../test/support/server.ts';
import { login } from '../../../test/support/session.ts';
import { pdfText } from './support/pdf-text.ts';

const TZ = 'America/Jamaica';
const HOUR = 6;
const dir = createTempDir('summaries');
let server: RunningServer;
// A day safely over: three days before the newest due summary.
const DAY = addDays(latestDueDate(new Date(), HOUR, TZ), -3);
const period = summaryPeriod(DAY, HOUR, TZ);
const at = (hours: number) => new Date(period.start.getTime() + hours * 3_600_000).toISOString();
const ids = new Map<string, string>();

interface Fixture {
  kind: string;
  owner: string;
  tlp: string;
  recipients?: string[];
  sev: number;
  hours: number;
  title: string;
  commodity?: string;
  value?: number;
  pos?: [number, number];
}
/**
 * Hand-computed expectations. For CBP: seizures A (cocaine) and B (firearms; C is JCA-only), 1 interdiction,
 * 1 watchlist hit (E, its own), 1 vessel gone dark (F; G is loitering), 1 cargo alert, open severity >= 4: B
 * and D. Cocaine on the days before: P1 on day 1 and P2 on day 10, so the 7-day average is 1/7 = 0.1 and the
 * 30-day average 2/30 = 0.1 (one decimal). X happens after the period and counts nowhere.
 */
const FIXTURE: Record<string, Fixture> = {
  A: {
    kind: 'seizure',
    owner: 'JCA',
    tlp: 'GREEN',
    sev: 3,
    hours: 2,
    title: 'A: cocaine in a fishing canoe at Kingston',
    commodity: 'cocaine',
    value: 1000,
    pos: [-76.79, 17.97],
  },
  B: {
    kind: 'seizure',
    owner: 'JCA',
    tlp: 'AMBER',
    recipients: ['CBP'],
    sev: 5,
    hours: 5,
    title: 'B: pistols in barrels at Kingston wharf',
    commodity: 'firearms',
    pos: [-76.8, 17.95],
  },
  C: {
    kind: 'seizure',
    owner: 'JCA',
    tlp: 'AMBER',
    sev: 4,
    hours: 6,
    title: 'C: JCA-only cash seizure',
    commodity: 'cash',
  },
  D: {
    kind: 'interdiction',
    owner: 'USCG',
    tlp: 'GREEN',
    sev: 4,
    hours: 7,
    title: 'D: go-fast interdicted south of Jamaica',
    pos: [-75.5, 17.5],
  },
  E: { kind: 'watchlist_hit', owner: 'CBP', tlp: 'AMBER', sev: 2, hours: 8, title: 'E: consignee on CBP watchlist' },
  F: {
    kind: 'vessel_alert',
    owner: 'IMPACS',
    tlp: 'GREEN',
    sev: 3,
    hours: 9,
    title: 'F: FV Night Heron went dark for 14 h near Pedro Bank',
    pos: [-77.8, 17.0],
  },
  G: {
    kind: 'vessel_alert',
    owner: 'IMPACS',
    tlp: 'GREEN',
    sev: 2,
    hours: 10,
    title: 'G: Loitering alert: Sea Breeze off Portland Point',
  },
  H: { kind: 'cargo_alert', owner: 'CBP', tlp: 'GREEN', sev: 3, hours: 11, title: 'H: high-risk reefer for Kingston' },
  P1: {
    kind: 'seizure',
    owner: 'JCA',
    tlp: 'GREEN',
    sev: 2,
    hours: -23,
    title: 'P1: cocaine the day before',
    commodity: 'cocaine',
  },
  P2: {
    kind: 'seizure',
    owner: 'JCA',
    tlp: 'GREEN',
    sev: 2,
    hours: -9 * 24 - 1,
    title: 'P2: cocaine ten days before',
    commodity: 'cocaine',
  },
  X: {
    kind: 'seizure',
    owner: 'JCA',
    tlp: 'GREEN',
    sev: 5,
    hours: 25,
    title: 'X: the next day',
    commodity: 'firearms',
  },
};

async function post(name: string, f: Fixture): Promise<void> {
  const { status, json } = await postEvent(
    server.url,
    {
      kind: f.kind,
      title: f.title,
      occurredAt: at(f.hours),
      ownerAgency: f.owner,
      releasability: { tlp: f.tlp, recipients: f.recipients ?? [] },
      severity: f.sev,
      ...(f.pos ? { position: { lon: f.pos[0], lat: f.pos[1] } } : {}),
      ...(f.commodity
        ? {
            seizure: {
              commodity: f.commodity,
              quantity: 1,
              unit: 'items',
              ...(f.value ? { estimatedValueUsd: f.value } : {}),
            },
          }
        : {}),
    },
    { agency: f.owner },
  );
  if (status !== 201) throw new Error(`${name}: ${status} ${JSON.stringify(json)}`);
  ids.set(name, String(json.id));
}

async function call<T>(
  path: string,
  agency: string,
  method = 'GET',
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const res = await fetch(`${server.url}/api/v1/summaries${path}`, {
    method,
    headers: {
      authorization: `Bearer ${testKey(agency)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as T };
}

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path, SUMMARY_SCHEDULER: 'off', SUMMARY_TZ: TZ, SUMMARY_HOUR: HOUR });
  for (const [name, f] of Object.entries(FIXTURE)) await post(name, f);
  await server.ctx.users.upsertByUsername({
    username: 'cbp.commander',
    displayName: 'CBP commander',
    agencyCode: 'CBP',
    role: 'commander',
    passwordHash: await hashPassword(TEST_PASSWORD),
  });
  const jca = await login(server.url, 'jca.analyst');
  const onB = await jca.request(`/api/v1/annotations/on/event/${ids.get('B') ?? ''}`, {
    method: 'POST',
    body: { body: 'Barrels consigned from Port Everglades; consignee known to CBP.' },
  });
  const onA = await jca.request(`/api/v1/annotations/on/event/${ids.get('A') ?? ''}`, {
    method: 'POST',
    body: { body: 'JCA-only note about the canoe owner.', releasability: { tlp: 'AMBER', recipients: [] } },
  });
  if (onB.status !== 201 || onA.status !== 201) throw new Error(`annotations refused: ${onB.status} ${onA.status}`);
});
afterAll(async () => {
  await server.close();
  dir.remove();
});

describe('the daily summary, stored per agency viewpoint', () => {
  let first: DailySummary;

  it("[REL-8] CBP's summary counts only what CBP may read, against the 7- and 30-day averages", async () => {
    const regen = await call<SummaryRegenerated>(`/${DAY}/regenerate`, 'CBP', 'POST');
    expect(regen.status).toBe(200);
    expect(regen.json.changed).toBe(true);
    first = regen.json.summary;
    expect(first).toMatchObject({
      agency: 'CBP',
      date: DAY,
      revision: 1,
      latestRevision: 1,
      periodStart: period.start.toISOString(),
      periodEnd: period.end.toISOString(),
      timeZone: TZ,
      changes: [],
    });
    const h = first.content.headline;
    expect(h.seizures.find((s) => s.commodity === 'cocaine')).toEqual({
      commodity: 'cocaine',
      count: 1,
      avg7: 0.1,
      avg30: 0.1,
      valueUsd: 1000,
    });
    expect(h.seizures.find((s) => s.commodity === 'firearms')?.count).toBe(1);
    expect(h.seizures.find((s) => s.commodity === 'cash')?.count).toBe(0);
    expect(h.seizuresTotal).toEqual({ count: 2, avg7: 0.1, avg30: 0.1, valueUsd: 1000 });
    expect([
      h.interdictions.count,
      h.watchlistHits.count,
      h.vesselsGoneDark.count,
      h.highRiskConsignments.count,
      h.openHighSeverity,
    ]).toEqual([1, 1, 1, 1, 2]);
    expect(first.content.notable.map((e) => e.id)).toEqual(['B', 'D', 'H', 'F', 'A', 'G', 'E'].map((n) => ids.get(n)));
    const seizures = first.content.sparklines.find((l) => l.key === 'seizures')?.values ?? [];
    expect(seizures).toHaveLength(30);
    expect([seizures[29], seizures[28], seizures[19]]).toEqual([2, 1, 1]);
    expect(first.content.mapPoints.map((p) => p.id).sort()).toEqual(['A', 'B', 'D', 'F'].map((n) => ids.get(n)).sort());
  });

  it('[REL-7] notable events carry their latest annotation the viewer may read, and no other', () => {
    const b = first.content.notable.find((e) => e.id === ids.get('B'));
    expect(b?.latestAnnotation).toMatchObject({
      body: 'Barrels consigned from Port Everglades; consignee known to CBP.',
      ownerAgency: 'JCA',
      author: 'JCA analyst',
    });
    expect(first.content.notable.find((e) => e.id === ids.get('A'))?.latestAnnotation).toBeNull();
  });

  it("[REL-8] JCA's summary of the same day is its own: its AMBER cash seizure and note, not CBP's watchlist hit", async () => {
    const { json } = await call<SummaryRegenerated>(`/${DAY}/regenerate`, 'JCA', 'POST');
    const h = json.summary.content.headline;
    expect(json.summary.agency).toBe('JCA');
    expect([h.seizuresTotal.count, h.watchlistHits.count, h.openHighSeverity]).toEqual([3, 0, 3]);
    expect(json.summary.content.notable.find((e) => e.id === ids.get('A'))?.latestAnnotation?.body).toBe(
      'JCA-only note about the canoe owner.',
    );
  });

  it('[REL-8][REL-9] an agency reads only its own viewpoint: USCG has no summary of that day yet (404)', async () => {
    expect((await call(`/${DAY}`, 'USCG')).status).toBe(404);
    const list = await call<SummaryList>('', 'CBP');
    expect(list.json.items.map((i) => [i.date, i.latestRevision, i.seizuresTotal])).toEqual([[DAY, 1, 2]]);
  });

  it('refuses a day that is not over yet (409) and a malformed date (422)', async () => {
    expect((await call(`/${addDays(DAY, 30)}/regenerate`, 'CBP', 'POST')).status).toBe(409);
    expect((await call('/2026-13-40', 'CBP')).status).toBe(422);
  });

  it('stores late data as revision 2 with what changed, and keeps revision 1 as it was', async () => {
    await post('L', {
      kind: 'seizure',
      owner: 'CBP',
      tlp: 'GREEN',
      sev: 3,
      hours: 3,
      title: 'L: late report of cannabis at Port Antonio',
      commodity: 'cannabis',
    });
    const regen = await call<SummaryRegenerated>(`/${DAY}/regenerate`, 'CBP', 'POST');
    expect(regen.json.changed).toBe(true);
    const second = regen.json.summary;
    expect(second).toMatchObject({ revision: 2, latestRevision: 2, reason: 'regenerated' });
    expect(second.changes).toEqual(
      expect.arrayContaining([
        { what: 'figure', key: 'seizures.cannabis', label: 'Seizures: cannabis', before: 0, after: 1 },
        { what: 'figure', key: 'seizures.total', label: 'Seizures: total', before: 2, after: 3 },
        {
          what: 'event_added',
          key: ids.get('L'),
          label: 'L: late report of cannabis at Port Antonio',
          before: null,
          after: 3,
        },
      ]),
    );
    const original = await call<DailySummary>(`/${DAY}?revision=1`, 'CBP');
    expect(original.json).toMatchObject({ revision: 1, latestRevision: 2 });
    expect(original.json.content.headline.seizuresTotal.count).toBe(2);
    const again = await call<SummaryRegenerated>(`/${DAY}/regenerate`, 'CBP', 'POST');
    expect(again.json).toMatchObject({ changed: false, summary: { revision: 2 } });
    const revisions = await call<{ revisions: DailySummary[] }>(`/${DAY}/revisions`, 'CBP');
    expect(revisions.json.revisions.map((r) => r.revision)).toEqual([1, 2]);
  });

  it('[AUD-1] a commander acknowledges: who and when are stored and audited; an analyst may not', async () => {
    const commander = await login(server.url, 'cbp.commander');
    const ack = await commander.request(`/api/v1/summaries/${DAY}/acknowledge`, { method: 'POST', body: {} });
    expect(ack.status).toBe(200);
    const acked = ack.json as DailySummary;
    expect(acked.acknowledgements).toEqual([
      { revision: 2, userId: expect.any(String), userName: 'CBP commander', acknowledgedAt: expect.any(String) },
    ]);
    const analyst = await login(server.url, 'cbp.analyst');
    expect((await analyst.request(`/api/v1/summaries/${DAY}/acknowledge`, { method: 'POST', body: {} })).status).toBe(
      403,
    );
    await server.ctx.audit.flush();
    const rows = await server.ctx.audit.search({ action: 'summary.acknowledge', targetId: acked.id }, 10);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorName: 'cbp.commander',
      agency: 'CBP',
      outcome: 'success',
      detail: { date: DAY, revision: 2 },
    });
    const list = await call<SummaryList>('', 'CBP');
    expect(list.json.items[0]?.acknowledged).toBe(true);
  });

  it("[AUD-1][REL-8] the PDF is made by the server: parsed, its text holds CBP's figures and nothing CBP may not read", async () => {
    const res = await fetch(`${server.url}/api/v1/summaries/${DAY}.pdf`, {
      headers: { authorization: `Bearer ${testKey('CBP')}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/Helvetica/);
    const text = pdfText(pdf);
    for (const expected of [
      `Daily summary ${DAY} - CBP`,
      'Revision 2 of 2',
      'What changed since revision 1',
      'Seizures: total: 2 -> 3',
      'Seizures (all commodities)',
      'Open high-severity items (4-5)',
      FIXTURE.B?.title ?? '',
      'Barrels consigned from Port Everglades',
      'CBP commander (revision 2',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('JCA-only');
    await server.ctx.audit.flush();
    const rows = await server.ctx.audit.search({ action: 'summary.export', agency: 'CBP' }, 10);
    expect(rows.some((r) => (r.detail as { format?: string }).format === 'pdf')).toBe(true);
  });

  it('[REL-13] every page of the PDF and the print carries the strictest TLP the summary draws on, and the PDF numbers its pages', async () => {
    for (const agency of ['CBP', 'JCA'] as const) {
      const { json: summary } = await getJson<DailySummary>(server.url, `/api/v1/summaries/${DAY}`, { agency });
      const marking = summary.content.marking;
      if (summary.content.restrictedEvents > 0) expect(['AMBER', 'AMBER+STRICT', 'RED']).toContain(marking);
      else expect(['CLEAR', 'GREEN']).toContain(marking);
      const res = await fetch(`${server.url}/api/v1/summaries/${DAY}.pdf`, {
        headers: { authorization: `Bearer ${testKey(agency)}` },
      });
      const pdf = Buffer.from(await res.arrayBuffer());
      const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
      expect(pages).toBeGreaterThan(0);
      const text = pdfText(pdf);
      // Top and foot of every page, and nothing stricter or looser anywhere.
      expect(text.split(`TLP:${marking}`).length - 1).toBeGreaterThanOrEqual(2 * pages);
      for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages}`);
      const html = await (
        await fetch(`${server.url}/api/v1/summaries/${DAY}.html`, {
          headers: { authorization: `Bearer ${testKey(agency)}` },
        })
      ).text();
      expect(html).toContain(`<div class="tlp-mark" data-tlp="${marking}">TLP:${marking}</div>`);
    }
  });

  it('serves a self-contained printable HTML with an A4 or Letter page and an inline SVG map', async () => {
    const res = await fetch(`${server.url}/api/v1/summaries/${DAY}.html?paper=letter`, {
      headers: { authorization: `Bearer ${testKey('CBP')}` },
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('@page { size: letter portrait');
    expect(html).toContain('<svg');
    expect(html).toContain('B: pistols in barrels at Kingston wharf');
    expect(html).not.toContain('JCA-only');
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
    const a4 = await (
      await fetch(`${server.url}/api/v1/summaries/${DAY}.html`, {
        headers: { authorization: `Bearer ${testKey('CBP')}` },
      })
    ).text();
    expect(a4).toContain('@page { size: A4 portrait');
    const svg = await fetch(`${server.url}/api/v1/summaries/${DAY}/map.svg`, {
      headers: { authorization: `Bearer ${testKey('CBP')}` },
    });
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    const body = await svg.text();
    expect(body.match(/<circle/g)).toHaveLength(4);
    expect(body).toMatch(/<path d="M/);
    // Paper colours by default (the print), the dashboard's dark sea on request (the screen).
    expect(body).toContain('fill="#dfe9f2"');
    const dark = await (
      await fetch(`${server.url}/api/v1/summaries/${DAY}/map.svg?theme=screen`, {
        headers: { authorization: `Bearer ${testKey('CBP')}` },
      })
    ).text();
    expect(dark).toContain('fill="#0a1a2b"');
    expect(dark.match(/<circle/g)).toHaveLength(4);
    const wrong = await fetch(`${server.url}/api/v1/summaries/${DAY}/map.svg?theme=neon`, {
      headers: { authorization: `Bearer ${testKey('CBP')}` },
    });
    expect(wrong.status).toBe(422);
  });

  it('[I18N-16] the PDF and the print come out in the language asked for, else Accept-Language, dates with their zone', async () => {
    const auth = { authorization: `Bearer ${testKey('CBP')}` };
    const es = pdfText(
      Buffer.from(
        await (await fetch(`${server.url}/api/v1/summaries/${DAY}.pdf?lang=es`, { headers: auth })).arrayBuffer(),
      ),
    );
    for (const expected of [
      `Resumen diario ${DAY} - CBP`,
      'Revisión 2 de 2',
      'Cambios desde la revisión 1',
      'Incautaciones: total: 2 -> 3',
      'Incautaciones (todas las mercancías)',
      'Cifras principales',
      'Eventos destacados',
      FIXTURE.B?.title ?? '',
    ])
      expect(es).toContain(expected);
    expect(es).not.toContain('Headline figures');
    expect(es).not.toContain('?');
    // French by the browser's header alone; the time zone is named beside every time.
    const frRes = await fetch(`${server.url}/api/v1/summaries/${DAY}.html`, {
      headers: { ...auth, 'accept-language': 'fr-GP,en;q=0.5' },
    });
    const fr = await frRes.text();
    expect(fr).toContain('<html lang="fr">');
    for (const expected of [
      'Synthèse quotidienne',
      'Chiffres clés',
      'Saisies par marchandise',
      'cocaïne',
      'Interceptions',
    ])
      expect(fr).toContain(expected);
    expect(fr).not.toContain('Notable events');
    expect(fr).toMatch(/\d{2}:\d{2} (UTC|GMT)[−+-]\d/);
    // An explicit lang wins over the header; an unknown one is refused with its field named.
    const en = await (
      await fetch(`${server.url}/api/v1/summaries/${DAY}.html?lang=en`, {
        headers: { ...auth, 'accept-language': 'es' },
      })
    ).text();
    expect(en).toContain('Headline figures');
    const wrong = await fetch(`${server.url}/api/v1/summaries/${DAY}.pdf?lang=de`, { headers: auth });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('lang');
  });
});

describe('the scheduler', () => {
  it('generates the newest due day once per agency, and revises it when late data arrives', async () => {
    const first = await server.summaries.scheduler.runOnce();
    expect(first.generated.sort()).toEqual(['CBP', 'IMPACS', 'JCA', 'JCF', 'USCG']);
    const again = await server.summaries.scheduler.runOnce();
    expect(again.generated).toEqual([]);
    expect(again.revised).toEqual([]);
    const due = summaryPeriod(first.date, HOUR, TZ);
    const { status } = await postEvent(
      server.url,
      {
        kind: 'interdiction',
        title: 'Late: canoe stopped off Morant Point',
        occurredAt: new Date(due.start.getTime() + 3_600_000).toISOString(),
        ownerAgency: 'USCG',
        releasability: { tlp: 'GREEN' },
        severity: 3,
      },
      { agency: 'USCG' },
    );
    expect(status).toBe(201);
    const late = await server.summaries.scheduler.runOnce();
    expect(late.revised).toEqual([{ date: first.date, agencies: ['JCA', 'JCF', 'CBP', 'USCG', 'IMPACS'].sort() }]);
    const { json } = await getJson<DailySummary>(server.url, `/api/v1/summaries/${first.date}`, { agency: 'CBP' });
    expect(json).toMatchObject({ revision: 2, reason: 'late_data', generatedBy: 'scheduler' });
    expect(json.changes).toContainEqual({
      what: 'figure',
      key: 'interdictions',
      label: 'Interdictions',
      before: 0,
      after: 1,
    });
  });
});
