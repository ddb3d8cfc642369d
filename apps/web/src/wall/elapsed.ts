import { useCallback } from 'react';
import { useIntl } from 'react-intl';

type SpanUnit = 'second' | 'minute' | 'hour' | 'day';

/** A span in its largest whole unit, as a wall shows it: seconds, minutes, hours up to two days, then days. */
export function spanParts(ms: number): { value: number; unit: SpanUnit } {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return { value: seconds, unit: 'second' };
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { value: hours, unit: 'hour' };
  return { value: Math.floor(hours / 24), unit: 'day' };
}

/** "12 min", "12 min", "12 min" / "3 hr", "3 h", "3 h": the unit's short name in the wall's language. */
export function useSpan(): (ms: number) => string {
  const intl = useIntl();
  return useCallback(
    (ms: number) => {
      const { value, unit } = spanParts(ms);
      return intl.formatNumber(value, { style: 'unit', unit, unitDisplay: 'short' });
    },
    [intl],
  );
}
