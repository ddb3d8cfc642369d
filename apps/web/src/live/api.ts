import type { IntelEvent } from '@tidewatch/contracts';
import { parseEventPageItems } from './parse.ts';
import { authHeaders } from '../api/http.ts';

export const INITIAL_PAGE_SIZE = 500;

/** A non-2xx answer, kept apart from network failures so 401/403 can be told from "server down". */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpStatusError';
  }
}

export interface InitialPage {
  items: IntelEvent[];
  /** Seqs (0 if unreadable) of rows that failed contract validation: a client/server version skew. */
  rejectedSeqs: number[];
  /** Server clock from the Date header, to line event timestamps up with this display's clock. */
  serverNowMs: number | null;
}

/** The newest events, newest first. Same origin: the dev server proxies /api, production serves both. */
export async function fetchLatestEvents(signal: AbortSignal): Promise<InitialPage> {
  const res = await fetch(`/api/v1/events?limit=${INITIAL_PAGE_SIZE}`, {
    signal,
    headers: { accept: 'application/json', ...authHeaders() },
    credentials: 'same-origin',
  });
  if (!res.ok) throw new HttpStatusError(res.status, `GET /api/v1/events answered ${res.status}`);
  const page = parseEventPageItems(await res.json());
  if (!page) throw new Error('GET /api/v1/events returned something that is not an EventPage');
  const date = res.headers.get('date');
  return { ...page, serverNowMs: date ? Date.parse(date) : null };
}
