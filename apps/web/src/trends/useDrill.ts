import { useSyncExternalStore } from 'react';
import { drillStore, type DrillState } from './drillStore.ts';

export function useDrill(): DrillState {
  return useSyncExternalStore(drillStore.subscribe, drillStore.getSnapshot);
}
