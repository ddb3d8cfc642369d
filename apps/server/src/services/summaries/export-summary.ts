import { SummaryMapQuery, SummaryPrintQuery, type DailySummary } from '@tidewatch/contracts';
import type { Locale } from '@tidewatch/contracts/i18n';
import { summaryWords } from '../../summaries/render/format.ts';
import type { z } from 'zod';
import { renderMapSvg, summaryMapPlan } from '../../summaries/render/map-svg.ts';
import { MAP_THEMES } from '../../summaries/render/palette.ts';
import { renderSummaryHtml } from '../../summaries/render/summary-html.ts';
import { renderSummaryPdf } from '../../summaries/render/summary-pdf.ts';
import { requirePermission } from '../auth/principal.ts';
import { validationError } from '../errors.ts';
import { auditSummaryRead, loadSummary, parseSummaryDate } from './summary-access.ts';
import type { SummaryContext } from './summary-context.ts';

export interface SummaryDocument {
  body: string | Buffer;
  contentType: string;
  filename: string;
}

async function load<S extends z.ZodType<{ revision?: number | undefined }>>(
  ctx: SummaryContext,
  date: string,
  schema: S,
  query: unknown,
) {
  const day = parseSummaryDate(date);
  const parsed = schema.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error, 'query');
  return { summary: await loadSummary(ctx, day, parsed.data.revision), options: parsed.data };
}

const filename = (s: DailySummary, ext: string) =>
  `tidewatch-summary-${s.agency.toLowerCase()}-${s.date}-r${s.revision}.${ext}`;

/**
 * The printable HTML or the PDF of a stored summary. Both leave the system as documents, so both need the
 * export permission and are always audited as exports (AUD-1), whatever their TLP. They are written in the
 * `lang` the query names, else in the reader's preferred language (`preferred`, from Accept-Language): I18N-16.
 */
export async function exportSummary({
  ctx,
  date,
  format,
  query,
  preferred,
}: {
  ctx: SummaryContext;
  date: string;
  format: 'html' | 'pdf';
  query: unknown;
  preferred: Locale;
}): Promise<SummaryDocument> {
  requirePermission(ctx, 'events:export');
  const { summary, options } = await load(ctx, date, SummaryPrintQuery, query);
  const paper = options.paper;
  const lang = options.lang ?? preferred;
  auditSummaryRead(ctx, 'summary.export', summary, { format, paper, lang });
  const words = summaryWords(lang, summary.timeZone);
  if (format === 'html')
    return {
      body: renderSummaryHtml(summary, paper, words),
      contentType: 'text/html; charset=utf-8',
      filename: filename(summary, 'html'),
    };
  return {
    body: await renderSummaryPdf(summary, paper, words),
    contentType: 'application/pdf',
    filename: filename(summary, 'pdf'),
  };
}

/** The day's map alone, for screens that show the summary (read permission, audited like the JSON). */
export async function summaryMapSvg({
  ctx,
  date,
  query,
}: {
  ctx: SummaryContext;
  date: string;
  query: unknown;
}): Promise<SummaryDocument> {
  requirePermission(ctx, 'events:read');
  const { summary, options } = await load(ctx, date, SummaryMapQuery, query);
  auditSummaryRead(ctx, 'summary.read', summary);
  return {
    body: renderMapSvg(summaryMapPlan(summary.content.mapPoints), MAP_THEMES[options.theme]),
    contentType: 'image/svg+xml',
    filename: filename(summary, 'svg'),
  };
}
