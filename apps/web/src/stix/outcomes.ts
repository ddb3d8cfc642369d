import type { StixImportCounts, StixImportOutcome, StixObjectOutcome } from '@tidewatch/contracts';
import { translate } from '../i18n/index.ts';
import { translations } from './translations.ts';

/** How each outcome reads on screen (its count message `outcome_<outcome>`), in the order the preview lists them. */
export const OUTCOME_LABELS: ReadonlyArray<{ outcome: StixImportOutcome; tone: string }> = [
  { outcome: 'created', tone: 'ok' },
  { outcome: 'updated', tone: 'ok' },
  { outcome: 'kept-as-other', tone: 'accent' },
  { outcome: 'unchanged', tone: 'muted' },
  { outcome: 'refused', tone: 'bad' },
  { outcome: 'skipped', tone: 'warn' },
  { outcome: 'reference', tone: 'muted' },
];

/** Objects an import would write: the confirm button says how many. */
export function writes(counts: StixImportCounts): number {
  return counts.created + counts.updated + counts['kept-as-other'];
}

/** What an object becomes, or why not, in words (the reason is the server's, about the object's own fields). */
export function describeOutcome(o: StixObjectOutcome): string {
  switch (o.outcome) {
    case 'created':
      return translate(translations, 'becomes_created');
    case 'updated':
      return translate(translations, o.becomes?.kind === 'event' ? 'becomes_updatedEvent' : 'becomes_updatedOther');
    case 'unchanged':
      return translate(translations, 'becomes_unchanged');
    case 'kept-as-other':
      return translate(translations, 'becomes_kept-as-other');
    case 'reference':
      return translate(translations, 'becomes_reference');
    case 'refused':
    case 'skipped':
      return o.field
        ? translate(translations, 'fieldReason', { field: o.field, reason: o.reason ?? '' })
        : (o.reason ?? '');
  }
}
