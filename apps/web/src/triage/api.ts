import { IntelEvent, type TriageStatus } from '@tidewatch/contracts';
import { request } from '../api/http.ts';

export interface TriageChange {
  status?: TriageStatus;
  assigneeId?: string | null;
}

function parseEvent(raw: unknown): IntelEvent | null {
  const result = IntelEvent.safeParse(raw);
  return result.success ? result.data : null;
}

export const triageEvent = (id: string, change: TriageChange, baseVersion: number) =>
  request('PATCH', `/api/v1/events/${encodeURIComponent(id)}/triage`, {
    body: { ...change, baseVersion },
    parse: parseEvent,
  });

/** The server's current event carried by a 409 (`detail.current`). */
export function currentFromConflict(detail: unknown): IntelEvent | null {
  return typeof detail === 'object' && detail !== null && 'current' in detail ? parseEvent(detail.current) : null;
}
