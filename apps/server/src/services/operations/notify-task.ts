import type { Task } from '@tidewatch/contracts';
import type { UnitRow, UnitTaskRow } from '@tidewatch/db';
import type { RequestContext } from '../context.ts';
import type { OperationsServices } from './ops-services.ts';
import { targetReleasable, toTask } from './task-view.ts';
import { unitReleasable } from './unit-view.ts';

/** The task as answered, and after commit as sent to every socket that may read it (OPSU-6). */
export function notifyTask(tx: RequestContext, ops: OperationsServices, row: UnitTaskRow, unit: UnitRow): Task {
  const task = toTask(row, unit, ops, tx.clock.now().getTime());
  const parts = { unit: unitReleasable(unit), target: targetReleasable(row) };
  tx.unit?.outbox.afterCommit('task changed', () => {
    ops.notifier.taskChanged(task, parts);
    ops.notifier.tasksChanged();
  });
  return task;
}
