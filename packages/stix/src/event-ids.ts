import { deriveStixId } from './ids.ts';
import { stixIdOf } from './kinds.ts';

/**
 * Every STIX id an event's objects can carry (its incident, and the location and located-at relationship it has
 * when it names a place): what a TAXII server indexes so that `match[id]` finds an event without exporting it.
 */
export function eventStixIds(eventId: string): string[] {
  return [
    stixIdOf('event', eventId),
    deriveStixId('location', 'event-location', eventId),
    deriveStixId('relationship', 'event-located-at', eventId),
  ];
}
