import { DailySummary, SummaryList, SummaryRegenerated } from '@tidewatch/contracts';
import { request } from '../api/http.ts';
import type { Locale } from '../i18n/index.ts';

const BASE = '/api/v1/summaries';

function parser<T>(schema: { safeParse: (raw: unknown) => { success: true; data: T } | { success: false } }) {
  return (raw: unknown): T | null => {
    const r = schema.safeParse(raw);
    return r.success ? r.data : null;
  };
}

export const fetchSummaryList = (signal?: AbortSignal) =>
  request('GET', `${BASE}?limit=60`, { parse: parser(SummaryList), signal });

export function fetchSummary(date: string, revision: number | null, signal?: AbortSignal) {
  const q = revision === null ? '' : `?revision=${revision}`;
  return request('GET', `${BASE}/${encodeURIComponent(date)}${q}`, { parse: parser(DailySummary), signal });
}

export const acknowledgeSummary = (date: string, revision: number) =>
  request('POST', `${BASE}/${encodeURIComponent(date)}/acknowledge`, {
    body: { revision },
    parse: parser(DailySummary),
  });

export const regenerateSummary = (date: string) =>
  request('POST', `${BASE}/${encodeURIComponent(date)}/regenerate`, { body: {}, parse: parser(SummaryRegenerated) });

// The printed page and the PDF are written in the language the reader has chosen in the dashboard (I18N-16).
export const printUrl = (date: string, revision: number, paper: 'a4' | 'letter', lang: Locale) =>
  `${BASE}/${encodeURIComponent(date)}.html?revision=${revision}&paper=${paper}&lang=${lang}`;
export const pdfUrl = (date: string, revision: number, paper: 'a4' | 'letter', lang: Locale) =>
  `${BASE}/${encodeURIComponent(date)}.pdf?revision=${revision}&paper=${paper}&lang=${lang}`;
export const mapUrl = (date: string, revision: number, theme: 'screen' | 'paper') =>
  `${BASE}/${encodeURIComponent(date)}/map.svg?revision=${revision}&theme=${theme}`;
