import type { Context, MiddlewareHandler } from 'hono';
import { STIX_MEDIA_TYPE, TAXII_MEDIA_TYPE } from '../../services/taxii/taxii-context.ts';
import { taxiiError } from './taxii-errors.ts';

interface MediaRange {
  type: string;
  version: string | undefined;
  q: number;
}

function parseAccept(header: string): MediaRange[] {
  return header
    .split(',')
    .map((part) => {
      const [type = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
      const param = (name: string) => params.find((p) => p.startsWith(`${name}=`))?.slice(name.length + 1);
      const q = Number(param('q') ?? '1');
      return { type, version: param('version'), q: Number.isFinite(q) ? q : 0 };
    })
    .filter((range) => range.type !== '' && range.q > 0);
}

/** Whether a media range admits TAXII 2.1 JSON: `application/taxii+json` without a version means the latest. */
function admits(range: MediaRange, mediaType: 'application/taxii+json' | 'application/stix+json'): boolean {
  if (range.type === '*/*' || range.type === 'application/*') return true;
  return range.type === mediaType && (range.version === undefined || range.version === '2.1');
}

/**
 * TAXII-1: answers 406 unless the Accept header admits `application/taxii+json;version=2.1` (no header, wildcards
 * and the unversioned type do). Routes that serve objects also take `application/stix+json;version=2.1`.
 */
export function negotiate(options: { stix?: boolean } = {}): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('accept');
    if (header === undefined || header.trim() === '') return next();
    const ranges = parseAccept(header);
    const taxii = ranges.some((r) => admits(r, 'application/taxii+json'));
    const stix = options.stix === true && ranges.some((r) => r.type === 'application/stix+json' && r.version === '2.1');
    if (taxii || stix) return next();
    return taxiiError(
      c,
      406,
      `this resource is served as ${TAXII_MEDIA_TYPE}${options.stix ? ` or ${STIX_MEDIA_TYPE}` : ''}; the Accept header admits neither`,
    );
  };
}

/** Whether the client asked for a STIX bundle rather than a TAXII envelope (explicitly, and not TAXII first). */
export function wantsStixBundle(c: Context): boolean {
  const ranges = parseAccept(c.req.header('accept') ?? '');
  const best = [...ranges].sort((a, b) => b.q - a.q)[0];
  return best !== undefined && best.type === 'application/stix+json' && best.version === '2.1';
}

/** TAXII-1: a POST body must be `application/taxii+json;version=2.1` (the unversioned type means the latest). */
export function requireTaxiiContentType(): MiddlewareHandler {
  return async (c, next) => {
    const [type = '', ...params] = (c.req.header('content-type') ?? '').split(';').map((p) => p.trim().toLowerCase());
    const version = params.find((p) => p.startsWith('version='))?.slice('version='.length);
    if (type === 'application/taxii+json' && (version === undefined || version === '2.1')) return next();
    return taxiiError(c, 415, `send the envelope as Content-Type: ${TAXII_MEDIA_TYPE}`);
  };
}
