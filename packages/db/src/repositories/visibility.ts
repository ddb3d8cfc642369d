import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

export interface ViewerScope {
  agency: string;
  groups: readonly string[];
}

interface ReleasableColumns {
  ownerAgency: AnyPgColumn;
  tlp: AnyPgColumn;
  recipients: AnyPgColumn;
  sharingGroups: AnyPgColumn;
}

/**
 * SQL form of canRead (packages/domain/src/releasability/policy.ts, SPEC.md REL-1..REL-4). A property test
 * runs both over thousands of random releasabilities and requires the same answer.
 */
export function visibleTo(viewer: ViewerScope, t: ReleasableColumns): SQL {
  const groups = sql`ARRAY[${sql.join(viewer.groups.length > 0 ? viewer.groups.map((g) => sql`${g}`) : [sql`NULL`], sql`, `)}]::text[]`;
  return sql`(${t.ownerAgency} = ${viewer.agency}
    OR ${t.tlp} IN ('CLEAR', 'GREEN')
    OR (${t.tlp} IN ('AMBER', 'AMBER+STRICT') AND (${viewer.agency} = ANY(${t.recipients}) OR ${t.sharingGroups} && ${groups}))
    OR (${t.tlp} = 'RED' AND ${viewer.agency} = ANY(${t.recipients})))`;
}
