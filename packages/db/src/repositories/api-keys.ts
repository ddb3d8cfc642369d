import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { apiKeys } from '../schema/users.ts';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export function createApiKeyRepository(db: Db) {
  return {
    async insert(key: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
      const [row] = await db.insert(apiKeys).values(key).onConflictDoNothing().returning();
      if (!row) throw new Error('api key insert returned nothing');
      return row;
    },
    async upsertByHash(key: typeof apiKeys.$inferInsert): Promise<void> {
      await db.insert(apiKeys).values(key).onConflictDoNothing({ target: apiKeys.keyHash });
    },
    async findActiveByHash(keyHash: string): Promise<ApiKeyRow | undefined> {
      const [row] = await db
        .select()
        .from(apiKeys)
        .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)))
        .limit(1);
      return row;
    },
    async findById(id: string): Promise<ApiKeyRow | undefined> {
      const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id)).limit(1);
      return row;
    },
    async list(): Promise<ApiKeyRow[]> {
      return db.select().from(apiKeys).orderBy(apiKeys.agencyCode, apiKeys.createdAt);
    },
    async revoke(id: string, now: Date): Promise<ApiKeyRow | undefined> {
      const [row] = await db
        .update(apiKeys)
        .set({ revokedAt: now })
        .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
        .returning();
      return row;
    },
    async touch(id: string, now: Date): Promise<void> {
      await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, id));
    },
  };
}

export type ApiKeyRepository = ReturnType<typeof createApiKeyRepository>;
