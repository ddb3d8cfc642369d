import type { IntelEvent, Releasability } from '@tidewatch/contracts';

/**
 * What the server gives a note when none is chosen (REL-7): exactly the event's readers. The chooser starts
 * from this, so narrowing it is easy and widening it is visible.
 */
export function releasabilityOfTarget(event: IntelEvent | null, ownAgency: string): Releasability {
  if (!event) return { tlp: 'GREEN', recipients: [], sharingGroups: [] };
  const r = event.releasability;
  const recipients = [...new Set([event.ownerAgency, ...r.recipients])].filter((a) => a !== ownAgency);
  return { tlp: r.tlp, recipients, sharingGroups: r.tlp === 'RED' ? [] : r.sharingGroups };
}
