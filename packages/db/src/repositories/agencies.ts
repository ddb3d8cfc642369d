import { and, inArray, isNull } from 'drizzle-orm';
import { agencies } from '../schema/agencies.ts';
import type { Db } from '../database.ts';

export interface AgencyRecord {
  code: string;
  name: string;
  country: string;
}

export function createAgencyRepository(db: Db) {
  return {
    async upsertMany(records: AgencyRecord[]): Promise<void> {
      if (records.length === 0) return;
      await db.insert(agencies).values(records).onConflictDoNothing();
    },
    /** Stores a new agency; false (and nothing changed) when the code is taken. One statement, so two racing creates cannot both win. */
    async insertNew(record: AgencyRecord): Promise<boolean> {
      const rows = await db.insert(agencies).values(record).onConflictDoNothing().returning({ code: agencies.code });
      return rows.length > 0;
    },
    /** The subset of `codes` that name a stored agency. */
    async existing(codes: string[]): Promise<string[]> {
      if (codes.length === 0) return [];
      const rows = await db.select({ code: agencies.code }).from(agencies).where(inArray(agencies.code, codes));
      return rows.map((r) => r.code);
    },
    /** FED-1: the subset of `codes` that this deployment hosts (not a partner's remote agencies). */
    async hostedHere(codes: string[]): Promise<string[]> {
      if (codes.length === 0) return [];
      const rows = await db
        .select({ code: agencies.code })
        .from(agencies)
        .where(and(inArray(agencies.code, codes), isNull(agencies.homeDeployment)));
      return rows.map((r) => r.code);
    },
    async list(): Promise<AgencyRecord[]> {
      return db
        .select({ code: agencies.code, name: agencies.name, country: agencies.country })
        .from(agencies)
        .orderBy(agencies.code);
    },
  };
}

export type AgencyRepository = ReturnType<typeof createAgencyRepository>;
