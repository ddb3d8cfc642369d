import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { apiKeys, sessions, users } from '../schema/users.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type SessionRow = typeof sessions.$inferSelect;

export function createUserRepository(db: Db) {
  return {
    async insert(user: NewUser): Promise<UserRow> {
      const [row] = await db.insert(users).values(user).returning();
      if (!row) throw new Error('user insert returned nothing');
      return row;
    },
    async upsertByUsername(user: NewUser): Promise<void> {
      await db.insert(users).values(user).onConflictDoNothing({ target: users.username });
    },
    async findByUsername(username: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.username, username)).limit(1);
      return row;
    },
    async findById(id: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
      return row;
    },
    async list(): Promise<UserRow[]> {
      return db.select().from(users).orderBy(users.agencyCode, users.username);
    },
    /** Has the agency ever had a user or a key (disabled and revoked ones count): has anyone acted for it? */
    async agencyHasAccounts(agency: string): Promise<boolean> {
      const result = await db.execute(sql`SELECT EXISTS (SELECT 1 FROM ${users} WHERE ${users.agencyCode} = ${agency})
        OR EXISTS (SELECT 1 FROM ${apiKeys} WHERE ${apiKeys.agencyCode} = ${agency}) AS found`);
      const [row] = (result as { rows: { found: boolean }[] }).rows;
      return row?.found === true;
    },
    async update(
      id: string,
      changes: Partial<
        Pick<
          UserRow,
          'role' | 'displayName' | 'disabledAt' | 'passwordHash' | 'failedLogins' | 'lockedUntil' | 'language'
        >
      >,
    ): Promise<UserRow | undefined> {
      const [row] = await db.update(users).set(changes).where(eq(users.id, id)).returning();
      return row;
    },
    /**
     * AUTH-4: claims one password check for `username`, counting it as a failure before the check runs, so
     * parallel guesses cannot all slip in before the count: conditional update, one row lock. From the
     * `limit`-th failure on, each failure throttles the account for `baseMs` doubling up to `capMs`. Answers
     * nothing for an unknown, disabled or throttled account (a trusted device is not throttled).
     */
    async claimLoginAttempt(
      username: string,
      now: Date,
      rule: { limit: number; baseMs: number; capMs: number; trusted: boolean },
    ): Promise<UserRow | undefined> {
      const failures = sql`${users.failedLogins} + 1`;
      const delayMs = sql`LEAST(${rule.baseMs}::float8 * power(2, ${failures} - ${rule.limit}), ${rule.capMs}::float8)`;
      const [row] = await db
        .update(users)
        .set({
          failedLogins: failures,
          lockedUntil: sql`CASE WHEN ${failures} >= ${rule.limit} THEN ${now.toISOString()}::timestamptz + ${delayMs} * interval '1 millisecond' ELSE ${users.lockedUntil} END`,
        })
        .where(
          and(
            eq(users.username, username),
            isNull(users.disabledAt),
            rule.trusted ? sql`true` : or(isNull(users.lockedUntil), lte(users.lockedUntil, now)),
          ),
        )
        .returning();
      return row;
    },
    async clearFailedLogins(id: string): Promise<void> {
      await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, id));
    },
    async insertSession(session: typeof sessions.$inferInsert): Promise<void> {
      await db.insert(sessions).values(session);
    },
    async findLiveSession(tokenHash: string, now: Date): Promise<SessionRow | undefined> {
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
        .limit(1);
      return row;
    },
    async touchSession(tokenHash: string, now: Date): Promise<void> {
      await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
    },
    async revokeSession(tokenHash: string, now: Date): Promise<void> {
      await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.tokenHash, tokenHash));
    },
    async revokeUserSessions(userId: string, now: Date): Promise<void> {
      await db
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
