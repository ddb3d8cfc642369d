import { type IntlShape, useIntl } from 'react-intl';
import { useNow } from '../live/useNow.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

// A 24-hour clock in every language: operations centres read time that way.
const TIME = { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' } as const;

function zoneName(intl: IntlShape, now: number, fallback: string): string {
  return (
    intl.formatDateToParts(now, { timeZoneName: 'short' }).find((p) => p.type === 'timeZoneName')?.value ?? fallback
  );
}

/** UTC is the operational reference across islands and agencies; local time is what the room lives by. */
export function Clocks() {
  const now = useNow();
  const intl = useIntl();
  const t = useT(translations);
  return (
    <div className="clocks">
      <div className="clock">
        <span className="clock__zone">{t('utc')}</span>
        <span className="clock__time tabular" data-testid="clock-utc">
          {intl.formatTime(now, { ...TIME, timeZone: 'UTC' })}
        </span>
        <span className="clock__sub">
          {intl.formatDate(now, { timeZone: 'UTC', weekday: 'short', day: '2-digit', month: 'short' })}
        </span>
      </div>
      <div className="clock clock--local">
        <span className="clock__zone">{t('local')}</span>
        <span className="clock__time tabular">{intl.formatTime(now, TIME)}</span>
        <span className="clock__sub">{zoneName(intl, now, t('local'))}</span>
      </div>
    </div>
  );
}
