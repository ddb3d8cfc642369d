import { oasisErrors, tidewatchSchemaErrors } from '../../../../packages/stix/test/oasis-validator.ts';
import type { StixObject } from '@tidewatch/stix';

/**
 * A strict TAXII 2.1 client written from the specification (OASIS TAXII 2.1 OS, s.3-5) and modelled on the
 * checks OASIS's reference client (taxii2-client, Python) makes (that client, run by hand against a server, is
 * recorded in docs/taxii-oasis-client.md; it is not part of the suite, as its code may not enter the repo): every answer's
 * Content-Type, the required fields of each resource, status counts that add up, paging with more/next and a
 * limit that is honoured. Every violation throws a TaxiiViolation naming the request and the rule; every STIX
 * object served is validated with OASIS's STIX 2.1 JSON schemas.
 */
export const TAXII = 'application/taxii+json;version=2.1';
export const STIX = 'application/stix+json;version=2.1';

export class TaxiiViolation extends Error {}

export interface TaxiiAnswer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function fail(what: string, rule: string): never {
  throw new TaxiiViolation(`${what}: ${rule}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** OASIS's content-type check: every token of what was asked for is in what came back, and the type matches. */
function checkContentType(what: string, contentType: string | null, accept: string): void {
  if (contentType === null) fail(what, 'no Content-Type');
  const got = contentType.replace(/ /g, '').split(';');
  const asked = accept.replace(/ /g, '').split(';');
  if (!asked.every((token) => got.includes(token)) || got[0] !== asked[0]) {
    fail(what, `Content-Type ${contentType} does not answer Accept ${accept}`);
  }
}

/** TAXII 2.1 s.3.6.1: an error has a title and, when given, the HTTP status as a string. */
export function checkError(what: string, answer: TaxiiAnswer): void {
  checkContentTypeOf(what, answer);
  const body = answer.body;
  if (typeof body.title !== 'string' || body.title === '') fail(what, 'error without title');
  if (body.http_status !== undefined && body.http_status !== String(answer.status)) {
    fail(what, `error http_status ${String(body.http_status)} but the answer was ${answer.status}`);
  }
}

function checkContentTypeOf(what: string, answer: TaxiiAnswer): void {
  checkContentType(what, answer.headers.get('content-type'), TAXII);
}

/** Every served object: a STIX 2.1 object that OASIS's schemas and Tidewatch's shipped schemas accept. */
export function checkStixObject(what: string, object: unknown): asserts object is StixObject {
  if (!isRecord(object)) fail(what, 'an object that is not a JSON object');
  if (typeof object.type !== 'string' || typeof object.id !== 'string') fail(what, 'an object without type or id');
  if (object.spec_version !== '2.1') fail(what, `${object.id} spec_version is not 2.1`);
  const errors = [...oasisErrors(object as StixObject), ...tidewatchSchemaErrors(object as StixObject)];
  if (errors.length > 0) fail(what, `${object.id} fails the schemas: ${errors.slice(0, 3).join('; ')}`);
  if (typeof object.created === 'string' && typeof object.modified === 'string' && object.modified < object.created) {
    fail(what, `${object.id} modified before created`);
  }
}

export interface Envelope {
  more?: boolean;
  next?: string;
  objects?: StixObject[];
}

export interface StatusResource {
  id: string;
  status: string;
  total_count: number;
  success_count: number;
  failure_count: number;
  pending_count: number;
  successes?: { id: string; version?: string; message?: string }[];
  failures?: { id: string; version?: string; message?: string }[];
  pendings?: { id: string }[];
}

export class StrictTaxiiClient {
  /** Every request this client made and its status, for tests that assert "no 5xx". */
  readonly log: { method: string; url: string; status: number }[] = [];

  constructor(
    private readonly authorization: string,
    private readonly fetcher: typeof fetch = fetch,
  ) {}

  /** HTTP Basic with the key as the password, as TAXII clients send it. */
  static basic(key: string, user = 'taxii'): StrictTaxiiClient {
    return new StrictTaxiiClient(`Basic ${Buffer.from(`${user}:${key}`).toString('base64')}`);
  }

  static bearer(key: string): StrictTaxiiClient {
    return new StrictTaxiiClient(`Bearer ${key}`);
  }

  async request(
    method: string,
    url: string,
    init: { accept?: string; contentType?: string; body?: string; params?: Record<string, string> } = {},
  ): Promise<TaxiiAnswer> {
    const target = new URL(url);
    for (const [k, v] of Object.entries(init.params ?? {})) target.searchParams.set(k, v);
    const headers: Record<string, string> = { accept: init.accept ?? TAXII, authorization: this.authorization };
    if (init.contentType) headers['content-type'] = init.contentType;
    const response = await this.fetcher(target, { method, headers, body: init.body });
    const text = await response.text();
    this.log.push({ method, url: target.toString(), status: response.status });
    let body: Record<string, unknown> = {};
    if (text !== '') {
      try {
        const parsed: unknown = JSON.parse(text);
        body = isRecord(parsed) ? parsed : fail(`${method} ${target}`, 'a body that is not a JSON object');
      } catch (err) {
        if (err instanceof TaxiiViolation) throw err;
        fail(`${method} ${target}`, `a body that is not JSON: ${text.slice(0, 80)}`);
      }
    }
    const answer = { status: response.status, headers: response.headers, body };
    if (response.status >= 500) fail(`${method} ${target}`, `server error ${response.status}`);
    if (response.status >= 400) checkError(`${method} ${target}`, answer);
    return answer;
  }

  /** A GET that must succeed with TAXII JSON. */
  async get(url: string, params?: Record<string, string>): Promise<TaxiiAnswer> {
    const answer = await this.request('GET', url, { params });
    if (answer.status !== 200) fail(`GET ${url}`, `expected 200, got ${answer.status} ${JSON.stringify(answer.body)}`);
    checkContentTypeOf(`GET ${url}`, answer);
    return answer;
  }

  /** Discovery (s.4.1): title required; api_roots URLs; default one of them. */
  async discover(url: string): Promise<{ title: string; apiRoots: string[]; default?: string }> {
    const { body } = await this.get(url);
    if (typeof body.title !== 'string' || body.title === '') fail(url, 'discovery without title');
    const roots = body.api_roots ?? [];
    if (!Array.isArray(roots) || !roots.every((r) => typeof r === 'string'))
      fail(url, 'api_roots is not a list of URLs');
    const apiRoots = roots.map((r) => new URL(String(r), url).toString());
    const def = body.default === undefined ? undefined : new URL(String(body.default), url).toString();
    if (def !== undefined && !apiRoots.includes(def)) fail(url, 'default is not one of api_roots');
    return { title: body.title, apiRoots, ...(def ? { default: def } : {}) };
  }

  /** API root (s.4.2): title, versions naming TAXII 2.1, max_content_length. */
  async apiRoot(url: string): Promise<{ title: string; maxContentLength: number }> {
    const { body } = await this.get(url);
    if (typeof body.title !== 'string' || body.title === '') fail(url, 'API root without title');
    if (!Array.isArray(body.versions) || !body.versions.includes(TAXII)) fail(url, `versions does not list ${TAXII}`);
    if (typeof body.max_content_length !== 'number' || !Number.isInteger(body.max_content_length)) {
      fail(url, 'max_content_length is not an integer');
    }
    return { title: body.title, maxContentLength: body.max_content_length };
  }

  /** Collections (s.5.1, 5.2.1): id, title, can_read, can_write; the id is part of the collection's URL. */
  async collections(apiRoot: string): Promise<(Record<string, unknown> & { id: string; url: string })[]> {
    const url = `${apiRoot}collections/`;
    const { body } = await this.get(url);
    const list = body.collections ?? [];
    if (!Array.isArray(list)) fail(url, 'collections is not a list');
    return list.map((c: unknown) => {
      if (!isRecord(c)) fail(url, 'a collection that is not an object');
      if (typeof c.id !== 'string' || !UUID.test(c.id)) fail(url, 'a collection id that is not a UUID');
      if (typeof c.title !== 'string' || c.title === '') fail(url, `collection ${c.id} without title`);
      if (typeof c.can_read !== 'boolean' || typeof c.can_write !== 'boolean') {
        fail(url, `collection ${c.id} without can_read/can_write`);
      }
      if (
        c.media_types !== undefined &&
        !(Array.isArray(c.media_types) && c.media_types.every((m) => typeof m === 'string'))
      ) {
        fail(url, `collection ${c.id} media_types is not a list of strings`);
      }
      return { ...c, id: c.id, url: `${url}${c.id}/` };
    });
  }

  /** One envelope (s.3.7), checked: more/next agree, limit honoured, dates in headers, every object valid. */
  async objectsPage(
    collectionUrl: string,
    params: Record<string, string> = {},
  ): Promise<{ envelope: Envelope; first?: string; last?: string }> {
    const url = `${collectionUrl}objects/`;
    const answer = await this.get(url, params);
    const envelope = checkEnvelope(url, answer.body, params.limit);
    for (const object of envelope.objects ?? []) checkStixObject(url, object);
    return { envelope, ...checkDateHeaders(url, answer, (envelope.objects ?? []).length) };
  }

  /**
   * Pages through a collection as OASIS's as_pages does (it shrinks the page size when the server answers fewer
   * than asked), and also checks that X-TAXII-Date-Added never goes back and no object comes twice.
   */
  async allObjects(
    collectionUrl: string,
    perRequest: number,
    params: Record<string, string> = {},
  ): Promise<StixObject[]> {
    const all: StixObject[] = [];
    const seen = new Set<string>();
    let limit = perRequest;
    let next: string | undefined;
    let lastDate = '';
    for (let pages = 0; pages < 100_000; pages++) {
      const { envelope, first, last } = await this.objectsPage(collectionUrl, {
        ...params,
        limit: String(limit),
        ...(next ? { next } : {}),
      });
      const objects = envelope.objects ?? [];
      for (const o of objects) {
        const key = `${o.id}@${String(o.modified)}`;
        if (seen.has(key)) fail(collectionUrl, `${key} served twice while paging`);
        seen.add(key);
        all.push(o);
      }
      if (first !== undefined && first < lastDate)
        fail(collectionUrl, 'X-TAXII-Date-Added-First went back between pages');
      if (last !== undefined) lastDate = last;
      if (!envelope.more) return all;
      if (pages === 0 && objects.length !== limit && objects.length > 0) limit = objects.length;
      next = envelope.next;
    }
    fail(collectionUrl, 'paging did not end');
  }

  async manifest(
    collectionUrl: string,
    params: Record<string, string> = {},
  ): Promise<{ id: string; date_added: string; version: string; media_type?: string }[]> {
    const url = `${collectionUrl}manifest/`;
    const answer = await this.get(url, params);
    const body = answer.body;
    checkMore(url, body);
    const records = body.objects ?? [];
    if (!Array.isArray(records)) fail(url, 'manifest objects is not a list');
    for (const r of records) {
      if (
        !isRecord(r) ||
        typeof r.id !== 'string' ||
        typeof r.version !== 'string' ||
        typeof r.date_added !== 'string'
      ) {
        fail(url, 'a manifest record without id, date_added or version');
      }
      if (!RFC3339.test(r.date_added)) fail(url, `date_added ${r.date_added} is not RFC 3339 UTC`);
    }
    checkDateHeaders(url, answer, records.length);
    return records as { id: string; date_added: string; version: string }[];
  }

  async versions(collectionUrl: string, objectId: string): Promise<string[]> {
    const url = `${collectionUrl}objects/${objectId}/versions/`;
    const answer = await this.get(url);
    checkMore(url, answer.body);
    const versions = answer.body.versions ?? [];
    if (!Array.isArray(versions) || !versions.every((v) => typeof v === 'string' && RFC3339.test(v))) {
      fail(url, 'versions is not a list of timestamps');
    }
    return versions as string[];
  }

  /** Add Objects (s.5.4): 202 with a status whose counts add up; then polls the status URL the spec builds. */
  async addObjects(collectionUrl: string, objects: unknown[]): Promise<StatusResource> {
    const url = `${collectionUrl}objects/`;
    const answer = await this.request('POST', url, { contentType: TAXII, body: JSON.stringify({ objects }) });
    if (answer.status !== 202) fail(`POST ${url}`, `expected 202, got ${answer.status} ${JSON.stringify(answer.body)}`);
    checkContentTypeOf(`POST ${url}`, answer);
    const status = checkStatus(url, answer.body);
    // OASIS's client joins the collection URL with ../../status/<id> (no trailing slash).
    const polled = await this.status(new URL(`../../status/${status.id}`, collectionUrl).toString());
    if (polled.id !== status.id || polled.total_count !== status.total_count) fail(url, 'the polled status differs');
    return status;
  }

  async status(url: string): Promise<StatusResource> {
    const { body } = await this.get(url);
    return checkStatus(url, body);
  }
}

function checkMore(url: string, body: Record<string, unknown>): void {
  if (body.more !== undefined && typeof body.more !== 'boolean') fail(url, 'more is not a boolean');
  if (body.more === true && typeof body.next !== 'string') fail(url, 'more without next');
  if (body.more !== true && body.next !== undefined) fail(url, 'next without more');
}

function checkEnvelope(url: string, body: Record<string, unknown>, limit: string | undefined): Envelope {
  checkMore(url, body);
  const objects = body.objects ?? [];
  if (!Array.isArray(objects)) fail(url, 'objects is not a list');
  if (limit !== undefined && objects.length > Number(limit)) fail(url, `${objects.length} objects for limit ${limit}`);
  return body as Envelope;
}

function checkDateHeaders(url: string, answer: TaxiiAnswer, count: number): { first?: string; last?: string } {
  const first = answer.headers.get('x-taxii-date-added-first') ?? undefined;
  const last = answer.headers.get('x-taxii-date-added-last') ?? undefined;
  if (count > 0 && (first === undefined || last === undefined))
    fail(url, 'objects without X-TAXII-Date-Added-First/Last');
  for (const value of [first, last]) {
    if (value !== undefined && !RFC3339.test(value)) fail(url, `X-TAXII-Date-Added ${value} is not RFC 3339 UTC`);
  }
  if (first !== undefined && last !== undefined && first > last) fail(url, 'X-TAXII-Date-Added-First after Last');
  return { ...(first ? { first } : {}), ...(last ? { last } : {}) };
}

/** Status (s.4.3.1): required counts, lists matching their counts, total = success + failure + pending. */
function checkStatus(url: string, body: Record<string, unknown>): StatusResource {
  for (const field of ['id', 'status']) if (typeof body[field] !== 'string') fail(url, `status without ${field}`);
  for (const field of ['total_count', 'success_count', 'failure_count', 'pending_count']) {
    if (typeof body[field] !== 'number') fail(url, `status without ${field}`);
  }
  const s = body as unknown as StatusResource;
  if (!['complete', 'pending'].includes(s.status)) fail(url, `status ${s.status} is neither complete nor pending`);
  if (s.successes && s.successes.length !== s.success_count) fail(url, 'successes and success_count differ');
  if (s.failures && s.failures.length !== s.failure_count) fail(url, 'failures and failure_count differ');
  if (s.pendings && s.pendings.length !== s.pending_count) fail(url, 'pendings and pending_count differ');
  if (s.success_count + s.failure_count + s.pending_count !== s.total_count) fail(url, 'status counts do not add up');
  for (const detail of [...(s.successes ?? []), ...(s.failures ?? [])]) {
    if (typeof detail.id !== 'string') fail(url, 'a status detail without id');
  }
  return s;
}
