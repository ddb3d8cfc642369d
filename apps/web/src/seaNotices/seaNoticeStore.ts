import type { SeaNotices } from '@tidewatch/contracts';
import { onSessionEnd } from '../session/lifecycle.ts';

type Listener = () => void;

/** The sea notices the map draws: filled from the query cache by useSeaNotices, read by the map overlay. */
class SeaNoticeStore {
  private state: SeaNotices | null = null;
  private readonly listeners = new Set<Listener>();

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SeaNotices | null => this.state;

  set(notices: SeaNotices | null): void {
    if (notices === this.state) return;
    this.state = notices;
    for (const l of this.listeners) l();
  }
}

export const seaNoticeStore = new SeaNoticeStore();
onSessionEnd(() => seaNoticeStore.set(null));
