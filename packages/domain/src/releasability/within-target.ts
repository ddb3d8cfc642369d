import type { Tlp } from '@tidewatch/contracts';
import { stricterTlp, type Releasable } from './policy.ts';

export interface ReleaseIssue {
  path: string;
  message: string;
}

/**
 * REL-5, REL-7, REL-11: what keeps a child item (a note) from reaching anyone its parent does not. Its label
 * is the parent's or stricter, and under a restricted parent it names only agencies the parent names (owner
 * or recipient) and only groups the parent names. An agency that reads the parent through a group is not
 * enough for a name: membership is judged at read time, and a note naming it would outlive its leaving.
 */
export function releaseIssuesWithin(
  child: { tlp: Tlp; recipients: readonly string[]; sharingGroups: readonly string[] },
  parent: Releasable,
  prefix = 'releasability',
): ReleaseIssue[] {
  const issues: ReleaseIssue[] = [];
  if (stricterTlp(child.tlp, parent.tlp) !== child.tlp) {
    issues.push({
      path: `${prefix}.tlp`,
      message: `what this is on is TLP:${parent.tlp}; label it TLP:${parent.tlp} or stricter`,
    });
  }
  if (parent.tlp === 'CLEAR' || parent.tlp === 'GREEN') return issues;
  const named = new Set([parent.ownerAgency, ...parent.recipients]);
  child.recipients.forEach((code, i) => {
    if (!named.has(code))
      issues.push({
        path: `${prefix}.recipients.${i}`,
        message: `${code} is neither the owner nor a named recipient of what this is on`,
      });
  });
  const groups = new Set(parent.tlp === 'RED' ? [] : parent.sharingGroups);
  child.sharingGroups.forEach((code, i) => {
    if (!groups.has(code))
      issues.push({
        path: `${prefix}.sharingGroups.${i}`,
        message: `what this is on is not released to sharing group ${code}`,
      });
  });
  return issues;
}
