/**
 * An independent statement of SPEC.md REL-1..REL-4 for tests, written as a table from the spec rather than
 * from the implementation, so a bug in canRead or in its SQL form cannot hide behind itself.
 */
export interface OracleItem {
  owner: string;
  tlp: 'CLEAR' | 'GREEN' | 'AMBER' | 'AMBER+STRICT' | 'RED';
  recipients: readonly string[];
  groups: readonly string[];
}

export function oracleMayRead(
  viewer: string,
  memberOf: ReadonlyMap<string, readonly string[]>,
  item: OracleItem,
): boolean {
  const viaGroup = item.groups.some((g) => (memberOf.get(g) ?? []).includes(viewer));
  const named = item.recipients.includes(viewer);
  const table: Record<OracleItem['tlp'], boolean> = {
    CLEAR: true,
    GREEN: true,
    AMBER: named || viaGroup,
    'AMBER+STRICT': named || viaGroup,
    RED: named,
  };
  return viewer === item.owner || table[item.tlp];
}
