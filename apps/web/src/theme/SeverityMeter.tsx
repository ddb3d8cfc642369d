import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

const LEVELS = [1, 2, 3, 4, 5] as const;

/** Five pips plus the digit: the count reads at a glance, the digit survives a glare-washed wall screen. */
export function SeverityMeter({ severity }: { severity: number }) {
  const t = useT(translations);
  return (
    <span className="severity" data-severity={severity} title={t('severityOf', { severity })}>
      <span className="severity__pips" aria-hidden="true">
        {LEVELS.map((level) => (
          <span key={level} className="severity__pip" data-on={level <= severity} />
        ))}
      </span>
      <span className="severity__value tabular">
        <span className="visually-hidden">{t('severity')} </span>
        {severity}
      </span>
    </span>
  );
}
