import { sessionStore } from '../session/sessionStore.ts';
import { isRecord, str } from './guards.ts';
import { translate } from '../i18n/index.ts';
import { translations } from './translations.ts';

export interface ApiIssue {
  path: string;
  /** The server's English wording: shown only when there is no `code` to word it from (I18N-5). */
  message: string;
  /** What is wrong, as a stable word (zod's issue code), worded in the user's language by forms/issueText.ts. */
  code?: string;
  /** For size issues: what the bound counts (`string`, `number`, `array`...) and the bound. */
  origin?: string;
  limit?: number;
}

export interface ApiFailure {
  ok: false;
  /** 0 when the server could not be reached at all. */
  status: number;
  code: string;
  message: string;
  issues: ApiIssue[];
  /** `detail` of the error body: for a 409 conflict, `{ current }`. */
  detail: unknown;
}

export interface ApiSuccess<T> {
  ok: true;
  status: number;
  data: T;
}

export type ApiResult<T> = ApiSuccess<T> | ApiFailure;

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface RequestOptions<T> {
  body?: unknown;
  /** Validates the 2xx body; null means the server sent something unexpected. 204 passes null in. */
  parse: (raw: unknown) => T | null;
  signal?: AbortSignal;
  /** Bearer token to use instead of the current session's (the wall-display sign-in checks a token first). */
  token?: string;
}

function parseIssues(value: unknown): ApiIssue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (!isRecord(item)) return [];
    const path = str(item, 'path');
    const message = str(item, 'message');
    if (path === null || message === null) return [];
    const code = str(item, 'code') ?? undefined;
    const origin = str(item, 'origin') ?? undefined;
    const limit = typeof item.limit === 'number' ? item.limit : undefined;
    return [{ path, message, code, origin, limit }];
  });
}

function failure(status: number, raw: unknown): ApiFailure {
  const error = isRecord(raw) && isRecord(raw.error) ? raw.error : {};
  return {
    ok: false,
    status,
    code: str(error, 'code') ?? `http_${status}`,
    message: str(error, 'message') ?? translate(translations, 'serverAnswered', { status }),
    issues: parseIssues(error.issues),
    detail: error.detail,
  };
}

/**
 * The one way the dashboard talks to the API: same origin, the session cookie or a device token, and the
 * CSRF token on every write (AUTH-6). A 401 anywhere but the auth routes means the session has ended.
 */
export async function request<T>(method: Method, path: string, options: RequestOptions<T>): Promise<ApiResult<T>> {
  const session = sessionStore.getSnapshot();
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const token = options.token ?? (session.kind === 'device' ? session.token : undefined);
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  else if (method !== 'GET' && session.kind === 'user') headers['x-csrf-token'] = session.csrfToken;

  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      signal: options.signal,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return {
      ok: false,
      status: 0,
      code: 'network',
      message: translate(translations, 'unreachable'),
      issues: [],
      detail: undefined,
    };
  }

  const text = await res.text();
  let raw: unknown = null;
  if (text !== '') {
    try {
      raw = JSON.parse(text);
    } catch {
      raw = null;
    }
  }
  if (!res.ok) {
    if (res.status === 401 && !path.startsWith('/api/v1/auth/') && options.token === undefined) sessionStore.expire();
    return failure(res.status, raw);
  }
  const data = options.parse(raw);
  if (data === null) {
    return {
      ok: false,
      status: res.status,
      code: 'bad_response',
      message: translate(translations, 'unexpectedAnswer', { path }),
      issues: [],
      detail: raw,
    };
  }
  return { ok: true, status: res.status, data };
}

/** Headers for reads made outside `request` (the initial event page, downloads). */
export function authHeaders(): Record<string, string> {
  const session = sessionStore.getSnapshot();
  return session.kind === 'device' ? { authorization: `Bearer ${session.token}` } : {};
}
