import type { Releasability, Tlp } from '@tidewatch/contracts';

/** Anything a note can hang on that carries releasability: an event, a consignment, a watchlist. */
export interface ReleasedTarget {
  ownerAgency: string;
  releasability: { tlp: Tlp; recipients: readonly string[]; sharingGroups: readonly string[] };
}

/**
 * What the server gives a note when none is chosen (REL-7): exactly the event's readers. The chooser starts
 * from this, so narrowing it is easy and widening it is visible.
 */
export function releasabilityOfTarget(target: ReleasedTarget | null, ownAgency: string): Releasability {
  if (!target) return { tlp: 'GREEN', recipients: [], sharingGroups: [] };
  const r = target.releasability;
  const recipients = [...new Set([target.ownerAgency, ...r.recipients])].filter((a) => a !== ownAgency);
  return { tlp: r.tlp, recipients, sharingGroups: r.tlp === 'RED' ? [] : [...r.sharingGroups] };
}
