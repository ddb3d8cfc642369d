import { inArray } from 'drizzle-orm';
import { agencies } from '../schema/agencies.ts';
import type { Db } from '../database.ts';

export interface AgencyRecord {
  code: string;
  name: string;
  country: string;
}

export function createAgencyRepository(db: Db) {
  // Agencies are never deleted, so a code once found stays valid: every event ingest checks the codes it
  // names, and this spares the database that query on the hot path. Unknown codes are always asked again.
  const known = new Set<string>();
  return {
    async upsertMany(records: AgencyRecord[]): Promise<void> {
      if (records.length === 0) return;
      await db.insert(agencies).values(records).onConflictDoNothing();
    },
    /** The subset of `codes` that name a stored agency. */
    async existing(codes: string[]): Promise<string[]> {
      const unknown = codes.filter((code) => !known.has(code));
      if (unknown.length > 0) {
        const rows = await db.select({ code: agencies.code }).from(agencies).where(inArray(agencies.code, unknown));
        for (const row of rows) known.add(row.code);
      }
      return codes.filter((code) => known.has(code));
    },
    async list(): Promise<AgencyRecord[]> {
      return db.select({ code: agencies.code, name: agencies.name, country: agencies.country }).from(agencies).orderBy(agencies.code);
    },
  };
}

export type AgencyRepository = ReturnType<typeof createAgencyRepository>;
