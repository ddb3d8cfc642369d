import { useLive } from '../live/useLive.ts';

/** Releasability filters what each agency sees, so the wall says whose picture it is showing. */
export function AgencyView() {
  const agency = useLive((s) => s.agency);
  if (agency === null) return null;
  return (
    <div className="agency" title="Events are filtered by TLP and releasability for this agency">
      Viewing as <strong>{agency}</strong>
    </div>
  );
}
