import type { EventKind } from '@tidewatch/contracts';
import { KIND_COLORS, kindColorOf } from '@tidewatch/contracts/theme-tokens';

// Kinds' names are words of the domain vocabulary (vocabulary.ts, translated); their colours are theme tokens,
// shared by map circles, legend and feed chips.
export { kindLabel } from './vocabulary.ts';

export const KNOWN_KIND_ORDER = Object.keys(KIND_COLORS);

export function kindColor(kind: EventKind): string {
  return kindColorOf(kind);
}
