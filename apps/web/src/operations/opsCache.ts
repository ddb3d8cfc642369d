import type { QueryClient } from '@tanstack/react-query';
import type { Task, Unit } from '@tidewatch/contracts';

/** Query keys of the operations feature (WEB-5): one list of units and one of tasks, both kept live. */
export const UNITS_KEY = ['ops', 'units'] as const;
export const TASKS_KEY = ['ops', 'tasks'] as const;

function upsert<T extends { id: string }>(list: readonly T[] | undefined, item: T): T[] | undefined {
  if (!list) return list;
  const i = list.findIndex((x) => x.id === item.id);
  if (i < 0) return [...list, item];
  const next = [...list];
  next[i] = item;
  return next;
}

/** A unit message replaces its unit in the cached list (or adds it); nothing is fetched. */
export function applyUnit(client: QueryClient, unit: Unit): void {
  client.setQueryData<Unit[]>(UNITS_KEY, (list) => upsert(list, unit));
}

/** A task message replaces its task (state, intercept) in the cached board, or adds a new one. */
export function applyTask(client: QueryClient, task: Task): void {
  client.setQueryData<Task[]>(TASKS_KEY, (list) => upsert(list, task));
}

export function invalidateOperations(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: ['ops'] });
}
