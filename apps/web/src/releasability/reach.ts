import type { Releasability } from '@tidewatch/contracts';
import type { SharingGroup } from './directory.ts';

/**
 * Which agencies a releasability reaches (REL-2..4), for the chooser's summary line. Mirrors the server's
 * policy for display only; the server decides. null means the whole community (CLEAR, GREEN).
 */
export function reachOf(value: Releasability, owner: string, groups: readonly SharingGroup[]): string[] | null {
  if (value.tlp === 'CLEAR' || value.tlp === 'GREEN') return null;
  const reach = new Set([owner, ...value.recipients]);
  if (value.tlp !== 'RED') {
    for (const code of value.sharingGroups) {
      const group = groups.find((g) => g.code === code && g.revokedAt === null);
      for (const member of group?.members ?? []) reach.add(member);
    }
  }
  return [...reach].sort();
}

/** Default for new events: AMBER to the agreements the user's agency belongs to (own agency only if none). */
export function defaultReleasability(myGroups: readonly string[]): Releasability {
  return { tlp: 'AMBER', recipients: [], sharingGroups: [...myGroups] };
}
