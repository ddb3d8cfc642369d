import type { IntelEvent } from '@tidewatch/contracts';
import { toEventFeature, type EventFeature, type EventFeatureProps } from '../map-core/index.ts';

/** Property set (to 1) on an event feature while its "just arrived" ring shows. */
export const FRESH_PROPERTY = 'fresh';

type FreshProps = EventFeatureProps & { [FRESH_PROPERTY]?: 1 };
export type SourceEventFeature = EventFeature & { properties: FreshProps };

/** The subset of MapLibre's GeoJSONSourceDiff this binding sends; the three lists never share an id. */
export interface EventSourceUpdate {
  add: SourceEventFeature[];
  remove: string[];
  update: { id: string; removeProperties: string[] }[];
}

export interface EventChanges {
  readonly added: readonly IntelEvent[];
  readonly removedIds: readonly string[];
}

/**
 * The pending change to the map's event source, folded so an id is added, removed or un-ringed, never two of
 * these at once. The "fresh" ring is a feature property rather than MapLibre feature state on purpose:
 * MapLibre never forgets a feature-state entry (removeFeatureState leaves an empty object behind for that id),
 * so on a wall that sees every event id once, feature state grows by one entry per event, forever. A property
 * goes with its feature when the event is evicted, so everything here stays bounded by the events held.
 */
export class EventSourceDiff {
  private readonly pendingAdd = new Map<string, SourceEventFeature>();
  private readonly pendingRemove = new Set<string>();
  private readonly pendingUnfresh = new Set<string>();
  /** id -> client-clock ms when its ring goes; only events that are ringed now. */
  private readonly freshUntil = new Map<string, number>();

  constructor(private readonly freshMs: number) {}

  /** Events whose ring is showing or pending: never more than the events held. */
  get ringed(): number {
    return this.freshUntil.size;
  }

  hasPending(): boolean {
    return this.pendingAdd.size > 0 || this.pendingRemove.size > 0 || this.pendingUnfresh.size > 0;
  }

  /** Folds one store delta in. `arrivals` says which events came live (and when): those get the ring. */
  apply(delta: EventChanges, arrivals: ReadonlyMap<string, number>, now: number): void {
    for (const id of delta.removedIds) this.remove(id);
    for (const event of delta.added) {
      const base = toEventFeature(event);
      if (!base) {
        this.remove(event.id); // a revision may have lost its position
        continue;
      }
      const arrivedAt = arrivals.get(event.id);
      if (arrivedAt !== undefined && now - arrivedAt < this.freshMs) {
        this.freshUntil.set(event.id, Math.max(this.freshUntil.get(event.id) ?? 0, arrivedAt + this.freshMs));
      }
      // A revision of a ringed event keeps its ring until the ring's own time is up.
      const until = this.freshUntil.get(event.id);
      const fresh = until !== undefined && until > now;
      if (!fresh) this.freshUntil.delete(event.id);
      this.pendingRemove.delete(event.id);
      this.pendingUnfresh.delete(event.id);
      this.pendingAdd.set(event.id, fresh ? withFresh(base) : base);
    }
  }

  /** Takes the ring off every event whose time is up (the caller sweeps about once a second). */
  expire(now: number): void {
    for (const [id, until] of this.freshUntil) {
      if (until > now) continue;
      this.freshUntil.delete(id);
      const queued = this.pendingAdd.get(id);
      if (queued) this.pendingAdd.set(id, withoutFresh(queued));
      else this.pendingUnfresh.add(id);
    }
  }

  /** The folded change since the last call, or null when there is none. */
  take(): EventSourceUpdate | null {
    if (!this.hasPending()) return null;
    const update: EventSourceUpdate = {
      add: [...this.pendingAdd.values()],
      remove: [...this.pendingRemove],
      update: [...this.pendingUnfresh].map((id) => ({ id, removeProperties: [FRESH_PROPERTY] })),
    };
    this.pendingAdd.clear();
    this.pendingRemove.clear();
    this.pendingUnfresh.clear();
    return update;
  }

  private remove(id: string): void {
    this.pendingAdd.delete(id);
    this.pendingUnfresh.delete(id);
    this.freshUntil.delete(id);
    this.pendingRemove.add(id);
  }
}

function withFresh(feature: SourceEventFeature): SourceEventFeature {
  return { ...feature, properties: { ...feature.properties, [FRESH_PROPERTY]: 1 } };
}

function withoutFresh(feature: SourceEventFeature): SourceEventFeature {
  const { [FRESH_PROPERTY]: _dropped, ...properties } = feature.properties;
  return { ...feature, properties };
}
