import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { agencies } from '../schema/agencies.ts';
import { apiKeys, sessions, users } from '../schema/users.ts';
import type { AgencyRecord } from './agencies.ts';
import type { ApiKeyRow } from './api-keys.ts';
import type { NewUser, UserRow } from './users.ts';

export type FirstAdministratorResult =
  | { created: UserRow }
  | { refused: 'administrator_exists' | 'username_taken'; username: string };

// Names the lock that makes "create the first administrator" happen once even when two runs race on PostgreSQL.
const FIRST_ADMIN_LOCK_KEY = 727_001_2027;

/** Storage for turning a database into a real deployment: the first administrator, and retiring demo credentials. */
export function createFirstRunRepository(db: Db) {
  return {
    async activeUsersNamed(usernames: string[]): Promise<UserRow[]> {
      if (usernames.length === 0) return [];
      return db
        .select()
        .from(users)
        .where(and(inArray(users.username, usernames), isNull(users.disabledAt)));
    },
    async activeKeysWithHashes(keyHashes: string[]): Promise<ApiKeyRow[]> {
      if (keyHashes.length === 0) return [];
      return db
        .select()
        .from(apiKeys)
        .where(and(inArray(apiKeys.keyHash, keyHashes), isNull(apiKeys.revokedAt)));
    },
    async hasActiveAdministrator(): Promise<boolean> {
      const [row] = await db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, 'administrator'), isNull(users.disabledAt)))
        .limit(1);
      return row !== undefined;
    },
    /** Disables the users (ending their sessions) and revokes the keys, all or nothing. */
    async retire(input: { userIds: string[]; keyIds: string[]; now: Date }): Promise<void> {
      const { userIds, keyIds, now } = input;
      await db.transaction(async (tx) => {
        if (userIds.length > 0) {
          await tx
            .update(users)
            .set({ disabledAt: now })
            .where(and(inArray(users.id, userIds), isNull(users.disabledAt)));
          await tx
            .update(sessions)
            .set({ revokedAt: now })
            .where(and(inArray(sessions.userId, userIds), isNull(sessions.revokedAt)));
        }
        if (keyIds.length > 0) {
          await tx
            .update(apiKeys)
            .set({ revokedAt: now })
            .where(and(inArray(apiKeys.id, keyIds), isNull(apiKeys.revokedAt)));
        }
      });
    },
    /**
     * Stores the agency (kept as it is when it exists) and the administrator, unless an active administrator
     * exists already or the username is taken (a retired demo `admin` keeps its name): then nothing is written.
     * The checks and the insert run under one transaction-scoped advisory lock, so of two racing runs exactly
     * one creates.
     */
    async createFirstAdministrator(agency: AgencyRecord, user: NewUser): Promise<FirstAdministratorResult> {
      return db.transaction(async (tx): Promise<FirstAdministratorResult> => {
        await tx.execute(sql`SELECT pg_advisory_xact_lock(${FIRST_ADMIN_LOCK_KEY})`);
        const [admin] = await tx
          .select({ username: users.username })
          .from(users)
          .where(and(eq(users.role, 'administrator'), isNull(users.disabledAt)))
          .limit(1);
        if (admin) return { refused: 'administrator_exists', username: admin.username };
        const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, user.username)).limit(1);
        if (taken) return { refused: 'username_taken', username: user.username };
        await tx.insert(agencies).values(agency).onConflictDoNothing();
        const [row] = await tx.insert(users).values(user).returning();
        if (!row) throw new Error('administrator insert returned nothing');
        return { created: row };
      });
    },
  };
}

export type FirstRunRepository = ReturnType<typeof createFirstRunRepository>;
