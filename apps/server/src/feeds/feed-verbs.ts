import type { FeedList, NmeaPostResult } from '@tidewatch/contracts';
import { hasPermission, type Principal } from '../auth/actor.ts';
import { requirePermission } from '../services/auth/principal.ts';
import { ServiceError } from '../services/errors.ts';
import type { FeedManager } from './feed-manager.ts';

export function listFeeds({ feeds, principal }: { feeds: FeedManager; principal: Principal }): FeedList {
  requirePermission(principal, 'events:read');
  return { feeds: feeds.stats() };
}

/** Who may push NMEA: an API key with the `feeds:write` scope (a receiver), an administrator, the system. */
function mayWriteFeeds({ actor }: Principal): boolean {
  if (actor.kind === 'api_key') return actor.scopes.includes('feeds:write');
  return actor.kind === 'system' || hasPermission(actor, 'admin');
}

/** Decodes a block of NMEA lines posted to an HTTP feed and answers what became of them. */
export function ingestNmea({
  feeds,
  principal,
  name,
  text,
}: {
  feeds: FeedManager;
  principal: Principal;
  name: string;
  text: string;
}): NmeaPostResult {
  if (!mayWriteFeeds(principal))
    throw new ServiceError(
      'forbidden',
      `${principal.actor.kind} ${principal.actor.name} may not write to feeds (needs the feeds:write scope)`,
    );
  const feed = feeds.get(name);
  if (feed === undefined || feed.kind !== 'http') throw new ServiceError('not_found', `no HTTP feed named ${name}`);
  const result = feed.pushText(text);
  return { ...result, rejectedByReason: { ...result.rejectedByReason } };
}
