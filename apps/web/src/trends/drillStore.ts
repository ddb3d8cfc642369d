import type { IntelEvent, TrendBucket } from '@tidewatch/contracts';
import { fetchDrillDown, type DrillTarget, type TrendFilters } from './api.ts';
import type { PresetId } from './filters.ts';
import { onSessionEnd } from '../session/lifecycle.ts';

/** The trend question a drill-down came from, so the trends screen reopens on it. */
export interface DrillQuestion {
  filters: TrendFilters;
  bucket: TrendBucket;
  preset: PresetId;
}

export interface DrillState {
  question: DrillQuestion | null;
  target: DrillTarget | null;
  /** The seizures behind the bar, newest first, as the server released them to this viewer. */
  items: readonly IntelEvent[];
  nextCursor: string | null;
  loading: boolean;
  error: string | null;
  /** Bumped when a new set is chosen, to ask the map to fit it. */
  fitNonce: number;
}

/** Large pages: the feed and the map show the whole set, not the first screenful. */
const PAGE = 500;

const EMPTY: Omit<DrillState, 'fitNonce'> = {
  question: null,
  target: null,
  items: [],
  nextCursor: null,
  loading: false,
  error: null,
};

/**
 * The drill-down set chosen on the trends screen, shared by the trends list, the live feed and the map until
 * dismissed (module state: one dashboard per page). Fetches itself so all three show the same seizures.
 */
class DrillStore {
  private state: DrillState = { ...EMPTY, fitNonce: 0 };
  private readonly listeners = new Set<() => void>();
  private abort: AbortController | null = null;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DrillState => this.state;

  private set(patch: Partial<DrillState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  select(question: DrillQuestion, target: DrillTarget): void {
    this.set({ ...EMPTY, question, target, loading: true });
    void this.load(question.filters, target, null);
  }

  more(): void {
    const { question, target, nextCursor, loading } = this.state;
    if (!question || !target || nextCursor === null || loading) return;
    this.set({ loading: true });
    void this.load(question.filters, target, nextCursor);
  }

  clear(): void {
    this.abort?.abort();
    this.abort = null;
    if (this.state.target === null) return;
    this.set({ ...EMPTY });
  }

  private async load(filters: TrendFilters, target: DrillTarget, cursor: string | null): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const res = await fetchDrillDown(filters, target, cursor, PAGE, abort.signal).catch(() => null);
    if (abort.signal.aborted || res === null) return;
    if (!res.ok) {
      this.set({ loading: false, error: res.message });
      return;
    }
    const items = cursor === null ? res.data.items : [...this.state.items, ...res.data.items];
    this.set({
      items,
      nextCursor: res.data.nextCursor,
      loading: false,
      error: null,
      fitNonce: cursor === null ? this.state.fitNonce + 1 : this.state.fitNonce,
    });
  }
}

export const drillStore = new DrillStore();
onSessionEnd(() => drillStore.clear());
