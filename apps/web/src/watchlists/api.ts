import {
  Watchlist,
  WatchlistEntry,
  WatchlistEntryChange,
  WatchlistEntryPage,
  WatchlistImportResult,
  type Releasability,
  type WatchlistEntryEdit,
  type WatchlistEntryInput,
  type WatchlistEntryKind,
} from '@tidewatch/contracts';
import { authHeaders, request, type ApiResult } from '../api/http.ts';
import { downloadFile } from '../api/download.ts';
import { sessionStore } from '../session/sessionStore.ts';
import { isRecord, parser, str } from '../api/guards.ts';

const BASE = '/api/v1/watchlists';

const parseList = parser(Watchlist.array());
const parseWatchlist = parser(Watchlist);
const parseEntry = parser(WatchlistEntry);
const parsePage = parser(WatchlistEntryPage);
const parseHistory = parser(WatchlistEntryChange.array());
const parseImport = parser(WatchlistImportResult);

function qs(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, v);
  const s = search.toString();
  return s ? `?${s}` : '';
}

export const fetchWatchlists = (q: string, includeRetired: boolean, signal?: AbortSignal) =>
  request('GET', `${BASE}${qs({ q: q.trim() || undefined, includeRetired: includeRetired ? 'true' : undefined })}`, {
    parse: parseList,
    signal,
  });

export const createWatchlist = (input: { name: string; description: string; releasability: Releasability }) =>
  request('POST', BASE, { body: input, parse: parseWatchlist });

export const editWatchlist = (
  id: string,
  input: { name?: string; description?: string; releasability?: Releasability; baseVersion: number },
) => request('PATCH', `${BASE}/${encodeURIComponent(id)}`, { body: input, parse: parseWatchlist });

export const retireWatchlist = (id: string, baseVersion: number) =>
  request('POST', `${BASE}/${encodeURIComponent(id)}/retire`, { body: { baseVersion }, parse: parseWatchlist });

export const fetchEntries = (
  id: string,
  query: { q: string; kind: WatchlistEntryKind | ''; includeRetired: boolean },
  signal?: AbortSignal,
) =>
  request(
    'GET',
    `${BASE}/${encodeURIComponent(id)}/entries${qs({ q: query.q.trim() || undefined, kind: query.kind || undefined, includeRetired: query.includeRetired ? 'true' : undefined, limit: '500' })}`,
    { parse: parsePage, signal },
  );

export const addEntry = (id: string, input: WatchlistEntryInput) =>
  request('POST', `${BASE}/${encodeURIComponent(id)}/entries`, { body: input, parse: parseEntry });

export const editEntry = (id: string, entryId: string, input: WatchlistEntryEdit) =>
  request('PATCH', `${BASE}/${encodeURIComponent(id)}/entries/${encodeURIComponent(entryId)}`, {
    body: input,
    parse: parseEntry,
  });

export const retireEntry = (id: string, entryId: string, baseVersion: number, reason?: string) =>
  request('POST', `${BASE}/${encodeURIComponent(id)}/entries/${encodeURIComponent(entryId)}/retire`, {
    body: { baseVersion, ...(reason ? { reason } : {}) },
    parse: parseEntry,
  });

export const fetchEntryHistory = (id: string, entryId: string) =>
  request('GET', `${BASE}/${encodeURIComponent(id)}/entries/${encodeURIComponent(entryId)}/history`, {
    parse: parseHistory,
  });

/** CSV import: `request` only sends JSON, so the text body goes out here with the same CSRF / bearer rules. */
export async function importCsv(id: string, csv: string): Promise<ApiResult<WatchlistImportResult>> {
  const session = sessionStore.getSnapshot();
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'text/csv; charset=utf-8',
    ...authHeaders(),
  };
  if (session.kind === 'user') headers['x-csrf-token'] = session.csrfToken;
  let res: Response;
  try {
    res = await fetch(`${BASE}/${encodeURIComponent(id)}/import`, {
      method: 'POST',
      headers,
      body: csv,
      credentials: 'same-origin',
    });
  } catch {
    return {
      ok: false,
      status: 0,
      code: 'network',
      message: 'cannot reach the Tidewatch server',
      issues: [],
      detail: undefined,
    };
  }
  let raw: unknown = null;
  try {
    raw = await res.json();
  } catch {
    raw = null;
  }
  if (!res.ok) {
    if (res.status === 401) sessionStore.expire();
    const error = isRecord(raw) && isRecord(raw.error) ? raw.error : {};
    return {
      ok: false,
      status: res.status,
      code: str(error, 'code') ?? `http_${res.status}`,
      message: str(error, 'message') ?? `the server answered ${res.status}`,
      issues: [],
      detail: error.detail,
    };
  }
  const data = parseImport(raw);
  if (data === null)
    return {
      ok: false,
      status: res.status,
      code: 'bad_response',
      message: 'unexpected answer to the import',
      issues: [],
      detail: raw,
    };
  return { ok: true, status: res.status, data };
}

/** Downloads the list as CSV through a blob, so the session's headers go with the request. */
export const downloadCsv = (id: string, filename: string): Promise<string | null> =>
  downloadFile(`${BASE}/${encodeURIComponent(id)}/export`, filename, 'text/csv');
