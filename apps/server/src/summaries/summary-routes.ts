import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { SummaryListQuery, SummaryMapQuery, SummaryPrintQuery } from '@tidewatch/contracts';
import { jsonBody } from '../http/json-body.ts';
import { preferredLocale } from '../http/preferred-locale.ts';
import { apiRoute, apiRouter } from '../http/openapi/api-router.ts';
import { AcknowledgeSummaryInput, DailySummary, SummaryList, SummaryRegenerated } from '../http/openapi/components.ts';
import { errorResponse, invalidBody, invalidQuery, jsonResponse, textContent } from '../http/openapi/responses.ts';
import { rctx, type AppEnv } from '../http/request-context.ts';
import { acknowledgeSummary } from '../services/summaries/acknowledge-summary.ts';
import { exportSummary, summaryMapSvg, type SummaryDocument } from '../services/summaries/export-summary.ts';
import { getSummary, listSummaries, listSummaryRevisions } from '../services/summaries/read-summaries.ts';
import { regenerateSummary } from '../services/summaries/regenerate-summary.ts';
import type { SummaryContext, SummaryDeps } from '../services/summaries/summary-context.ts';

function document(c: Context<AppEnv>, doc: SummaryDocument, disposition: 'inline' | 'attachment') {
  c.header('Content-Type', doc.contentType);
  c.header('Content-Disposition', `${disposition}; filename="${doc.filename}"`);
  // Summaries carry AMBER/RED data: no shared cache may keep a copy.
  c.header('Cache-Control', 'private, no-store');
  return c.body(typeof doc.body === 'string' ? doc.body : new Uint8Array(doc.body), 200);
}

const SummaryDay = z.object({
  date: z.string().describe('The local date (YYYY-MM-DD) at which the summary period ends'),
});
const noSummary = errorResponse('No summary for that day, or not released to the caller');

/** REST v1 daily summaries (issue 6 §2), mounted at /api/v1/summaries behind authentication. Routes only adapt. */
export function summaryRoutes(deps: SummaryDeps): OpenAPIHono<AppEnv> {
  const app = apiRouter();
  const ctx = (c: Context<AppEnv>): SummaryContext => ({ ...rctx(c), ...deps });

  app.openapi(
    apiRoute({
      method: 'get',
      path: '/',
      summary: "Daily summaries of the caller's agency, newest first",
      request: { query: SummaryListQuery },
      responses: { 200: jsonResponse(SummaryList, 'The days'), 422: invalidQuery },
    }),
    async (c) => c.json(await listSummaries({ ctx: ctx(c), query: c.req.query() }), 200),
  );
  // One segment carries the date and, for documents, the format: /2026-11-20, /2026-11-20.html, /2026-11-20.pdf.
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/{date}',
      summary:
        "One day's summary (latest revision unless `revision` names one): `{date}` as JSON, `{date}.html` the printable page, `{date}.pdf` the PDF; the last two are exports (need events:export, audited)",
      request: {
        params: z.object({
          date: z
            .string()
            .describe('The local date (YYYY-MM-DD) the period ends; .html or .pdf appended for a document'),
        }),
        query: SummaryPrintQuery.extend({
          paper: SummaryPrintQuery.shape.paper.describe('a4 or letter (.html and .pdf only)'),
          lang: SummaryPrintQuery.shape.lang.describe(
            'en, es or fr: the language of the .html and .pdf (default: Accept-Language, else English)',
          ),
        }),
      },
      responses: {
        200: {
          description: 'The summary, the page or the PDF',
          content: {
            'application/json': { schema: DailySummary },
            ...textContent('text/html', '').content,
            ...textContent('application/pdf', '', 'binary').content,
          },
        },
        // Described without a schema (it is an ApiError): a document route answers a Response of its own making.
        403: { description: 'No export permission (the .html and .pdf forms)' },
        404: noSummary,
        422: invalidQuery,
      },
    }),
    async (c) => {
      const match = /^(.+?)(?:\.(html|pdf))?$/.exec(c.req.valid('param').date);
      const date = match?.[1] ?? '';
      const format = match?.[2];
      const query = c.req.query();
      if (format === 'html' || format === 'pdf') {
        return document(
          c,
          await exportSummary({ ctx: ctx(c), date, format, query, preferred: preferredLocale(c) }),
          format === 'pdf' ? 'attachment' : 'inline',
        );
      }
      return c.json(await getSummary({ ctx: ctx(c), date, query }), 200);
    },
  );
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/{date}/revisions',
      summary: "Every revision of a day's summary",
      request: { params: SummaryDay },
      responses: { 200: jsonResponse(z.object({ revisions: z.array(DailySummary) }), '{revisions: DailySummary[]}') },
    }),
    async (c) =>
      c.json({ revisions: await listSummaryRevisions({ ctx: ctx(c), date: c.req.valid('param').date }) }, 200),
  );
  app.openapi(
    apiRoute({
      method: 'get',
      path: '/{date}/map.svg',
      summary: "The map of the day's events, in paper colours or the dashboard's dark screen theme",
      request: { params: SummaryDay, query: SummaryMapQuery },
      responses: { 200: textContent('image/svg+xml', 'An SVG image'), 404: noSummary, 422: invalidQuery },
    }),
    async (c) =>
      document(
        c,
        await summaryMapSvg({ ctx: ctx(c), date: c.req.valid('param').date, query: c.req.query() }),
        'inline',
      ),
  );
  app.openapi(
    apiRoute({
      method: 'post',
      path: '/{date}/regenerate',
      summary: 'Compute the day again; a new revision only when something changed',
      request: { params: SummaryDay },
      responses: { 200: jsonResponse(SummaryRegenerated, 'The outcome') },
    }),
    async (c) => c.json(await regenerateSummary({ ctx: ctx(c), date: c.req.valid('param').date }), 200),
  );
  app.openapi(
    apiRoute({
      method: 'post',
      path: '/{date}/acknowledge',
      summary: 'Acknowledge a revision (commanders and supervisors); body optional',
      middleware: [jsonBody({ optional: true })] as const,
      request: {
        params: SummaryDay,
        body: { required: false, content: { 'application/json': { schema: AcknowledgeSummaryInput } } },
      },
      responses: { 200: jsonResponse(DailySummary, 'Acknowledged'), 422: invalidBody },
    }),
    async (c) =>
      c.json(
        await acknowledgeSummary({ ctx: ctx(c), date: c.req.valid('param').date, input: await c.req.json() }),
        200,
      ),
  );
  return app;
}
