import type { TriageStatus } from '@tidewatch/contracts';
import type { TriageChange } from './api.ts';

export const STATUS_LABEL: Record<TriageStatus, string> = {
  new: 'New',
  triaged: 'Triaged',
  actioned: 'Actioned',
  closed: 'Closed',
};

/** Users of other agencies are not listable here, so an assignee is "you" or someone of the owning desk. */
export function assigneeLabel(assigneeId: string | null, myId: string | null): string {
  if (assigneeId === null) return 'Unassigned';
  if (assigneeId === myId) return 'You';
  return `Another user (${assigneeId.slice(0, 8)})`;
}

export function describeChange(change: TriageChange, myId: string | null): string {
  const parts: string[] = [];
  if (change.status !== undefined) parts.push(`status ${STATUS_LABEL[change.status]}`);
  if (change.assigneeId !== undefined)
    parts.push(
      change.assigneeId === null ? 'unassign' : `assign to ${assigneeLabel(change.assigneeId, myId).toLowerCase()}`,
    );
  return parts.join(', ');
}
