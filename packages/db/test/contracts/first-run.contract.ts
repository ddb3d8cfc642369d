import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createAgencyRepository,
  createApiKeyRepository,
  createFirstRunRepository,
  createUserRepository,
} from '../../src/index.ts';
import { type DbOf, storedUser, unique } from './fixtures.ts';

/** Runs first in the suite: it needs a database where no administrator exists yet. */
export function firstRunContract(db: DbOf): void {
  describe('first run', () => {
    it('refuses a taken username (a retired demo admin keeps its name) and writes nothing, not even the agency', async () => {
      const repo = createFirstRunRepository(db());
      const retired = await storedUser(db(), 'JCA', 'administrator');
      await createUserRepository(db()).update(retired.id, { disabledAt: new Date() });
      expect(await repo.hasActiveAdministrator()).toBe(false);
      const agency = { code: unique('FR'), name: 'New agency', country: 'JM' };
      const result = await repo.createFirstAdministrator(agency, {
        agencyCode: agency.code,
        username: retired.username,
        displayName: 'Admin',
        role: 'administrator',
      });
      expect(result).toEqual({ refused: 'username_taken', username: retired.username });
      expect(await createAgencyRepository(db()).existing([agency.code])).toEqual([]);
    });

    it('[STORE-2] of several runs racing to create the first administrator exactly one creates it', async () => {
      const repo = createFirstRunRepository(db());
      const agency = { code: unique('FR'), name: 'Deployment owner', country: 'JM' };
      const results = await Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          repo.createFirstAdministrator(agency, {
            agencyCode: agency.code,
            username: `first-admin-${i}-${agency.code.toLowerCase()}`,
            displayName: 'Admin',
            role: 'administrator',
          }),
        ),
      );
      const created = results.flatMap((r) => ('created' in r ? [r.created] : []));
      expect(created).toHaveLength(1);
      const winner = created[0]?.username;
      expect(results.filter((r) => 'refused' in r)).toEqual(
        Array.from({ length: 3 }, () => ({ refused: 'administrator_exists', username: winner })),
      );
      expect(await repo.hasActiveAdministrator()).toBe(true);
    });

    it('retires users (ending their sessions) and keys, and only active ones are found by name or hash', async () => {
      const repo = createFirstRunRepository(db());
      const users = createUserRepository(db());
      const demo = await storedUser(db(), 'JCA');
      const keyHash = createHash('sha256').update(randomUUID()).digest('hex');
      const key = await createApiKeyRepository(db()).insert({
        agencyCode: 'JCA',
        kind: 'feed',
        name: 'demo',
        prefix: 'tw_',
        keyHash,
        scopes: [],
      });
      const now = new Date('2030-06-01T00:00:00Z');
      await users.insertSession({
        tokenHash: keyHash,
        userId: demo.id,
        csrfToken: 'c',
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date('2031-01-01T00:00:00Z'),
      });
      expect((await repo.activeUsersNamed([demo.username, 'nobody'])).map((u) => u.id)).toEqual([demo.id]);
      expect((await repo.activeKeysWithHashes([keyHash])).map((k) => k.id)).toEqual([key.id]);

      await repo.retire({ userIds: [demo.id], keyIds: [key.id], now });
      expect(await repo.activeUsersNamed([demo.username])).toEqual([]);
      expect(await repo.activeKeysWithHashes([keyHash])).toEqual([]);
      expect(await users.findLiveSession(keyHash, now)).toBeUndefined();
    });

    it('retire is all or nothing: a failing key update leaves the users active', async () => {
      const repo = createFirstRunRepository(db());
      const demo = await storedUser(db(), 'CBP');
      // Not a uuid: the key statement fails after the user statement ran in the same transaction.
      await expect(repo.retire({ userIds: [demo.id], keyIds: ['not-a-uuid'], now: new Date() })).rejects.toThrow();
      expect((await repo.activeUsersNamed([demo.username])).map((u) => u.id)).toEqual([demo.id]);
    });
  });
}
