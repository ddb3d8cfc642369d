import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { RunningServer } from '@tidewatch/server';
import { api } from '../../../test/support/intel.ts';
import { EXAMPLE_EVENT, startTestServer, testKey } from '../../../test/support/server.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
}

const dir = createTempDir('openapi-routes');
let server: RunningServer;
let doc: OpenApiDocument;
const ajv = new Ajv2020({ strict: false, validateFormats: false, validateSchema: false, allErrors: true });

beforeAll(async () => {
  server = await startTestServer({ DATA_DIR: dir.path });
  doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as OpenApiDocument;
  // The whole document is one schema resource, so every $ref in it resolves against its components.
  ajv.addSchema({ ...doc, $id: 'openapi' });
});

afterAll(async () => {
  await server?.close();
  dir.remove();
});

/** Hono's `/a/:id` is OpenAPI's `/a/{id}`. */
const openApiPath = (honoPath: string) => honoPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/** The API the app serves: its /api routes and the probes, not the catch-alls and the web app's pages. */
function servedRoutes(): string[] {
  return server.httpRoutes
    .filter((r) => r.method !== 'ALL' && (r.path.startsWith('/api/') || r.path === '/healthz' || r.path === '/readyz'))
    .map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`);
}

function documentedRoutes(): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`));
}

/** Errors of `body` against the document's JSON schema of the answer of `method path` with `status`, if any. */
function answerProblems(method: string, path: string, status: number, body: unknown): string | undefined {
  const operation = doc.paths[path]?.[method];
  if (!operation?.responses[String(status)]?.content?.['application/json'])
    return `${method} ${path} documents no JSON answer for ${status}`;
  const pointer = ['paths', path, method, 'responses', String(status), 'content', 'application/json', 'schema']
    .map((segment) => encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1')))
    .join('/');
  const validate = ajv.compile({ $ref: `openapi#/${pointer}` });
  return validate(body) ? undefined : ajv.errorsText(validate.errors, { separator: '; ' });
}

describe('the OpenAPI document generated from the route declarations', () => {
  it('[API-1] lists every route the app serves, and nothing it does not', () => {
    const served = servedRoutes();
    expect(served.length).toBeGreaterThan(60);
    expect(served.filter((route) => !documentedRoutes().includes(route))).toEqual([]);
    expect(documentedRoutes().filter((route) => !served.includes(route))).toEqual([]);
  });

  it('[API-2] its schemas validate the real answers of the routes', async () => {
    const answers: [string, string, { status: number; json: unknown }][] = [];
    const created = await api<{ id: string }>(server, 'POST', '/events', { body: EXAMPLE_EVENT });
    answers.push(['post', '/api/v1/events', created]);
    answers.push(['get', '/api/v1/events', await api(server, 'GET', '/events?limit=5')]);
    answers.push(['get', '/api/v1/events/{id}', await api(server, 'GET', `/events/${created.json.id}`)]);
    answers.push(['get', '/api/v1/events/count', await api(server, 'GET', '/events/count')]);
    const notes = await api(server, 'GET', `/annotations/on/event/${created.json.id}`);
    answers.push(['get', '/api/v1/annotations/on/{targetType}/{targetId}', notes]);
    const list = await api<{ id: string }>(server, 'POST', '/watchlists', {
      body: { name: 'Vessels of interest', releasability: { tlp: 'GREEN', recipients: [] } },
    });
    answers.push(['post', '/api/v1/watchlists', list]);
    answers.push(['get', '/api/v1/watchlists', await api(server, 'GET', '/watchlists')]);
    answers.push(['get', '/api/v1/watchlists/{id}', await api(server, 'GET', `/watchlists/${list.json.id}`)]);
    answers.push(['get', '/api/v1/trends/seizures/over-time', await api(server, 'GET', '/trends/seizures/over-time')]);
    answers.push(['get', '/api/v1/summaries', await api(server, 'GET', '/summaries')]);
    answers.push(['get', '/api/v1/deployment', await api(server, 'GET', '/deployment', { agency: null })]);
    answers.push(['get', '/api/v1/feeds', await api(server, 'GET', '/feeds')]);
    // Refusals are documented too: a bad query, a malformed id.
    answers.push(['get', '/api/v1/events', await api(server, 'GET', '/events?limit=0')]);
    answers.push(['get', '/api/v1/watchlists/{id}', await api(server, 'GET', '/watchlists/not-a-uuid')]);
    const readiness = await fetch(`${server.url}/readyz`);
    answers.push(['get', '/readyz', { status: readiness.status, json: await readiness.json() }]);

    const statuses = answers.map(([method, path, answer]) => `${method} ${path} ${answer.status}`);
    expect(statuses).toEqual([
      'post /api/v1/events 201',
      'get /api/v1/events 200',
      'get /api/v1/events/{id} 200',
      'get /api/v1/events/count 200',
      'get /api/v1/annotations/on/{targetType}/{targetId} 200',
      'post /api/v1/watchlists 201',
      'get /api/v1/watchlists 200',
      'get /api/v1/watchlists/{id} 200',
      'get /api/v1/trends/seizures/over-time 200',
      'get /api/v1/summaries 200',
      'get /api/v1/deployment 200',
      'get /api/v1/feeds 200',
      'get /api/v1/events 422',
      'get /api/v1/watchlists/{id} 400',
      'get /readyz 200',
    ]);
    const problems = answers.flatMap(([method, path, { status, json }]) => {
      const problem = answerProblems(method, path, status, json);
      return problem ? [`${method} ${path} ${status}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('[API-2] a schema that does not fit an answer is caught', () => {
    expect(answerProblems('get', '/api/v1/events', 200, { items: [{ id: 7 }], nextCursor: null })).toBeDefined();
  });

  it("[API-3] a request that breaks its declared schema is refused in the services' shape, naming the field", async () => {
    expect(await api(server, 'GET', '/watchlists/not-a-uuid')).toMatchObject({
      status: 400,
      json: { error: { code: 'invalid_input', issues: [{ path: 'id', message: 'must be a UUID' }] } },
    });
    const badBody = await api(server, 'POST', '/watchlists', { body: { name: 7 } });
    expect(badBody).toMatchObject({ status: 422, json: { error: { code: 'validation_failed' } } });
    expect(badBody.text).toContain('"path":"name"');
    expect(await api(server, 'GET', '/events?limit=0')).toMatchObject({
      status: 422,
      json: { error: { code: 'validation_failed', issues: [{ path: 'limit' }] } },
    });
    // The gate in front of each body validator still answers a wrong content type and bad JSON as before.
    const res = await fetch(`${server.url}/api/v1/watchlists`, {
      method: 'POST',
      headers: { authorization: `Bearer ${testKey('JCA')}`, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });
});
