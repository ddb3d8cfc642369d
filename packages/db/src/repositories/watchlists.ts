import { and, asc, count, desc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { watchlistEntries, watchlistEntryChanges, watchlists } from '../schema/watchlists.ts';
import { visibleTo, type ViewerScope } from './visibility.ts';

export type WatchlistRow = typeof watchlists.$inferSelect;
export type NewWatchlistRow = typeof watchlists.$inferInsert;
export type WatchlistEntryRow = typeof watchlistEntries.$inferSelect;
export type NewWatchlistEntryRow = typeof watchlistEntries.$inferInsert;
export type WatchlistEntryChangeRow = typeof watchlistEntryChanges.$inferSelect;
export type EntryChangeKind = 'create' | 'import' | 'edit' | 'retire';

export type VersionedChange<T> =
  | { ok: true; row: T }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'conflict'; current: T };

/** A live entry with its list's releasability, as the matcher indexes it. */
export interface IndexableEntry {
  entry: WatchlistEntryRow;
  list: Pick<WatchlistRow, 'id' | 'ownerAgency' | 'tlp' | 'recipients' | 'sharingGroups' | 'name'>;
}

/** What makes two entries of one list the same subject (the domain's entryIdentityKey). */
export type EntryIdentityOf = (
  entry: Pick<WatchlistEntryRow, 'kind' | 'mmsi' | 'imo' | 'name' | 'callSign' | 'containerNumber' | 'country'>,
) => string;

/** Thrown inside a transaction callback to roll it back; never leaves this file. */
const ROLL_BACK = new Error('roll back');

type EntryPatch = Partial<
  Pick<
    WatchlistEntryRow,
    'mmsi' | 'imo' | 'name' | 'callSign' | 'containerNumber' | 'country' | 'reason' | 'expiresAt' | 'retiredAt'
  >
>;
type ListPatch = Partial<
  Pick<WatchlistRow, 'name' | 'description' | 'tlp' | 'recipients' | 'sharingGroups' | 'retiredAt'>
>;

const entryText = (q: string): SQL | undefined => {
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return or(
    ilike(watchlistEntries.name, like),
    ilike(watchlistEntries.mmsi, like),
    ilike(watchlistEntries.imo, like),
    ilike(watchlistEntries.callSign, like),
    ilike(watchlistEntries.containerNumber, like),
    ilike(watchlistEntries.reason, like),
  );
};

export function createWatchlistRepository(db: Db) {
  // The outer column is written out qualified: drizzle renders a column unqualified inside a raw subquery,
  // where "id" would bind to the entry's own id and the count would always be 0.
  const liveCount = sql<number>`(select count(*)::int from ${watchlistEntries} e where e.watchlist_id = "watchlists"."id" and e.retired_at is null)`;

  async function getList(
    id: string,
    viewer: ViewerScope,
  ): Promise<(WatchlistRow & { entryCount: number }) | undefined> {
    const [row] = await db
      .select({ list: watchlists, entryCount: liveCount })
      .from(watchlists)
      .where(and(eq(watchlists.id, id), visibleTo(viewer, watchlists)))
      .limit(1);
    return row ? { ...row.list, entryCount: Number(row.entryCount) } : undefined;
  }

  async function history(
    tx: Pick<Db, 'insert'>,
    rows: readonly WatchlistEntryRow[],
    change: EntryChangeKind,
    by: string,
    at: string,
  ): Promise<void> {
    if (rows.length === 0) return;
    await tx
      .insert(watchlistEntryChanges)
      .values(rows.map((r) => ({ entryId: r.id, version: r.version, change, snapshot: { ...r }, by, at })));
  }

  /** The live entries' identifying fields, oldest first, under the list's advisory lock (held to commit). */
  async function lockedLiveIdentities(tx: Pick<Db, 'execute' | 'select'>, watchlistId: string) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`watchlist-entries:${watchlistId}`}))`);
    return tx
      .select({
        id: watchlistEntries.id,
        kind: watchlistEntries.kind,
        mmsi: watchlistEntries.mmsi,
        imo: watchlistEntries.imo,
        name: watchlistEntries.name,
        callSign: watchlistEntries.callSign,
        containerNumber: watchlistEntries.containerNumber,
        country: watchlistEntries.country,
      })
      .from(watchlistEntries)
      .where(and(eq(watchlistEntries.watchlistId, watchlistId), isNull(watchlistEntries.retiredAt)))
      .orderBy(asc(watchlistEntries.addedAt), asc(watchlistEntries.id));
  }

  /** Another live entry of `row`'s list that is the same subject, if any. */
  async function sameSubject(
    tx: Pick<Db, 'execute' | 'select'>,
    row: WatchlistEntryRow,
    identityOf: EntryIdentityOf,
  ): Promise<string | undefined> {
    const key = identityOf(row);
    return (await lockedLiveIdentities(tx, row.watchlistId)).find((e) => e.id !== row.id && identityOf(e) === key)?.id;
  }

  return {
    getList,

    async createList(row: NewWatchlistRow): Promise<WatchlistRow & { entryCount: number }> {
      const [created] = await db.insert(watchlists).values(row).returning();
      if (!created) throw new Error('watchlist insert returned nothing');
      return { ...created, entryCount: 0 };
    },

    async searchLists(
      viewer: ViewerScope,
      filter: { q?: string | undefined; includeRetired: boolean; limit: number },
    ): Promise<(WatchlistRow & { entryCount: number })[]> {
      const conditions: SQL[] = [visibleTo(viewer, watchlists)];
      if (!filter.includeRetired) conditions.push(isNull(watchlists.retiredAt));
      if (filter.q) {
        const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        const text = or(ilike(watchlists.name, like), ilike(watchlists.description, like));
        if (text) conditions.push(text);
      }
      const rows = await db
        .select({ list: watchlists, entryCount: liveCount })
        .from(watchlists)
        .where(and(...conditions))
        .orderBy(desc(watchlists.updatedAt))
        .limit(filter.limit);
      return rows.map((r) => ({ ...r.list, entryCount: Number(r.entryCount) }));
    },

    /** Conditional update: applies only while the version is still `baseVersion` and only to the owner's list. */
    async changeList(
      id: string,
      owner: string,
      viewer: ViewerScope,
      baseVersion: number,
      patch: ListPatch,
      at: string,
    ): Promise<VersionedChange<WatchlistRow & { entryCount: number }>> {
      const [updated] = await db
        .update(watchlists)
        .set({ ...patch, version: baseVersion + 1, updatedAt: at })
        .where(
          and(
            eq(watchlists.id, id),
            eq(watchlists.ownerAgency, owner),
            eq(watchlists.version, baseVersion),
            isNull(watchlists.retiredAt),
          ),
        )
        .returning();
      const current = await getList(id, viewer);
      if (updated && current) return { ok: true, row: current };
      return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'not_found' };
    },

    /**
     * Inserts the rows whose identity (`identityOf`) no live entry of the list has, and reports, for each row
     * left out, the id of the live entry it duplicates. One transaction under a per-list advisory lock, so two
     * imports of one file at the same moment cannot both insert it. Rows are assumed distinct among themselves.
     */
    async insertNewEntries(
      watchlistId: string,
      rows: readonly NewWatchlistEntryRow[],
      identityOf: EntryIdentityOf,
      change: EntryChangeKind,
      by: string,
      at: string,
    ): Promise<{ created: WatchlistEntryRow[]; duplicates: { index: number; entryId: string }[] }> {
      if (rows.length === 0) return { created: [], duplicates: [] };
      return db.transaction(async (tx) => {
        const live = await lockedLiveIdentities(tx, watchlistId);
        const existing = new Map<string, string>();
        for (const e of live) {
          const key = identityOf(e);
          if (!existing.has(key)) existing.set(key, e.id);
        }
        const fresh: NewWatchlistEntryRow[] = [];
        const duplicates: { index: number; entryId: string }[] = [];
        rows.forEach((row, index) => {
          const entryId = existing.get(
            identityOf({
              kind: row.kind,
              mmsi: row.mmsi ?? null,
              imo: row.imo ?? null,
              name: row.name ?? null,
              callSign: row.callSign ?? null,
              containerNumber: row.containerNumber ?? null,
              country: row.country ?? null,
            }),
          );
          if (entryId === undefined) fresh.push(row);
          else duplicates.push({ index, entryId });
        });
        const created: WatchlistEntryRow[] = [];
        // Chunks keep each statement under PostgreSQL's parameter limit for large imports.
        for (let i = 0; i < fresh.length; i += 500)
          created.push(
            ...(await tx
              .insert(watchlistEntries)
              .values(fresh.slice(i, i + 500))
              .returning()),
          );
        await history(tx, created, change, by, at);
        return { created, duplicates };
      });
    },

    /** An entry, only when its list is readable by the viewer (REL-9: child objects by id). */
    async getEntry(
      id: string,
      viewer: ViewerScope,
    ): Promise<{ entry: WatchlistEntryRow; list: WatchlistRow } | undefined> {
      const [row] = await db
        .select({ entry: watchlistEntries, list: watchlists })
        .from(watchlistEntries)
        .innerJoin(watchlists, eq(watchlists.id, watchlistEntries.watchlistId))
        .where(and(eq(watchlistEntries.id, id), visibleTo(viewer, watchlists)))
        .limit(1);
      return row;
    },

    async searchEntries(
      viewer: ViewerScope,
      filter: {
        watchlistId?: string | undefined;
        q?: string | undefined;
        kind?: string | undefined;
        includeRetired: boolean;
        limit: number;
        offset: number;
      },
    ): Promise<{ items: WatchlistEntryRow[]; total: number }> {
      const conditions: SQL[] = [visibleTo(viewer, watchlists)];
      if (filter.watchlistId) conditions.push(eq(watchlistEntries.watchlistId, filter.watchlistId));
      else conditions.push(isNull(watchlists.retiredAt));
      if (!filter.includeRetired) conditions.push(isNull(watchlistEntries.retiredAt));
      if (filter.kind) conditions.push(eq(watchlistEntries.kind, filter.kind));
      if (filter.q) {
        const text = entryText(filter.q);
        if (text) conditions.push(text);
      }
      const where = and(...conditions);
      const [items, [total]] = await Promise.all([
        db
          .select({ entry: watchlistEntries })
          .from(watchlistEntries)
          .innerJoin(watchlists, eq(watchlists.id, watchlistEntries.watchlistId))
          .where(where)
          .orderBy(asc(watchlistEntries.addedAt), asc(watchlistEntries.id))
          .limit(filter.limit)
          .offset(filter.offset),
        db
          .select({ n: count() })
          .from(watchlistEntries)
          .innerJoin(watchlists, eq(watchlists.id, watchlistEntries.watchlistId))
          .where(where),
      ]);
      return { items: items.map((r) => r.entry), total: Number(total?.n ?? 0) };
    },

    /**
     * Conditional update of an entry of the owner's list, with a history row in the same transaction. With
     * `identityOf`, an edit that makes the entry the same subject as another live entry of its list is rolled
     * back and reported; the check runs under the list's advisory lock (as insertNewEntries takes it), after
     * the update, so a concurrent insert of the same identity is seen by one of the two.
     */
    async changeEntry(
      id: string,
      owner: string,
      viewer: ViewerScope,
      baseVersion: number,
      patch: EntryPatch,
      change: EntryChangeKind,
      by: string,
      at: string,
      identityOf?: EntryIdentityOf,
    ): Promise<VersionedChange<WatchlistEntryRow> | { ok: false; reason: 'duplicate'; entryId: string }> {
      let duplicateOf: string | undefined;
      try {
        return await db.transaction(async (tx) => {
          const [updated] = await tx
            .update(watchlistEntries)
            .set({ ...patch, version: baseVersion + 1, updatedAt: at })
            .where(
              and(
                eq(watchlistEntries.id, id),
                eq(watchlistEntries.version, baseVersion),
                isNull(watchlistEntries.retiredAt),
                sql`${watchlistEntries.watchlistId} in (select id from ${watchlists} where owner_agency = ${owner})`,
              ),
            )
            .returning();
          if (updated) {
            if (identityOf && updated.retiredAt === null) {
              duplicateOf = await sameSubject(tx, updated, identityOf);
              if (duplicateOf !== undefined) throw ROLL_BACK;
            }
            await history(tx, [updated], change, by, at);
            return { ok: true as const, row: updated };
          }
          const [current] = await tx
            .select({ entry: watchlistEntries })
            .from(watchlistEntries)
            .innerJoin(watchlists, eq(watchlists.id, watchlistEntries.watchlistId))
            .where(and(eq(watchlistEntries.id, id), visibleTo(viewer, watchlists)))
            .limit(1);
          return current
            ? { ok: false as const, reason: 'conflict' as const, current: current.entry }
            : { ok: false as const, reason: 'not_found' as const };
        });
      } catch (err) {
        if (err === ROLL_BACK && duplicateOf !== undefined)
          return { ok: false, reason: 'duplicate', entryId: duplicateOf };
        throw err;
      }
    },

    async entryHistory(id: string): Promise<WatchlistEntryChangeRow[]> {
      return db
        .select()
        .from(watchlistEntryChanges)
        .where(eq(watchlistEntryChanges.entryId, id))
        .orderBy(asc(watchlistEntryChanges.version));
    },

    /** Live entries of live lists, with the list's releasability: what the matcher indexes at start-up. */
    async indexable(): Promise<IndexableEntry[]> {
      const rows = await db
        .select({
          entry: watchlistEntries,
          list: {
            id: watchlists.id,
            ownerAgency: watchlists.ownerAgency,
            tlp: watchlists.tlp,
            recipients: watchlists.recipients,
            sharingGroups: watchlists.sharingGroups,
            name: watchlists.name,
          },
        })
        .from(watchlistEntries)
        .innerJoin(watchlists, eq(watchlists.id, watchlistEntries.watchlistId))
        .where(and(isNull(watchlistEntries.retiredAt), isNull(watchlists.retiredAt)));
      return rows;
    },

    /** Live entries of one list (its releasability changed or it was retired: the index is refreshed from here). */
    async liveEntriesOf(watchlistId: string): Promise<WatchlistEntryRow[]> {
      return db
        .select()
        .from(watchlistEntries)
        .where(and(eq(watchlistEntries.watchlistId, watchlistId), isNull(watchlistEntries.retiredAt)));
    },

    async listById(id: string): Promise<WatchlistRow | undefined> {
      const [row] = await db.select().from(watchlists).where(eq(watchlists.id, id)).limit(1);
      return row;
    },
  };
}

export type WatchlistRepository = ReturnType<typeof createWatchlistRepository>;
