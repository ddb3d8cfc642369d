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

export interface MemberChange {
  outcome: 'changed' | 'unchanged' | 'no_group' | 'too_few' | 'not_a_party';
  members: string[];
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
     * Stores a new agreement with its members; false (and nothing changed) when the code is taken, even by a
     * revoked agreement: a code names one agreement for the life of the audit log.
     */
    async insertNew(group: { code: string; name: string; description: string; members: string[] }): Promise<boolean> {
      return db.transaction(async (tx) => {
        const created = await tx
          .insert(sharingGroups)
          .values({ code: group.code, name: group.name, description: group.description })
          .onConflictDoNothing()
          .returning({ code: sharingGroups.code });
        if (created.length === 0) return false;
        await tx
          .insert(sharingGroupMembers)
          .values(group.members.map((agencyCode) => ({ groupCode: group.code, agencyCode })));
        return true;
      });
    },
    /**
     * Adds or removes one member of an active agreement, under a lock on the agreement's row so that two
     * removals racing cannot leave it with fewer than `minMembers`, and a party's removal racing its own change
     * cannot let it act after it left. Only a current member (`byAgency`) changes the membership.
     * Answers what happened and the members after.
     */
    async changeMember(
      code: string,
      agency: string,
      change: 'add' | 'remove',
      minMembers: number,
      byAgency: string,
    ): Promise<MemberChange> {
      return db.transaction(async (tx) => {
        const [group] = await tx
          .select({ code: sharingGroups.code })
          .from(sharingGroups)
          .where(and(eq(sharingGroups.code, code), isNull(sharingGroups.revokedAt)))
          .for('update');
        if (!group) return { outcome: 'no_group', members: [] };
        const current = (
          await tx
            .select({ agency: sharingGroupMembers.agencyCode })
            .from(sharingGroupMembers)
            .where(eq(sharingGroupMembers.groupCode, code))
        ).map((r) => r.agency);
        if (!current.includes(byAgency)) return { outcome: 'not_a_party', members: [] };
        const isMember = current.includes(agency);
        if (change === 'add') {
          if (isMember) return { outcome: 'unchanged', members: current.sort() };
          await tx.insert(sharingGroupMembers).values({ groupCode: code, agencyCode: agency });
          return { outcome: 'changed', members: [...current, agency].sort() };
        }
        if (!isMember) return { outcome: 'unchanged', members: current.sort() };
        if (current.length <= minMembers) return { outcome: 'too_few', members: current.sort() };
        await tx
          .delete(sharingGroupMembers)
          .where(and(eq(sharingGroupMembers.groupCode, code), eq(sharingGroupMembers.agencyCode, agency)));
        return { outcome: 'changed', members: current.filter((a) => a !== agency).sort() };
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
        members: members
          .filter((m) => m.groupCode === g.code)
          .map((m) => m.agencyCode)
          .sort(),
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
