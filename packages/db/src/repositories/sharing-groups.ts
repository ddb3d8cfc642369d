import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { sharingGroupMembers, sharingGroups } from '../schema/sharing-groups.ts';

export interface SharingGroupRecord {
  code: string;
  name: string;
  description: string;
  members: string[];
  revokedAt: Date | null;
}

export function createSharingGroupRepository(db: Db) {
  return {
    async upsert(group: { code: string; name: string; description?: string; members: string[] }): Promise<void> {
      await db.transaction(async (tx) => {
        await tx
          .insert(sharingGroups)
          .values({ code: group.code, name: group.name, description: group.description ?? '' })
          .onConflictDoNothing();
        if (group.members.length > 0) {
          await tx
            .insert(sharingGroupMembers)
            .values(group.members.map((agencyCode) => ({ groupCode: group.code, agencyCode })))
            .onConflictDoNothing();
        }
      });
    },
    /**
     * Stores a new agreement; false when the code was ever used, revoked or not. Items keep naming a group
     * after it is revoked, so a code reused with other members would hand those items to new agencies.
     */
    async createNew(group: { code: string; name: string; description: string; members: string[] }): Promise<boolean> {
      return db.transaction(async (tx) => {
        const created = await tx
          .insert(sharingGroups)
          .values({ code: group.code, name: group.name, description: group.description })
          .onConflictDoNothing()
          .returning({ code: sharingGroups.code });
        if (created.length === 0) return false;
        await tx.insert(sharingGroupMembers).values(group.members.map((agencyCode) => ({ groupCode: group.code, agencyCode }))).onConflictDoNothing();
        return true;
      });
    },
    /** Active (not revoked) groups the agency belongs to. */
    async activeGroupsOf(agency: string): Promise<string[]> {
      const rows = await db
        .select({ code: sharingGroups.code })
        .from(sharingGroupMembers)
        .innerJoin(sharingGroups, eq(sharingGroups.code, sharingGroupMembers.groupCode))
        .where(and(eq(sharingGroupMembers.agencyCode, agency), isNull(sharingGroups.revokedAt)));
      return rows.map((r) => r.code);
    },
    async list(): Promise<SharingGroupRecord[]> {
      const groups = await db.select().from(sharingGroups).orderBy(sharingGroups.code);
      const members = await db.select().from(sharingGroupMembers);
      return groups.map((g) => ({
        code: g.code,
        name: g.name,
        description: g.description,
        revokedAt: g.revokedAt,
        members: members.filter((m) => m.groupCode === g.code).map((m) => m.agencyCode).sort(),
      }));
    },
    async revoke(code: string, now: Date): Promise<string[] | undefined> {
      const [row] = await db
        .update(sharingGroups)
        .set({ revokedAt: now })
        .where(and(eq(sharingGroups.code, code), isNull(sharingGroups.revokedAt)))
        .returning();
      if (!row) return undefined;
      const members = await db.select().from(sharingGroupMembers).where(eq(sharingGroupMembers.groupCode, code));
      return members.map((m) => m.agencyCode);
    },
  };
}

export type SharingGroupRepository = ReturnType<typeof createSharingGroupRepository>;
