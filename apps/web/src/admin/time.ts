import { useCallback } from 'react';
import { useIntl } from 'react-intl';

/**
 * An instant as the admin screens show it: to the second, in UTC (operations across several islands agree on
 * UTC), in the reader's language's order and digits, with the zone named. What cannot be read is shown as given.
 */
export function useUtcTime(): (iso: string) => string {
  const intl = useIntl();
  return useCallback(
    (iso: string) => {
      const at = new Date(iso);
      if (Number.isNaN(at.getTime())) return iso;
      return intl.formatDate(at, {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
        timeZone: 'UTC',
        timeZoneName: 'short',
      });
    },
    [intl],
  );
}
