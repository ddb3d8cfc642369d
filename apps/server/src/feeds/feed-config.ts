import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Feed sources. `AIS_FEEDS` is a compact comma-separated list, each entry optionally named with `name=`:
 *   tcp-client:host:port   connect out (reconnects with exponential backoff)
 *   tcp-server:[host:]port listen for receivers that push lines over TCP (`nc host port < log`)
 *   udp:[host:]port        listen for datagrams of NMEA lines
 *   http                   accept POST /api/v1/feeds/<name>/nmea (text/plain)
 * for example `aishub=tcp-client:data.example.org:4001,tcp-server:10110,udp:10111,http`.
 * `AIS_FEEDS_FILE` names a JSON file holding an array of the same sources as objects.
 */
const name = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'a feed name is 1-40 lower-case letters, digits, _ or -');
const port = z.number().int().min(0).max(65535);
const host = z.string().min(1).max(255);

export const FeedSource = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('tcp-client'),
      name,
      host,
      port: port.min(1),
      maxBackoffMs: z.number().int().min(100).default(60_000),
    })
    .strict(),
  z.object({ kind: z.literal('tcp-server'), name, port, host: host.default('0.0.0.0') }).strict(),
  z.object({ kind: z.literal('udp'), name, port, host: host.default('0.0.0.0') }).strict(),
  z.object({ kind: z.literal('http'), name }).strict(),
]);
export type FeedSource = z.output<typeof FeedSource>;

export const FeedSources = z.array(FeedSource).superRefine((sources, ctx) => {
  const seen = new Set<string>();
  for (const [i, s] of sources.entries()) {
    if (seen.has(s.name))
      ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `feed name ${s.name} is used twice` });
    seen.add(s.name);
  }
});

/** Parses the compact AIS_FEEDS form into source objects (not yet validated). */
export function parseFeedSpec(spec: string): unknown[] {
  return spec
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry) => {
      const eq = entry.indexOf('=');
      const named = eq > 0 ? entry.slice(0, eq) : undefined;
      const parts = (eq > 0 ? entry.slice(eq + 1) : entry).split(':');
      const kind = parts[0];
      const num = (text: string | undefined) => (text !== undefined && /^\d+$/.test(text) ? Number(text) : text);
      switch (kind) {
        case 'tcp-client': {
          // host may be an IPv6 literal in brackets: [::1]:10110
          const portText = parts.at(-1);
          const hostText = parts
            .slice(1, -1)
            .join(':')
            .replace(/^\[(.*)\]$/, '$1');
          return { kind, name: named ?? `tcp-client-${portText ?? ''}`, host: hostText, port: num(portText) };
        }
        case 'tcp-server':
        case 'udp': {
          // [host:]port; the host defaults to every interface
          const portText = parts.at(-1);
          const hostText =
            parts.length > 2
              ? parts
                  .slice(1, -1)
                  .join(':')
                  .replace(/^\[(.*)\]$/, '$1')
              : undefined;
          return {
            kind,
            name: named ?? `${kind}-${portText ?? ''}`,
            port: num(portText),
            ...(hostText ? { host: hostText } : {}),
          };
        }
        case 'http':
          return { kind, name: named ?? 'http' };
        default:
          return { kind, name: named ?? entry };
      }
    });
}

/** Every configured source, from AIS_FEEDS then AIS_FEEDS_FILE; throws with each problem listed. */
export function loadFeedSources(spec: string | undefined, file: string | undefined): FeedSource[] {
  const raw: unknown[] = [];
  if (spec) raw.push(...parseFeedSpec(spec));
  if (file) {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(json)) throw new Error(`AIS_FEEDS_FILE ${file}: expected a JSON array of feed sources`);
    raw.push(...(json as unknown[]));
  }
  const parsed = FeedSources.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  feeds.${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid AIS feed configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
