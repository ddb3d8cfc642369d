import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createApiKeyRepository } from '../../src/index.ts';
import type { DbOf } from './fixtures.ts';

const hash = () => createHash('sha256').update(randomUUID()).digest('hex');
const key = (agencyCode: string, keyHash = hash()) => ({
  agencyCode,
  kind: 'feed',
  name: 'feed key',
  prefix: keyHash.slice(0, 6),
  keyHash,
  scopes: ['events:write'],
});

export function apiKeyContract(db: DbOf): void {
  describe('api keys', () => {
    it('a key hash names one key: insert refuses a taken hash and upsertByHash keeps the stored key', async () => {
      const repo = createApiKeyRepository(db());
      const stored = await repo.insert(key('JCA'));
      await expect(repo.insert(key('CBP', stored.keyHash))).rejects.toThrow();
      await repo.upsertByHash({ ...key('CBP', stored.keyHash), name: 'replacement' });
      expect(await repo.findActiveByHash(stored.keyHash)).toEqual(stored);
      expect(await repo.findById(stored.id)).toEqual(stored);
    });

    it('a revoked key is no longer found by hash; revoking twice keeps the first time', async () => {
      const repo = createApiKeyRepository(db());
      const stored = await repo.insert(key('CBP'));
      const first = new Date('2030-05-01T00:00:00Z');
      expect((await repo.revoke(stored.id, first))?.revokedAt?.toISOString()).toBe(first.toISOString());
      expect(await repo.revoke(stored.id, new Date('2030-05-02T00:00:00Z'))).toBeUndefined();
      expect(await repo.findActiveByHash(stored.keyHash)).toBeUndefined();
      expect((await repo.findById(stored.id))?.revokedAt?.toISOString()).toBe(first.toISOString());
    });

    it('touch records the last use; the list runs by agency, then creation time', async () => {
      const repo = createApiKeyRepository(db());
      const stored = await repo.insert(key('USCG'));
      const used = new Date('2030-05-03T10:00:00Z');
      await repo.touch(stored.id, used);
      expect((await repo.findById(stored.id))?.lastUsedAt?.toISOString()).toBe(used.toISOString());
      const list = await repo.list();
      const order = list.map((k) => `${k.agencyCode}\u0000${k.createdAt.toISOString()}`);
      expect(order).toEqual([...order].sort());
    });
  });
}
