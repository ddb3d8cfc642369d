import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { AlertQuery, ConsignmentQuery, WatchlistEntryQuery, WatchlistQuery } from '@tidewatch/contracts';
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
import { jsonBody } from '../json-body.ts';
import { rctx, type AppEnv } from '../request-context.ts';
import { apiRouter } from '../openapi/api-router.ts';
import {
  AreaInput,
  AreaOfInterest,
  Consignment,
  ConsignmentIngestResult,
  ConsignmentInput,
  DerivedAlert,
  MovementInput,
  RetireInput,
  Watchlist,
  WatchlistEdit,
  WatchlistEntry,
  WatchlistEntryChange,
  WatchlistEntryEdit,
  WatchlistEntryInput,
  WatchlistEntryPage,
  WatchlistImportResult,
  WatchlistInput,
} from '../openapi/components.ts';
import {
  errorResponse,
  invalidBody,
  invalidQuery,
  jsonRequestBody,
  jsonResponse,
  notReadable,
  stale,
  textContent,
  UuidParam,
} from '../openapi/responses.ts';

/** Imports may be large; 20 MB holds about 100,000 watchlist rows. */
const IMPORT_LIMIT = 20 * 1024 * 1024;

const importLimit = limitBody(IMPORT_LIMIT);
const ListId = z.object({ id: UuidParam.describe('Watchlist id') });
const EntryIds = ListId.extend({ entryId: UuidParam.describe('Entry id') });
const OneId = z.object({ id: UuidParam });
const AreaId = z.object({ id: z.string() });

/** A watchlist import is CSV (text/plain is taken too); anything else is a 415 naming what to send. */
const csvBody: MiddlewareHandler = async (c, next) => {
  if (/^text\/(csv|plain)\b/i.test(c.req.header('content-type') ?? '')) return next();
  return c.json({ error: { code: 'unsupported_media_type', message: 'send Content-Type: text/csv' } }, 415);
};

const isCsv = (c: Context) => /^text\/csv\b/i.test(c.req.header('content-type') ?? '');
const jsonGate = jsonBody();
/** Manifests come as CSV or as JSON; JSON goes through the usual gate (VAL-1). */
const csvOrJsonBody: MiddlewareHandler = async (c, next) => (isCsv(c) ? next() : jsonGate(c, next));

/** REST v1 watchlists, alerts, areas of interest and cargo (issue 5). Routes only adapt; services authorize. */
export function intelRoutes(services: IntelServices): { path: string; routes: OpenAPIHono<AppEnv> }[] {
  const ictx = (c: Context<AppEnv>): IntelRequestContext => ({ ...rctx(c), ...services });
  return [
    { path: '/watchlists', routes: watchlistRoutes(ictx) },
    { path: '/alerts', routes: alertRoutes(ictx) },
    { path: '/areas', routes: areaRoutes(ictx) },
    { path: '/cargo', routes: cargoRoutes(ictx) },
  ];
}

type IntelContextOf = (c: Context<AppEnv>) => IntelRequestContext;

function watchlistRoutes(ictx: IntelContextOf): OpenAPIHono<AppEnv> {
  const app = apiRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: 'Watchlists the caller may read',
      request: { query: WatchlistQuery },
      responses: { 200: jsonResponse(z.array(Watchlist), 'The lists'), 422: invalidQuery },
    }),
    async (c) => c.json(await searchWatchlists({ ctx: ictx(c), query: c.req.query() }), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      summary: "Create a watchlist owned by the caller's agency",
      middleware: [jsonBody()] as const,
      request: { body: jsonRequestBody(WatchlistInput) },
      responses: { 201: jsonResponse(Watchlist, 'Created'), 422: invalidBody },
    }),
    async (c) => c.json(await createWatchlist({ ctx: ictx(c), input: await c.req.json() }), 201),
  );
  // Before '/{id}' so "entries" is not taken for a list id.
  app.openapi(
    createRoute({
      method: 'get',
      path: '/entries/search',
      summary: 'Search entries across every readable list',
      request: { query: WatchlistEntryQuery },
      responses: { 200: jsonResponse(WatchlistEntryPage, 'A page of entries'), 422: invalidQuery },
    }),
    async (c) => c.json(await searchEntries({ ctx: ictx(c), query: c.req.query() }), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      summary: 'One watchlist',
      request: { params: ListId },
      responses: { 200: jsonResponse(Watchlist, 'The list'), 404: notReadable },
    }),
    async (c) => c.json(await getWatchlist({ ctx: ictx(c), id: c.req.valid('param').id }), 200),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      summary: 'Edit a watchlist (owning agency)',
      middleware: [jsonBody()] as const,
      request: { params: ListId, body: jsonRequestBody(WatchlistEdit) },
      responses: { 200: jsonResponse(Watchlist, 'Edited'), 409: stale, 422: invalidBody },
    }),
    async (c) =>
      c.json(await changeWatchlist({ ctx: ictx(c), id: c.req.valid('param').id, input: await c.req.json() }), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/retire',
      summary: 'Retire a watchlist; it stops matching',
      middleware: [jsonBody()] as const,
      request: { params: ListId, body: jsonRequestBody(RetireInput) },
      responses: { 200: jsonResponse(Watchlist, 'Retired'), 409: stale, 422: invalidBody },
    }),
    async (c) =>
      c.json(
        await changeWatchlist({ ctx: ictx(c), id: c.req.valid('param').id, input: await c.req.json(), retire: true }),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/entries',
      summary: 'Entries of one list',
      request: { params: ListId, query: WatchlistEntryQuery },
      responses: { 200: jsonResponse(WatchlistEntryPage, 'A page of entries'), 422: invalidQuery },
    }),
    async (c) =>
      c.json(await searchEntries({ ctx: ictx(c), watchlistId: c.req.valid('param').id, query: c.req.query() }), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/entries',
      summary: 'Add an entry (vessel, container, organisation or person)',
      middleware: [jsonBody()] as const,
      request: { params: ListId, body: jsonRequestBody(WatchlistEntryInput) },
      responses: { 201: jsonResponse(WatchlistEntry, 'Added'), 422: invalidBody },
    }),
    async (c) =>
      c.json(await addEntry({ ctx: ictx(c), watchlistId: c.req.valid('param').id, input: await c.req.json() }), 201),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/entries/{entryId}',
      summary: 'One entry',
      request: { params: EntryIds },
      responses: { 200: jsonResponse(WatchlistEntry, 'The entry'), 404: notReadable },
    }),
    async (c) => {
      const { id, entryId } = c.req.valid('param');
      return c.json(await getEntry({ ctx: ictx(c), watchlistId: id, entryId }), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/entries/{entryId}/history',
      summary: 'Every change of an entry',
      request: { params: EntryIds },
      responses: { 200: jsonResponse(z.array(WatchlistEntryChange), 'Oldest first'), 404: notReadable },
    }),
    async (c) => {
      const { id, entryId } = c.req.valid('param');
      return c.json(await entryHistory({ ctx: ictx(c), watchlistId: id, entryId }), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/{id}/entries/{entryId}',
      summary: 'Edit an entry',
      middleware: [jsonBody()] as const,
      request: { params: EntryIds, body: jsonRequestBody(WatchlistEntryEdit) },
      responses: { 200: jsonResponse(WatchlistEntry, 'Edited'), 409: stale, 422: invalidBody },
    }),
    async (c) => {
      const { id, entryId } = c.req.valid('param');
      return c.json(await changeEntry({ ctx: ictx(c), watchlistId: id, entryId, input: await c.req.json() }), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/entries/{entryId}/retire',
      summary: 'Retire an entry; it stops matching',
      middleware: [jsonBody()] as const,
      request: { params: EntryIds, body: jsonRequestBody(RetireInput) },
      responses: { 200: jsonResponse(WatchlistEntry, 'Retired'), 409: stale, 422: invalidBody },
    }),
    async (c) => {
      const { id, entryId } = c.req.valid('param');
      const input = await c.req.json();
      return c.json(await changeEntry({ ctx: ictx(c), watchlistId: id, entryId, input, retire: true }), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/import',
      summary: 'Import entries from CSV (header row required); every refused row is named',
      middleware: [importLimit, csvBody] as const,
      request: {
        params: ListId,
        body: {
          required: true,
          ...textContent('text/csv', 'kind,mmsi,imo,name,call_sign,container_number,country,reason,expires_at'),
        },
      },
      responses: {
        200: jsonResponse(WatchlistImportResult, 'Imported'),
        413: errorResponse('Over 20 MB'),
        415: errorResponse('Not text/csv'),
      },
    }),
    async (c) =>
      c.json(
        await importWatchlistCsv({ ctx: ictx(c), watchlistId: c.req.valid('param').id, csv: await c.req.text() }),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/export',
      summary: 'Export the list as CSV; audited',
      request: { params: ListId },
      responses: { 200: textContent('text/csv', 'A CSV file'), 404: notReadable },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const chunks: string[] = [];
      // Collected before answering so a 404 is still a 404 and not a broken stream.
      for await (const chunk of exportWatchlistCsv({ ctx: ictx(c), watchlistId: id })) chunks.push(chunk);
      return c.body(chunks.join(''), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="watchlist-${id}.csv"`,
      });
    },
  );
  return app;
}

function alertRoutes(ictx: IntelContextOf): OpenAPIHono<AppEnv> {
  const app = apiRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: 'Derived vessel alerts the caller may read, newest first',
      request: { query: AlertQuery },
      responses: { 200: jsonResponse(z.array(DerivedAlert), 'The alerts'), 422: invalidQuery },
    }),
    async (c) => c.json(await searchAlerts({ ctx: ictx(c), query: c.req.query() }), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{eventId}',
      summary: 'One alert with its evidence tracks',
      request: { params: z.object({ eventId: z.string().describe("The alert's event id") }) },
      responses: { 200: jsonResponse(DerivedAlert, 'The alert'), 404: notReadable },
    }),
    async (c) => c.json(await getAlert({ ctx: ictx(c), eventId: c.req.valid('param').eventId }), 200),
  );
  return app;
}

function areaRoutes(ictx: IntelContextOf): OpenAPIHono<AppEnv> {
  const app = apiRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: 'Areas of interest the caller may read',
      responses: { 200: jsonResponse(z.array(AreaOfInterest), 'The areas') },
    }),
    async (c) => c.json(await listAreas({ ctx: ictx(c) }), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      summary: 'Draw an area of interest',
      middleware: [jsonBody()] as const,
      request: { body: jsonRequestBody(AreaInput) },
      responses: { 201: jsonResponse(AreaOfInterest, 'Created'), 422: invalidBody },
    }),
    async (c) => c.json(await createArea({ ctx: ictx(c), input: await c.req.json() }), 201),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      summary: 'One area',
      request: { params: AreaId },
      responses: { 200: jsonResponse(AreaOfInterest, 'The area'), 404: notReadable },
    }),
    async (c) => c.json(await getArea({ ctx: ictx(c), id: c.req.valid('param').id }), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/retire',
      summary: 'Retire an area (owning agency)',
      request: { params: AreaId },
      responses: { 200: jsonResponse(AreaOfInterest, 'Retired'), 404: notReadable },
    }),
    async (c) => c.json(await retireArea({ ctx: ictx(c), id: c.req.valid('param').id }), 200),
  );
  return app;
}

function cargoRoutes(ictx: IntelContextOf): OpenAPIHono<AppEnv> {
  const app = apiRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/consignments',
      summary: 'Consignments the caller may read, highest risk first',
      request: { query: ConsignmentQuery },
      responses: { 200: jsonResponse(z.array(Consignment), 'The consignments'), 422: invalidQuery },
    }),
    async (c) => c.json(await searchConsignments({ ctx: ictx(c), query: c.req.query() }), 200),
  );
  // The JSON form is documented by reference and not validated here: each record of a batch is validated on its
  // own by the ingest, which names the refused ones and stores the rest.
  app.openAPIRegistry.register('ConsignmentInput', ConsignmentInput);
  const consignmentRef = { $ref: '#/components/schemas/ConsignmentInput' };
  app.openapi(
    createRoute({
      method: 'post',
      path: '/consignments',
      summary: 'Submit manifests: one ConsignmentInput, a JSON array of them, or CSV; each is scored on arrival',
      middleware: [importLimit, csvOrJsonBody] as const,
      request: {
        body: {
          required: true,
          content: {
            'application/json': { schema: { oneOf: [consignmentRef, { type: 'array', items: consignmentRef }] } },
            'text/csv': { schema: z.string() },
          },
        },
      },
      responses: {
        201: jsonResponse(ConsignmentIngestResult, 'At least one stored'),
        200: jsonResponse(ConsignmentIngestResult, 'Nothing new stored'),
        413: errorResponse('Over 20 MB'),
        422: invalidBody,
      },
    }),
    async (c) => {
      const ctx = ictx(c);
      let records: RawConsignment[];
      if (isCsv(c)) {
        records = consignmentsFromCsv(ctx, await c.req.text(), c.req.query());
      } else {
        const value: unknown = await c.req.json();
        records = Array.isArray(value)
          ? value.map((v: unknown, i) => ({ line: i + 1, value: v }))
          : [{ line: 1, value }];
      }
      const result = await ingestConsignments({ ctx, records });
      return c.json(result, result.created.some((r) => r.created) ? 201 : 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/consignments/{id}',
      summary: 'One consignment with its risk factors',
      request: { params: OneId },
      responses: { 200: jsonResponse(Consignment, 'The consignment'), 404: notReadable },
    }),
    async (c) => c.json(await getConsignment({ ctx: ictx(c), id: c.req.valid('param').id }), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/consignments/{id}/movements',
      summary: 'Record a movement (loaded, arrived, held, seized, ...)',
      middleware: [jsonBody()] as const,
      request: { params: OneId, body: jsonRequestBody(MovementInput) },
      responses: { 201: jsonResponse(Consignment, 'Recorded'), 422: invalidBody },
    }),
    async (c) =>
      c.json(await addMovement({ ctx: ictx(c), id: c.req.valid('param').id, input: await c.req.json() }), 201),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/consignments/{id}/rescore',
      summary: 'Score again with the current rules and watchlists',
      request: { params: OneId },
      responses: { 200: jsonResponse(Consignment, 'Rescored'), 404: notReadable },
    }),
    async (c) => c.json(await rescoreConsignment({ ctx: ictx(c), id: c.req.valid('param').id }), 200),
  );
  return app;
}
