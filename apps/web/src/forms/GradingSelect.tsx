import type { Grading } from '@tidewatch/contracts';

import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
const CREDIBILITY = [1, 2, 3, 4, 5, 6] as const;

interface Props {
  value: Grading | null;
  onChange: (value: Grading | null) => void;
  id: string;
}

/** Admiralty grading as one select ("B2"); "Ungraded" is allowed. */
export function GradingSelect({ value, onChange, id }: Props) {
  const t = useT(translations);
  const code = value ? `${value.reliability}${value.credibility}` : '';
  const onSelect = (next: string): void => {
    const reliability = RELIABILITY.find((r) => r === next.charAt(0));
    const credibility = CREDIBILITY.find((c) => String(c) === next.charAt(1));
    onChange(reliability && credibility ? { reliability, credibility } : null);
  };
  return (
    <select id={id} className="select" value={code} onChange={(e) => onSelect(e.target.value)}>
      <option value="">{t('ungraded')}</option>
      {RELIABILITY.map((r) => (
        <optgroup key={r} label={t('sourceGroup', { reliability: r })}>
          {CREDIBILITY.map((c) => (
            <option key={c} value={`${r}${c}`}>
              {r}
              {c}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
