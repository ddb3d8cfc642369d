import { Hono, type Context } from 'hono';
import { limitBody } from '../body-limit.ts';
import type { IntelRequestContext, IntelServices } from '../../services/intel-context.ts';
import { getAlert, searchAlerts } from '../../services/alerts/read-alerts.ts';
import { createArea, getArea, listAreas, retireArea } from '../../services/alerts/manage-areas.ts';
import { consignmentsFromCsv } from '../../services/cargo/consignment-csv.ts';
import {
  addMovement,
  getConsignment,
  rescoreConsignment,
  searchConsignments,
} from '../../services/cargo/consignment-verbs.ts';
import { ingestConsignments, type RawConsignment } from '../../services/cargo/ingest-consignments.ts';
import { changeEntry, addEntry } from '../../services/watchlists/manage-entries.ts';
import { changeWatchlist, createWatchlist } from '../../services/watchlists/manage-watchlists.ts';
import {
  entryHistory,
  getEntry,
  getWatchlist,
  searchEntries,
  searchWatchlists,
} from '../../services/watchlists/read-watchlists.ts';
import { exportWatchlistCsv, importWatchlistCsv } from '../../services/watchlists/watchlist-csv.ts';
import { readJsonBody } from '../json-body.ts';
import { uuidParams } from '../id-params.ts';
import { rctx, type AppEnv } from '../request-context.ts';

/** Imports may be large; 20 MB holds about 100,000 watchlist rows. */
const IMPORT_LIMIT = 20 * 1024 * 1024;

const importLimit = limitBody(IMPORT_LIMIT);
const oneId = uuidParams('id');
const entryIds = uuidParams('id', 'entryId');

async function readCsv(c: Context<AppEnv>): Promise<{ ok: true; text: string } | { ok: false; response: Response }> {
  const type = c.req.header('content-type') ?? '';
  if (!/^text\/(csv|plain)\b/i.test(type)) {
    return {
      ok: false,
      response: c.json({ error: { code: 'unsupported_media_type', message: 'send Content-Type: text/csv' } }, 415),
    };
  }
  return { ok: true, text: await c.req.text() };
}

/** REST v1 watchlists, alerts, areas of interest and cargo (issue 5). Routes only adapt; services authorize. */
export function intelRoutes(services: IntelServices): { path: string; routes: Hono<AppEnv> }[] {
  const ictx = (c: Context<AppEnv>): IntelRequestContext => ({ ...rctx(c), ...services });

  const watchlists = new Hono<AppEnv>();
  watchlists.get('/', async (c) => c.json(await searchWatchlists({ ctx: ictx(c), query: c.req.query() })));
  watchlists.post('/', async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    return c.json(await createWatchlist({ ctx: ictx(c), input: body.value }), 201);
  });
  // Before '/:id' so "entries" is not taken for a list id.
  watchlists.get('/entries/search', async (c) => c.json(await searchEntries({ ctx: ictx(c), query: c.req.query() })));
  watchlists.get('/:id', oneId, async (c) => c.json(await getWatchlist({ ctx: ictx(c), id: c.req.param('id') })));
  watchlists.patch('/:id', oneId, async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    return c.json(await changeWatchlist({ ctx: ictx(c), id: c.req.param('id'), input: body.value }));
  });
  watchlists.post('/:id/retire', oneId, async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    return c.json(await changeWatchlist({ ctx: ictx(c), id: c.req.param('id'), input: body.value, retire: true }));
  });
  watchlists.get('/:id/entries', oneId, async (c) =>
    c.json(await searchEntries({ ctx: ictx(c), watchlistId: c.req.param('id'), query: c.req.query() })),
  );
  watchlists.post('/:id/entries', oneId, async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    return c.json(await addEntry({ ctx: ictx(c), watchlistId: c.req.param('id'), input: body.value }), 201);
  });
  watchlists.get('/:id/entries/:entryId', entryIds, async (c) =>
    c.json(await getEntry({ ctx: ictx(c), watchlistId: c.req.param('id'), entryId: c.req.param('entryId') })),
  );
  watchlists.get('/:id/entries/:entryId/history', entryIds, async (c) =>
    c.json(await entryHistory({ ctx: ictx(c), watchlistId: c.req.param('id'), entryId: c.req.param('entryId') })),
  );
  watchlists.patch('/:id/entries/:entryId', entryIds, async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    return c.json(
      await changeEntry({
        ctx: ictx(c),
        watchlistId: c.req.param('id'),
        entryId: c.req.param('entryId'),
        input: body.value,
      }),
    );
  });
  watchlists.post('/:id/entries/:entryId/retire', entryIds, async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    return c.json(
      await changeEntry({
        ctx: ictx(c),
        watchlistId: c.req.param('id'),
        entryId: c.req.param('entryId'),
        input: body.value,
        retire: true,
      }),
    );
  });
  watchlists.post('/:id/import', oneId, importLimit, async (c) => {
    const body = await readCsv(c);
    if (body.ok === false) return body.response;
    return c.json(await importWatchlistCsv({ ctx: ictx(c), watchlistId: c.req.param('id'), csv: body.text }));
  });
  watchlists.get('/:id/export', oneId, async (c) => {
    const chunks: string[] = [];
    // Collected before answering so a 404 is still a 404 and not a broken stream.
    for await (const chunk of exportWatchlistCsv({ ctx: ictx(c), watchlistId: c.req.param('id') })) chunks.push(chunk);
    return c.body(chunks.join(''), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="watchlist-${c.req.param('id')}.csv"`,
    });
  });

  const alerts = new Hono<AppEnv>();
  alerts.get('/', async (c) => c.json(await searchAlerts({ ctx: ictx(c), query: c.req.query() })));
  alerts.get('/:eventId', async (c) => c.json(await getAlert({ ctx: ictx(c), eventId: c.req.param('eventId') })));

  const areas = new Hono<AppEnv>();
  areas.get('/', async (c) => c.json(await listAreas({ ctx: ictx(c) })));
  areas.post('/', async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    return c.json(await createArea({ ctx: ictx(c), input: body.value }), 201);
  });
  areas.get('/:id', async (c) => c.json(await getArea({ ctx: ictx(c), id: c.req.param('id') })));
  areas.post('/:id/retire', async (c) => c.json(await retireArea({ ctx: ictx(c), id: c.req.param('id') })));

  const cargo = new Hono<AppEnv>();
  cargo.get('/consignments', async (c) => c.json(await searchConsignments({ ctx: ictx(c), query: c.req.query() })));
  cargo.post('/consignments', importLimit, async (c) => {
    const ctx = ictx(c);
    let records: RawConsignment[];
    if (/^text\/csv\b/i.test(c.req.header('content-type') ?? '')) {
      records = consignmentsFromCsv(ctx, await c.req.text(), c.req.query());
    } else {
      const body = await readJsonBody(c);
      if (body.ok === false) return body.response;
      const value = body.value;
      records = Array.isArray(value)
        ? value.map((v, i) => ({ line: i + 1, value: v as unknown }))
        : [{ line: 1, value }];
    }
    const result = await ingestConsignments({ ctx, records });
    const anyCreated = result.created.some((r) => r.created);
    return c.json(result, anyCreated ? 201 : 200);
  });
  cargo.get('/consignments/:id', oneId, async (c) =>
    c.json(await getConsignment({ ctx: ictx(c), id: c.req.param('id') })),
  );
  cargo.post('/consignments/:id/movements', oneId, async (c) => {
    const body = await readJsonBody(c);
    if (body.ok === false) return body.response;
    return c.json(await addMovement({ ctx: ictx(c), id: c.req.param('id'), input: body.value }), 201);
  });
  cargo.post('/consignments/:id/rescore', oneId, async (c) =>
    c.json(await rescoreConsignment({ ctx: ictx(c), id: c.req.param('id') })),
  );

  return [
    { path: '/watchlists', routes: watchlists },
    { path: '/alerts', routes: alerts },
    { path: '/areas', routes: areas },
    { path: '/cargo', routes: cargo },
  ];
}
