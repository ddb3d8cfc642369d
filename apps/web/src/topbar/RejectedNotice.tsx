import { useLive } from '../live/useLive.ts';

/**
 * Shown only when events failed contract validation. A wall that silently stops showing events after a
 * server upgrade is worse than one that says why.
 */
export function RejectedNotice() {
  const rejected = useLive((s) => s.rejected);
  if (rejected === 0) return null;
  return (
    <div
      className="rejected"
      data-testid="rejected-events"
      title="Events that failed validation against this dashboard's contract were not shown. The dashboard and server versions may differ: reload, or check the server version."
    >
      ⚠ {rejected.toLocaleString('en-US')} rejected
    </div>
  );
}
