import { listAgencies } from './api.ts';
import { useList } from './useList.ts';

/** The labelled agency picker the admin forms share; it loads the agency list itself. */
export function AgencySelect({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const agencies = useList('agencies', listAgencies);
  return (
    <label className="field">
      <span className="field__label">Agency</span>
      <select className="select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        {agencies.items.map((a) => (
          <option key={a.code} value={a.code}>
            {a.code}
          </option>
        ))}
      </select>
    </label>
  );
}
