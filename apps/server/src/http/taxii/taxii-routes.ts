import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { findUnsafeValue } from '@tidewatch/contracts';
import type { Logger } from '../../logger.ts';
import type { ServiceContext } from '../../services/context.ts';
import { describeCollection, findCollection, listCollections } from '../../services/taxii/collections.ts';
import { getManifest, getObject, getObjects, getVersions, type TaxiiRead } from '../../services/taxii/read-objects.ts';
import {
  TAXII_MEDIA_TYPE,
  STIX_MEDIA_TYPE,
  type TaxiiContext,
  type TaxiiServices,
} from '../../services/taxii/taxii-context.ts';
import { addObjects, getStatus } from '../../services/taxii/write-objects.ts';
import { requirePermission } from '../../services/auth/principal.ts';
import { findUnsafeUrlPart } from '../input-guard.ts';
import { taxiiAuthentication, type TaxiiEnv } from './taxii-auth.ts';
import { taxiiError, taxiiErrorFrom, taxiiJson } from './taxii-errors.ts';
import { negotiate, requireTaxiiContentType, wantsStixBundle } from './taxii-negotiation.ts';

/** Where the one API root lives under the discovery URL. */
export const TAXII_API_ROOT = 'tidewatch';

export interface TaxiiRouteOptions {
  ctx: ServiceContext;
  services: TaxiiServices;
  log: Logger;
  /** Where discovery answers (routes carry full paths: see RootRouteGroup). */
  basePath: string;
}

type Handler = (c: Context<TaxiiEnv>, tctx: TaxiiContext) => Promise<Response>;

/** A path parameter of the route (always present where routes name it). */
function param(c: Context, name: string): string {
  return c.req.param(name) ?? '';
}

function queryLists(c: Context): Record<string, string[]> {
  return c.req.queries();
}

function withDateHeaders<T>(c: Context, read: TaxiiRead<T>): void {
  if (read.dateAddedFirst) c.header('X-TAXII-Date-Added-First', read.dateAddedFirst);
  if (read.dateAddedLast) c.header('X-TAXII-Date-Added-Last', read.dateAddedLast);
}

/**
 * The TAXII 2.1 server (TAXII-1..7): discovery, one API root, the caller's collections, objects, manifest,
 * versions and status. Every answer is TAXII JSON, every failure a TAXII error message; nothing here decides
 * who may read what (the services apply visibleTo through the repository).
 */
export function taxiiRoutes(options: TaxiiRouteOptions): Hono<TaxiiEnv> {
  const { ctx, log } = options;
  const app = new Hono<TaxiiEnv>();
  const root = `${options.basePath}/${TAXII_API_ROOT}`;

  app.onError((err, c) => taxiiErrorFrom(c, err, log));
  const all = `${options.basePath}/*`;
  // `${basePath}/*` also matches the bare basePath.
  app.use(all, async (c, next) => {
    const unsafe = findUnsafeUrlPart(new URL(c.req.url));
    if (unsafe) return taxiiError(c, 400, `${unsafe.field}: ${unsafe.reason}`, { error_code: 'invalid_input' });
    return next();
  });
  app.use(all, taxiiAuthentication(ctx));

  const handle =
    (handler: Handler): MiddlewareHandler<TaxiiEnv> =>
    async (c) =>
      handler(c, {
        ...ctx,
        ...c.get('principal'),
        taxii: options.services.taxii,
        cursors: await options.services.cursors(),
        maxContentLength: options.services.maxContentLength,
      });

  /** Declares a resource at `path` and `path/` (clients differ), with 405 for every method it does not answer. */
  function resource(path: string, methods: Partial<Record<'GET' | 'POST' | 'DELETE', MiddlewareHandler<TaxiiEnv>[]>>) {
    const allow = Object.keys(methods).join(', ');
    for (const variant of [path, `${path}/`]) {
      for (const [method, handlers] of Object.entries(methods)) app.on(method, [variant], ...handlers);
      app.all(variant, (c) => {
        c.header('Allow', allow);
        return taxiiError(c, 405, `${c.req.method} is not answered here; use ${allow}`);
      });
    }
  }

  resource(options.basePath, {
    GET: [
      negotiate(),
      handle(async (c) => {
        const origin = new URL(c.req.url).origin;
        const apiRoot = `${origin}${root}/`;
        return taxiiJson(c, {
          title: 'Tidewatch TAXII 2.1',
          description: "Events this deployment shares, as STIX 2.1, under each agency's releasability.",
          default: apiRoot,
          api_roots: [apiRoot],
        });
      }),
    ],
  });

  resource(root, {
    GET: [
      negotiate(),
      handle(async (c) =>
        taxiiJson(c, {
          title: 'Tidewatch',
          description: 'Collections: released to your agency, one per agreement it belongs to, and its inbox.',
          versions: [TAXII_MEDIA_TYPE],
          max_content_length: options.services.maxContentLength,
        }),
      ),
    ],
  });

  resource(`${root}/collections`, {
    GET: [
      negotiate(),
      handle(async (c, tctx) => {
        const collections = (await listCollections(tctx)).map((col) => col.resource);
        return taxiiJson(c, collections.length > 0 ? { collections } : {});
      }),
    ],
  });

  resource(`${root}/collections/:collection`, {
    GET: [negotiate(), handle(async (c, tctx) => taxiiJson(c, await describeCollection(tctx, param(c, 'collection'))))],
  });

  resource(`${root}/collections/:collection/objects`, {
    GET: [
      negotiate({ stix: true }),
      handle(async (c, tctx) => {
        const read = await getObjects(tctx, param(c, 'collection'), queryLists(c));
        withDateHeaders(c, read);
        return objectsAnswer(c, read.body);
      }),
    ],
    POST: [
      negotiate(),
      requireTaxiiContentType(),
      bodyLimit({
        maxSize: options.services.maxContentLength,
        onError: (c) =>
          taxiiError(c, 413, `the body is over max_content_length (${options.services.maxContentLength} bytes)`),
      }),
      handle(async (c, tctx) => {
        const body = await readEnvelope(c, options.services.maxContentLength);
        if (body instanceof Response) return body;
        return taxiiJson(c, await addObjects(tctx, param(c, 'collection'), body), 202);
      }),
    ],
  });

  resource(`${root}/collections/:collection/objects/:object`, {
    GET: [
      negotiate({ stix: true }),
      handle(async (c, tctx) => {
        const read = await getObject(tctx, param(c, 'collection'), param(c, 'object'), queryLists(c));
        withDateHeaders(c, read);
        return objectsAnswer(c, read.body);
      }),
    ],
    DELETE: [
      negotiate(),
      handle(async (c, tctx) => {
        requirePermission(tctx, 'events:read');
        // An unknown or foreign collection stays a 404; a known one says why nothing is deleted here.
        await findCollection(tctx, param(c, 'collection'));
        return taxiiError(
          c,
          403,
          'objects are not deleted through TAXII: the owning agency retracts an item in Tidewatch, and the retraction is shared',
        );
      }),
    ],
  });

  resource(`${root}/collections/:collection/objects/:object/versions`, {
    GET: [
      negotiate(),
      handle(async (c, tctx) => {
        const read = await getVersions(tctx, param(c, 'collection'), param(c, 'object'), queryLists(c));
        withDateHeaders(c, read);
        return taxiiJson(c, read.body);
      }),
    ],
  });

  resource(`${root}/collections/:collection/manifest`, {
    GET: [
      negotiate(),
      handle(async (c, tctx) => {
        const read = await getManifest(tctx, param(c, 'collection'), queryLists(c));
        withDateHeaders(c, read);
        return taxiiJson(c, read.body);
      }),
    ],
  });

  resource(`${root}/status/:status`, {
    GET: [negotiate(), handle(async (c, tctx) => taxiiJson(c, await getStatus(tctx, param(c, 'status'))))],
  });

  app.all(all, (c) => taxiiError(c, 404, `no TAXII resource at ${c.req.path.slice(0, 200)}`));
  return app;
}

/** A TAXII envelope, or the same page as a STIX bundle when the client asked for application/stix+json. */
function objectsAnswer(c: Context, envelope: { objects?: unknown[] }): Response {
  if (!wantsStixBundle(c)) return taxiiJson(c, envelope);
  c.header('Cache-Control', 'no-store');
  const bundle = { type: 'bundle', id: `bundle--${crypto.randomUUID()}`, objects: envelope.objects ?? [] };
  return c.body(JSON.stringify(bundle), 200, { 'Content-Type': STIX_MEDIA_TYPE });
}

/** The POST body as JSON (bodyLimit has held it to max_content_length), or the TAXII error that refuses it. */
async function readEnvelope(c: Context, maxBytes: number): Promise<unknown> {
  const text = await c.req.text();
  if (Buffer.byteLength(text) > maxBytes)
    return taxiiError(c, 413, `the body is over max_content_length (${maxBytes} bytes)`);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (err) {
    return taxiiError(c, 400, `the body is not valid JSON: ${err instanceof Error ? err.message : 'unparseable'}`);
  }
  const unsafe = findUnsafeValue(value);
  if (unsafe) return taxiiError(c, 400, `${unsafe.path}: ${unsafe.reason}`, { error_code: 'invalid_input' });
  return value;
}
