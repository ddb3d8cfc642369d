import type { Subjects } from '@tidewatch/contracts';
import type { DerivedAlertRow } from '@tidewatch/db';
import { type DerivedReleasability, deriveReleasability, type EntryMatch, type Releasable } from '@tidewatch/domain';
import { publishAlert } from './publish-alert.ts';
import type { IntelRequestContext } from '../intel-context.ts';

export interface MatchedSubject {
  type: 'vessel' | 'consignment' | 'event';
  id: string;
  /** How the subject is named in the hit's title. */
  label: string;
  /** The matched data's releasability: AIS is GREEN; a consignment or an event carries its own. */
  releasable: Releasable;
  position: { lat: number; lon: number } | null;
  mmsis: string[];
  subjects?: Partial<Subjects>;
}

/**
 * Turns matches into watchlist_hit events, one per subject and entry per dedup window. A hit is released no
 * more widely than the watchlist AND the matched data (REL-6). Its owner must read both: the list's owner if
 * it may read the data, else the data's owner if it may read the list; when neither may, no hit is made at
 * all, since any owner would learn something it may not read.
 */
export async function publishHits({
  ctx,
  subject,
  found,
  nowMs,
  groupsOf,
}: {
  ctx: IntelRequestContext;
  subject: MatchedSubject;
  found: readonly EntryMatch[];
  nowMs: number;
  groupsOf: (agency: string) => Promise<ReadonlySet<string>>;
}): Promise<DerivedAlertRow[]> {
  const out: DerivedAlertRow[] = [];
  for (const { entry, matches } of found) {
    if (!ctx.matcher.deduper.admit(`${subject.type}:${subject.id}`, entry.id, nowMs)) continue;
    let owner: string | null = null;
    let releasability: DerivedReleasability | null = null;
    for (const candidate of new Set([entry.releasability.ownerAgency, subject.releasable.ownerAgency])) {
      const derived = deriveReleasability([entry.releasability, subject.releasable], {
        agency: candidate,
        groups: await groupsOf(candidate),
      });
      if (derived) {
        owner = candidate;
        releasability = derived;
        break;
      }
    }
    if (owner === null || releasability === null) {
      ctx.log.debug(
        { entry: entry.id, subject: `${subject.type}:${subject.id}` },
        'watchlist hit not releasable to any owner',
      );
      continue;
    }
    const list = entry.watchlistName ?? entry.watchlistId;
    const how = matches
      .map((m) => `${m.field} ${m.how}${m.how === 'fuzzy' ? ` ${m.score}` : ''} (${m.value} ~ ${m.entryValue})`)
      .join('; ');
    const row = await publishAlert({
      ctx,
      draft: {
        key: `watchlist_hit:${subject.type}:${subject.id}:${entry.id}:${nowMs}`,
        type: 'watchlist_hit',
        status: 'final',
        eventKind: 'watchlist_hit',
        title: `Watchlist hit: ${subject.label} on ${list}`,
        summary: `${subject.type} ${subject.label} matches ${entry.kind} entry of watchlist ${list}: ${how}`,
        severity: matches.some((m) => m.how !== 'fuzzy') ? 4 : 3,
        mmsis: subject.mmsis,
        startAt: nowMs,
        endAt: null,
        position: subject.position,
        parameters: {
          watchlist: list,
          entryKind: entry.kind,
          bestScore: Math.max(...matches.map((m) => m.score)),
          fuzzyThreshold: ctx.matcher.index.options.fuzzyThreshold,
        },
        evidence: {
          tracks: [],
          matches,
          subject: { type: subject.type, id: subject.id },
          watchlistId: entry.watchlistId,
          entryId: entry.id,
          areaId: null,
        },
        ownerAgency: owner,
        releasability,
        ...(subject.subjects ? { subjects: subject.subjects } : {}),
      },
    });
    out.push(row);
  }
  return out;
}
