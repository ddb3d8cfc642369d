import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createAgencyRepository, createApiKeyRepository, createUserRepository, schema } from '../../src/index.ts';
import { type DbOf, storedUser, unique } from './fixtures.ts';

const RULE = { limit: 3, baseMs: 60_000, capMs: 600_000, trusted: false };
const token = () => createHash('sha256').update(randomUUID()).digest('hex');

export function userContract(db: DbOf): void {
  describe('users and sessions', () => {
    it('refuses a second user with a taken username; upsertByUsername keeps the first', async () => {
      const repo = createUserRepository(db());
      const { id, username } = await storedUser(db(), 'JCA');
      await expect(
        repo.insert({ agencyCode: 'CBP', username, displayName: 'impostor', role: 'administrator' }),
      ).rejects.toThrow();
      await repo.upsertByUsername({ agencyCode: 'CBP', username, displayName: 'impostor', role: 'administrator' });
      expect(await repo.findByUsername(username)).toMatchObject({ id, agencyCode: 'JCA', role: 'analyst' });
      expect((await repo.findById(id))?.username).toBe(username);
      expect(await repo.findByUsername('nobody-by-that-name')).toBeUndefined();
    });

    it("[I18N-4] keeps a user's chosen language: none until chosen, then the one stored", async () => {
      const repo = createUserRepository(db());
      const { id } = await storedUser(db(), 'JCA');
      expect((await repo.findById(id))?.language).toBeNull();
      expect((await repo.update(id, { language: 'fr' }))?.language).toBe('fr');
      expect((await repo.findById(id))?.language).toBe('fr');
    });

    it('lists users by agency, then username', async () => {
      await storedUser(db(), 'USCG');
      await storedUser(db(), 'CBP');
      const list = await createUserRepository(db()).list();
      const keys = list.map((u) => `${u.agencyCode}\u0000${u.username}`);
      expect(keys).toEqual([...keys].sort());
    });

    it('knows whether an agency ever had a user or a key, disabled or revoked ones included', async () => {
      const users = createUserRepository(db());
      const keys = createApiKeyRepository(db());
      const [withUser, withKey] = [unique('AC'), unique('AC')];
      await createAgencyRepository(db()).upsertMany([
        { code: withUser, name: 'has a user', country: 'JM' },
        { code: withKey, name: 'has a key', country: 'JM' },
      ]);
      expect(await users.agencyHasAccounts(withUser)).toBe(false);
      const user = await storedUser(db(), withUser);
      await users.update(user.id, { disabledAt: new Date() });
      expect(await users.agencyHasAccounts(withUser)).toBe(true);
      const key = await keys.insert({
        agencyCode: withKey,
        kind: 'feed',
        name: 'k',
        prefix: 'tw_',
        keyHash: token(),
        scopes: ['events:write'],
      });
      await keys.revoke(key.id, new Date());
      expect(await users.agencyHasAccounts(withKey)).toBe(true);
    });

    it('[AUTH-4][STORE-2] of many parallel login attempts only `limit` are let through, then the account is throttled', async () => {
      const repo = createUserRepository(db());
      const { id, username } = await storedUser(db(), 'JCA');
      const now = new Date('2030-03-01T12:00:00Z');
      const claims = await Promise.all(Array.from({ length: 10 }, () => repo.claimLoginAttempt(username, now, RULE)));
      expect(claims.filter((c) => c !== undefined)).toHaveLength(RULE.limit);
      const user = await repo.findById(id);
      expect(user?.failedLogins).toBe(RULE.limit);
      expect(user?.lockedUntil?.toISOString()).toBe(new Date(now.getTime() + RULE.baseMs).toISOString());
      // Throttled until exactly lockedUntil; a trusted device is not throttled; each later failure doubles the delay.
      expect(await repo.claimLoginAttempt(username, new Date(now.getTime() + RULE.baseMs - 1), RULE)).toBeUndefined();
      expect(await repo.claimLoginAttempt(username, now, { ...RULE, trusted: true })).toMatchObject({
        failedLogins: 4,
      });
      const later = new Date(now.getTime() + 10 * RULE.baseMs);
      const fifth = await repo.claimLoginAttempt(username, later, RULE);
      expect(fifth?.lockedUntil?.toISOString()).toBe(new Date(later.getTime() + 4 * RULE.baseMs).toISOString());
      await repo.clearFailedLogins(id);
      expect(await repo.findById(id)).toMatchObject({ failedLogins: 0, lockedUntil: null });
    });

    it('[AUTH-4] the throttle is capped, and a disabled or unknown account is never claimed', async () => {
      const repo = createUserRepository(db());
      const { id, username } = await storedUser(db(), 'JCA');
      await repo.update(id, { failedLogins: 40 });
      const now = new Date('2030-03-02T00:00:00Z');
      const claimed = await repo.claimLoginAttempt(username, now, RULE);
      expect(claimed?.lockedUntil?.toISOString()).toBe(new Date(now.getTime() + RULE.capMs).toISOString());
      await repo.update(id, { disabledAt: now, lockedUntil: null });
      expect(await repo.claimLoginAttempt(username, now, { ...RULE, trusted: true })).toBeUndefined();
      expect(await repo.claimLoginAttempt('no-such-user', now, RULE)).toBeUndefined();
    });

    it('a session is live until it expires (exclusive) or is revoked; revoking all keeps earlier revocation times', async () => {
      const repo = createUserRepository(db());
      const { id } = await storedUser(db(), 'CBP');
      const created = new Date('2030-04-01T00:00:00Z');
      const expiresAt = new Date('2030-04-01T08:00:00Z');
      const [first, second] = [token(), token()];
      for (const tokenHash of [first, second])
        await repo.insertSession({
          tokenHash,
          userId: id,
          csrfToken: 'c',
          createdAt: created,
          lastSeenAt: created,
          expiresAt,
        });
      expect(await repo.findLiveSession(first, new Date(expiresAt.getTime() - 1))).toMatchObject({ userId: id });
      expect(await repo.findLiveSession(first, expiresAt)).toBeUndefined();
      const seen = new Date('2030-04-01T01:00:00Z');
      await repo.touchSession(first, seen);
      expect((await repo.findLiveSession(first, seen))?.lastSeenAt.toISOString()).toBe(seen.toISOString());
      const earlier = new Date('2030-04-01T02:00:00Z');
      await repo.revokeSession(second, earlier);
      await repo.revokeUserSessions(id, new Date('2030-04-01T03:00:00Z'));
      expect(await repo.findLiveSession(first, seen)).toBeUndefined();
      const [row] = await db().select().from(schema.sessions).where(eq(schema.sessions.tokenHash, second));
      expect(row?.revokedAt?.toISOString()).toBe(earlier.toISOString());
    });
  });
}
