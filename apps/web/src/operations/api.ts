import { Task, Unit, type TaskInput, type TaskTransitionInput } from '@tidewatch/contracts';
import { parser } from '../api/guards.ts';
import { request } from '../api/http.ts';

const parseUnits = parser(Unit.array());
const parseTasks = parser(Task.array());
const parseTask = parser(Task);

export const fetchUnits = (signal?: AbortSignal) => request('GET', '/api/v1/units', { parse: parseUnits, signal });
export const fetchTasks = (signal?: AbortSignal) => request('GET', '/api/v1/tasks', { parse: parseTasks, signal });
export const createTask = (input: TaskInput) => request('POST', '/api/v1/tasks', { body: input, parse: parseTask });
export const moveTask = (id: string, input: TaskTransitionInput) =>
  request('POST', `/api/v1/tasks/${encodeURIComponent(id)}/state`, { body: input, parse: parseTask });
