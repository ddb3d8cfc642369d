import type { Consignment } from '@tidewatch/contracts';
import { onSessionEnd } from '../session/lifecycle.ts';

export interface CargoState {
  /** Arcs drawn on the map. */
  visible: boolean;
  /** What the cargo panel last loaded (its filters applied), highest risk first. */
  consignments: readonly Consignment[];
  selectedId: string | null;
  /** Bumped to ask the map to fit the selected consignment's route. */
  focusNonce: number;
}

type Listener = () => void;

function byRisk(a: Consignment, b: Consignment): number {
  return b.risk.score - a.risk.score || a.billOfLading.localeCompare(b.billOfLading);
}

/** Cargo shared between the panel and the map's arc layer (module state: one dashboard per page). */
class CargoStore {
  private state: CargoState = { visible: true, consignments: [], selectedId: null, focusNonce: 0 };
  private readonly listeners = new Set<Listener>();

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): CargoState => this.state;

  private set(patch: Partial<CargoState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  setConsignments(list: readonly Consignment[]): void {
    this.set({ consignments: [...list].sort(byRisk) });
  }

  /** A consignment changed live: replaced if held (the panel's filters decide whether new ones appear). */
  upsert(c: Consignment): void {
    const list = this.state.consignments;
    if (!list.some((x) => x.id === c.id)) return;
    this.set({ consignments: list.map((x) => (x.id === c.id ? c : x)).sort(byRisk) });
  }

  setVisible(visible: boolean): void {
    this.set({ visible });
  }

  select(id: string | null, focus = false): void {
    this.set({ selectedId: id, focusNonce: focus ? this.state.focusNonce + 1 : this.state.focusNonce });
  }

  reset(): void {
    this.state = { visible: true, consignments: [], selectedId: null, focusNonce: 0 };
    for (const l of this.listeners) l();
  }
}

export const cargoStore = new CargoStore();
onSessionEnd(() => cargoStore.reset());
