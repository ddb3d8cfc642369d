import { can } from '../session/permissions.ts';
import type { Session } from '../session/types.ts';

/** `keptBy`: the owning agency, when the reason to show is that triage is theirs alone; null shows no reason. */
export type TriageAuthority = { may: true } | { may: false; keptBy: string | null };

/**
 * Whether this session may change the event's triage, mirroring the server (AUTH-10: the owning agency's
 * alone), and the reason to show when it may not. A role without triage rights gets no reason: the controls
 * are simply read-only there, as before.
 */
export function triageAuthority(session: Session, ownerAgency: string): TriageAuthority {
  if (!can(session, 'events:triage')) return { may: false, keptBy: null };
  if (session.kind === 'user' && session.user.agency !== ownerAgency) {
    return { may: false, keptBy: ownerAgency };
  }
  return { may: true };
}
