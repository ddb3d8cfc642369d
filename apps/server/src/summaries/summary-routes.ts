import { Hono, type Context } from 'hono';
import { readJsonBody } from '../http/json-body.ts';
import { rctx, type AppEnv } from '../http/request-context.ts';
import { acknowledgeSummary } from '../services/summaries/acknowledge-summary.ts';
import { exportSummary, summaryMapSvg, type SummaryDocument } from '../services/summaries/export-summary.ts';
import { getSummary, listSummaries, listSummaryRevisions } from '../services/summaries/read-summaries.ts';
import { regenerateSummary } from '../services/summaries/regenerate-summary.ts';
import type { SummaryContext, SummaryDeps } from '../services/summaries/summary-context.ts';

function document(c: Context<AppEnv>, doc: SummaryDocument, disposition: 'inline' | 'attachment'): Response {
  c.header('Content-Type', doc.contentType);
  c.header('Content-Disposition', `${disposition}; filename="${doc.filename}"`);
  // Summaries carry AMBER/RED data: no shared cache may keep a copy.
  c.header('Cache-Control', 'private, no-store');
  return c.body(typeof doc.body === 'string' ? doc.body : new Uint8Array(doc.body));
}

/** REST v1 daily summaries (issue 6 §2), mounted at /api/v1/summaries behind authentication. Routes only adapt. */
export function summaryRoutes(deps: SummaryDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const ctx = (c: Context<AppEnv>): SummaryContext => ({ ...rctx(c), ...deps });

  app.get('/', async (c) => c.json(await listSummaries({ ctx: ctx(c), query: c.req.query() })));
  // One segment carries the date and, for documents, the format: /2026-11-20, /2026-11-20.html, /2026-11-20.pdf.
  app.get('/:file', async (c) => {
    const match = /^(.+?)(?:\.(html|pdf))?$/.exec(c.req.param('file'));
    const date = match?.[1] ?? '';
    const format = match?.[2];
    const query = c.req.query();
    if (format === 'html' || format === 'pdf') {
      return document(
        c,
        await exportSummary({ ctx: ctx(c), date, format, query }),
        format === 'pdf' ? 'attachment' : 'inline',
      );
    }
    return c.json(await getSummary({ ctx: ctx(c), date, query }));
  });
  app.get('/:date/revisions', async (c) =>
    c.json({ revisions: await listSummaryRevisions({ ctx: ctx(c), date: c.req.param('date') }) }),
  );
  app.get('/:date/map.svg', async (c) =>
    document(c, await summaryMapSvg({ ctx: ctx(c), date: c.req.param('date'), query: c.req.query() }), 'inline'),
  );
  app.post('/:date/regenerate', async (c) =>
    c.json(await regenerateSummary({ ctx: ctx(c), date: c.req.param('date') })),
  );
  app.post('/:date/acknowledge', async (c) => {
    const text = await c.req.text();
    let input: unknown = {};
    if (text.trim() !== '') {
      const body = await readJsonBody(c);
      if (body.ok === false) return body.response;
      input = body.value;
    }
    return c.json(await acknowledgeSummary({ ctx: ctx(c), date: c.req.param('date'), input }));
  });
  return app;
}
