import type { AgencyRepository } from '@tidewatch/db';

/**
 * Every ingest checks that the agencies it names exist. Agencies are few and almost never change, so codes
 * seen once are remembered and only unseen codes go to the database (which still finds an agency that
 * another node created a moment ago).
 */
export function withKnownAgencyCache(repo: AgencyRepository): AgencyRepository {
  const known = new Set<string>();
  return {
    ...repo,
    async existing(codes) {
      const unseen = codes.filter((code) => !known.has(code));
      if (unseen.length > 0) for (const code of await repo.existing(unseen)) known.add(code);
      return codes.filter((code) => known.has(code));
    },
    async upsertMany(records) {
      await repo.upsertMany(records);
      for (const r of records) known.add(r.code);
    },
  };
}
