import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { unwrap } from '../data/index.ts';
import { watchActiveSocket } from '../live/activeSocket.ts';
import { listen } from '../live/messages.ts';
import { fetchTasks, fetchUnits } from './api.ts';
import { applyTask, applyUnit, invalidateOperations, TASKS_KEY, UNITS_KEY } from './opsCache.ts';

export function useUnits() {
  return useQuery({ queryKey: UNITS_KEY, queryFn: ({ signal }) => unwrap(fetchUnits(signal)) });
}

export function useTasks() {
  return useQuery({ queryKey: TASKS_KEY, queryFn: ({ signal }) => unwrap(fetchTasks(signal)) });
}

/**
 * Keeps units and tasks current: `unit:changed` and `task:changed` (parsed by the message router) update the
 * cached lists in place; a reconnect invalidates them, since anything may have changed meanwhile.
 */
export function useOperationsLive(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let detach: (() => void) | null = null;
    const stale = (): void => void invalidateOperations(queryClient);
    const unwatch = watchActiveSocket((socket) => {
      detach?.();
      detach = null;
      if (!socket) return;
      const stopUnit = listen(socket, 'unit:changed', (msg) => applyUnit(queryClient, msg.unit));
      const stopTask = listen(socket, 'task:changed', (msg) => applyTask(queryClient, msg.task));
      socket.on('connect', stale);
      detach = () => {
        stopUnit();
        stopTask();
        socket.off('connect', stale);
      };
    });
    return () => {
      unwatch();
      detach?.();
    };
  }, [queryClient]);
}
