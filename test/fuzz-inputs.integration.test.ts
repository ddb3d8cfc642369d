import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { io, type Socket } from 'socket.io-client';
import { CLIENT_TO_SERVER_PAYLOADS } from '@tidewatch/contracts';
import type { RunningServer } from '@tidewatch/server';
import { startTestServer, testKey } from './support/server.ts';
import { createTempDir } from './support/temp-dir.ts';
import { login, type UserSession } from './support/session.ts';
import {
  arbitraryFor,
  HOSTILE_QUERY_VALUES,
  HOSTILE_SEGMENTS,
  HOSTILE_VALUES,
  mutated,
  QUERY_KEYS,
  RAW_BODIES,
  type JsonSchema,
} from './support/fuzz.ts';

/**
 * VAL-1 / VAL-2: every route the app answers and every socket message the contracts declare, fed plausible
 * values with one hostile part (NUL, lone surrogates, year 0000 and 10000, huge numbers, wrong types, deep
 * nesting, long strings, __proto__ keys, non-UUID ids). Routes come from the Hono app itself and socket events
 * from the contracts' payload map, so a new one is fuzzed without touching this file. FUZZ_SEED and
 * FUZZ_RUNS reproduce or widen a run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 40);
const RUNS_PER_SOCKET_EVENT = Number(process.env.FUZZ_RUNS ?? 40);
const CONCURRENCY = 4;

interface FuzzRequest {
  method: string;
  route: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

interface Identity {
  headers: (write: boolean) => Record<string, string>;
}

const dir = createTempDir('fuzz');
let server: RunningServer;
let identities: Identity[];
let openapi: { paths: Record<string, Record<string, JsonSchema>>; components: { schemas: Record<string, JsonSchema> } };

const session = (s: UserSession): Identity => ({
  headers: (write) => ({ cookie: s.cookie, ...(write ? { 'x-csrf-token': s.csrfToken } : {}) }),
});

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path });
  identities = [
    { headers: () => ({ authorization: `Bearer ${testKey('JCA')}` }) },
    session(await login(server.url, 'jca.analyst')),
    session(await login(server.url, 'cbp.admin')),
  ];
  openapi = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as typeof openapi;
});

afterAll(async () => {
  await server?.close();
  dir.remove();
});

/** The OpenAPI operation of a Hono route, when the document describes it. */
function operationOf(method: string, path: string): JsonSchema | undefined {
  const key = path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
  return openapi.paths[key]?.[method.toLowerCase()];
}

function bodySchemaOf(operation: JsonSchema | undefined): JsonSchema | undefined {
  const content = (operation?.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined)
    ?.content;
  return content?.['application/json']?.schema;
}

function queryNamesOf(operation: JsonSchema | undefined): string[] {
  const parameters = (operation?.parameters ?? []) as { name: string; in: string }[];
  return parameters.filter((p) => p.in === 'query').map((p) => p.name);
}

function requestsFor(method: string, path: string, seed: number): FuzzRequest[] {
  const operation = operationOf(method, path);
  const params = [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1] ?? '');
  const schema = bodySchemaOf(operation);
  const body = mutated(schema ? arbitraryFor(schema, openapi.components.schemas) : fc.jsonValue({ maxDepth: 3 }));
  const queryKeys = [...new Set([...queryNamesOf(operation), ...QUERY_KEYS])];
  const request = fc.record({
    segments: fc.array(fc.oneof(fc.uuid(), fc.constantFrom(...HOSTILE_SEGMENTS)), {
      minLength: params.length,
      maxLength: params.length,
    }),
    query: fc.array(fc.tuple(fc.constantFrom(...queryKeys), fc.constantFrom(...HOSTILE_QUERY_VALUES)), {
      maxLength: 3,
    }),
    body,
    raw: fc.option(fc.constantFrom(...RAW_BODIES), { freq: 4 }),
    identity: fc.nat(identities.length - 1),
  });
  const write = !['GET', 'HEAD'].includes(method);
  return fc
    .sample(request, { numRuns: RUNS_PER_ROUTE, seed })
    .map(({ segments, query, body: value, raw, identity }) => {
      let filled = path;
      params.forEach((name, i) => {
        filled = filled.replace(`:${name}`, segments[i] ?? 'x');
      });
      const search = new URLSearchParams(query).toString();
      const who = path === '/api/v1/auth/logout' ? {} : (identities[identity]?.headers(write) ?? {});
      const payload = write ? (raw ? raw.body : JSON.stringify(value)) : undefined;
      const type = write ? (raw ? raw.type : 'application/json') : undefined;
      return {
        method,
        route: path,
        url: `${server.url}${filled}${search ? `?${search}` : ''}`,
        headers: { ...who, ...(type ? { 'content-type': type } : {}) },
        body: payload,
      };
    });
}

interface Outcome {
  request: FuzzRequest;
  status: number;
  problem: string | undefined;
  ms: number;
}

/**
 * A 4xx must say why: a JSON error with a code and a message, and each field when it is a validation error. TAXII
 * routes answer in TAXII's own error form (title, description, http_status; TAXII-1).
 */
function problemWith(status: number, text: string, route: string): string | undefined {
  if (status >= 500) return `answered ${status}: ${text.slice(0, 200)}`;
  if (status < 400) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return `answered ${status} without a JSON reason: ${text.slice(0, 120)}`;
  }
  if (route.startsWith('/taxii2')) {
    const taxii = parsed as { title?: unknown; description?: unknown; http_status?: unknown };
    return typeof taxii.title === 'string' &&
      typeof taxii.description === 'string' &&
      taxii.http_status === String(status)
      ? undefined
      : `answered ${status} without a TAXII error (title, description, http_status)`;
  }
  const error = (parsed as { error?: { code?: unknown; message?: unknown; issues?: unknown } }).error;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string' || error.message === '')
    return `answered ${status} without error.code and error.message`;
  if (error.code === 'validation_failed') {
    const issues = error.issues;
    if (!Array.isArray(issues) || issues.length === 0) return `answered ${status} validation_failed without issues`;
    for (const issue of issues as { path?: unknown; message?: unknown }[]) {
      if (typeof issue.path !== 'string' || typeof issue.message !== 'string')
        return `answered ${status} with an issue that names no field or reason`;
    }
  }
  return undefined;
}

async function send(request: FuzzRequest): Promise<Outcome> {
  const started = performance.now();
  const ms = () => performance.now() - started;
  try {
    const res = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(20_000),
    });
    const text = await res.text();
    return { request, status: res.status, problem: problemWith(res.status, text, request.route), ms: ms() };
  } catch (err) {
    return { request, status: 0, problem: `no answer: ${err instanceof Error ? err.message : String(err)}`, ms: ms() };
  }
}

/** The routes that took longest in all, so a slow one added later shows up in the test's output. */
function slowest(outcomes: readonly Outcome[], count: number): string {
  const total = new Map<string, number>();
  for (const o of outcomes)
    total.set(
      `${o.request.method} ${o.request.route}`,
      (total.get(`${o.request.method} ${o.request.route}`) ?? 0) + o.ms,
    );
  return [...total.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([route, ms]) => `${route} ${Math.round(ms)} ms`)
    .join(', ');
}

async function inPool<T, R>(items: readonly T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        results.push(await run(item));
      }
    }),
  );
  return results;
}

describe('fuzzing every input path', () => {
  it('[VAL-1] no route answers 5xx to hostile input, and every 4xx names the field or reason', async () => {
    const routes = server.httpRoutes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/'));
    expect(routes.length).toBeGreaterThan(50);
    const requests = routes.flatMap((r, i) => requestsFor(r.method, r.path, SEED + i));
    const outcomes = await inPool(requests, CONCURRENCY, send);
    const failures = outcomes.filter((o) => o.problem !== undefined);
    const fivexx = outcomes.filter((o) => o.status >= 500 || o.status === 0).length;
    const byRoute = new Map<string, string>();
    for (const f of failures)
      byRoute.set(
        `${f.request.method} ${f.request.route}`,
        `${f.problem ?? ''} <- ${f.request.url.slice(0, 200)} ${f.request.body?.slice(0, 200) ?? ''}`,
      );
    console.info(
      `[VAL-1] ${routes.length} routes, ${outcomes.length} fuzzed requests, ${fivexx} answered 5xx, ${failures.length} failed the check; slowest: ${slowest(outcomes, 5)}`,
    );
    expect([...byRoute.entries()].map(([route, why]) => `${route}: ${why}`)).toEqual([]);
    // The server is still whole afterwards.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 240_000);

  it('[VAL-2] no socket message crashes the server or drops the connection, and every ack says ok or why', async () => {
    const socket: Socket = io(server.url, {
      transports: ['websocket'],
      reconnection: false,
      auth: { token: testKey('JCA') },
    });
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('connect_error', reject));
    let disconnected = '';
    socket.on('disconnect', (reason) => (disconnected = reason));
    const problems: string[] = [];
    let sent = 0;
    for (const [name, schema] of Object.entries(CLIENT_TO_SERVER_PAYLOADS)) {
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
      const payloads = [
        ...HOSTILE_VALUES,
        ...fc.sample(mutated(arbitraryFor(json, {})), { numRuns: RUNS_PER_SOCKET_EVENT, seed: SEED }),
      ];
      // All at once: events without an ack (vessels:unsubscribe) cost one timeout per event, not per payload.
      const acks = await Promise.all(
        payloads.map(
          (payload) =>
            new Promise<{ payload: unknown; ack: unknown }>((resolve) => {
              const timer = setTimeout(() => resolve({ payload, ack: 'no ack' }), 5_000);
              socket.emit(name, payload, (reply: unknown) => {
                clearTimeout(timer);
                resolve({ payload, ack: reply });
              });
            }),
        ),
      );
      sent += payloads.length;
      // A handler that acks some payloads must ack them all: a missing one means it threw or hung.
      const unanswered = acks.filter((a) => a.ack === 'no ack');
      if (unanswered.length > 0 && unanswered.length < acks.length)
        problems.push(`${name}: no ack for ${JSON.stringify(unanswered[0]?.payload)?.slice(0, 200) ?? ''}`);
      for (const { payload, ack } of acks) {
        if (ack === 'no ack') continue;
        const reply = ack as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
        if (reply.ok !== true && (reply.ok !== false || typeof reply.error?.message !== 'string'))
          problems.push(`${name}: ack ${JSON.stringify(ack).slice(0, 200)}`);
        if (reply.ok === false && reply.error?.code === 'internal')
          problems.push(`${name}: internal error for ${JSON.stringify(payload)?.slice(0, 200) ?? ''}`);
      }
      // Wrong arity and a non-function ack must be ignored, not thrown on.
      socket.emit(name);
      socket.emit(name, {}, 'not a function', 3);
      sent += 2;
    }
    console.info(`[VAL-2] ${sent} fuzzed socket messages`);
    const alive = await socket.timeout(5_000).emitWithAck('feeds:subscribe', { v: 1 });
    expect(problems).toEqual([]);
    expect(disconnected).toBe('');
    expect(alive).toMatchObject({ ok: true });
    socket.close();
  }, 120_000);
});
