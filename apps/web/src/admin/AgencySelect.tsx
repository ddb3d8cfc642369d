import { listAgencies } from './api.ts';
import { useList } from './useList.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

/** The labelled agency picker the admin forms share; it loads the agency list itself. */
export function AgencySelect({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const t = useT(translations);
  const agencies = useList('agencies', listAgencies);
  return (
    <label className="field">
      <span className="field__label">{t('agency')}</span>
      <select className="select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('choose')}</option>
        {agencies.items.map((a) => (
          <option key={a.code} value={a.code}>
            {a.code}
          </option>
        ))}
      </select>
    </label>
  );
}
