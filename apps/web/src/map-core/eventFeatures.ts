import type { Feature, Point } from 'geojson';
import type { IntelEvent } from '@tidewatch/contracts';
import { kindColor } from '../theme/kinds.ts';

/** Only what the style and hit-testing need; the rest is looked up in the store by id. */
export interface EventFeatureProps {
  id: string;
  seq: number;
  kind: string;
  color: string;
  severity: number;
}

export type EventFeature = Feature<Point, EventFeatureProps>;

export function toEventFeature(event: IntelEvent): EventFeature | null {
  if (!event.position) return null;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [event.position.lon, event.position.lat] },
    properties: {
      id: event.id,
      seq: event.seq,
      kind: event.kind,
      color: kindColor(event.kind),
      severity: event.severity,
    },
  };
}

export function toEventFeatures(events: readonly IntelEvent[]): EventFeature[] {
  const features: EventFeature[] = [];
  for (const event of events) {
    const f = toEventFeature(event);
    if (f) features.push(f);
  }
  return features;
}
