import { canRead, type Releasable, type Viewer } from '../releasability/policy.ts';

/**
 * SPEC OPSU-6: a task is read by whoever may read both its unit and its target, and by nobody else, the two
 * agencies concerned included. A task shows where the unit is going and why, so it discloses both; being a
 * party grants nothing extra. Creating a task requires that both agencies read both (OPSU-4), so at creation
 * both parties read it; a later revocation (REL-10) takes it away from a party as from anyone.
 */
export function canReadTask(viewer: Viewer, task: { unit: Releasable; target: Releasable }): boolean {
  return canRead(viewer, task.unit) && canRead(viewer, task.target);
}
