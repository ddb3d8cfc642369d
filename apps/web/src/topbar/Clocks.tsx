import { useNow } from '../live/useNow.ts';

const utcTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const utcDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: '2-digit', month: 'short' });
const localTime = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const localZone = new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short' });

function zoneName(now: number): string {
  return localZone.formatToParts(now).find((p) => p.type === 'timeZoneName')?.value ?? 'Local';
}

/** UTC is the operational reference across islands and agencies; local time is what the room lives by. */
export function Clocks() {
  const now = useNow();
  return (
    <div className="clocks">
      <div className="clock">
        <span className="clock__zone">UTC</span>
        <span className="clock__time tabular" data-testid="clock-utc">
          {utcTime.format(now)}
        </span>
        <span className="clock__sub">{utcDate.format(now)}</span>
      </div>
      <div className="clock clock--local">
        <span className="clock__zone">Local</span>
        <span className="clock__time tabular">{localTime.format(now)}</span>
        <span className="clock__sub">{zoneName(now)}</span>
      </div>
    </div>
  );
}
