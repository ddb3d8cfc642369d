import type { StixImportCounts, StixImportOutcome, StixObjectOutcome } from '@tidewatch/contracts';

/** How each outcome reads on screen, in the order the preview lists the counts. */
export const OUTCOME_LABELS: ReadonlyArray<{ outcome: StixImportOutcome; label: string; tone: string }> = [
  { outcome: 'created', label: 'new events', tone: 'ok' },
  { outcome: 'updated', label: 'updated', tone: 'ok' },
  { outcome: 'kept-as-other', label: 'kept as other STIX objects', tone: 'accent' },
  { outcome: 'unchanged', label: 'already here', tone: 'muted' },
  { outcome: 'refused', label: 'refused', tone: 'bad' },
  { outcome: 'skipped', label: 'skipped', tone: 'warn' },
  { outcome: 'reference', label: 'definitions and markings', tone: 'muted' },
];

/** Objects an import would write: the confirm button says how many. */
export function writes(counts: StixImportCounts): number {
  return counts.created + counts.updated + counts['kept-as-other'];
}

/** What an object becomes, or why not, in words. */
export function describeOutcome(o: StixObjectOutcome): string {
  switch (o.outcome) {
    case 'created':
      return 'becomes an event of your agency';
    case 'updated':
      return o.becomes?.kind === 'event' ? 'changes the triage of your event' : 'replaces the kept object';
    case 'unchanged':
      return 'already held at this version';
    case 'kept-as-other':
      return 'kept verbatim as another STIX object';
    case 'reference':
      return 'marking or definition, nothing to store';
    case 'refused':
    case 'skipped':
      return `${o.field ? `${o.field}: ` : ''}${o.reason ?? ''}`;
  }
}
