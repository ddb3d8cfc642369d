import type { VesselCard } from '@tidewatch/contracts';
import { Field, Section } from '../theme/Field.tsx';
import { formatAge } from '../theme/format.ts';
import { weatherRows } from '../seaNotices/index.ts';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';

/**
 * What AIS binary messages add to a vessel card: the persons on board the ship last reported, and the weather
 * at sea from the nearest station that broadcast recently (its distance and age said, since it is not the
 * ship's own reading).
 */
export function SeaSection({ card, now }: { card: VesselCard; now: number }) {
  const t = useT(translations);
  const pob = card.personsOnBoard;
  const w = card.weatherNearby;
  return (
    <Section title={t('onBoardAtSea')}>
      <Field label={t('onBoard')}>
        {pob ? (
          <span data-testid="persons-on-board">
            <strong className="tabular">{pob.count}</strong> {t('persons', { count: pob.count })}
            <span className="detail__muted">{t('reported', { age: formatAge(now - Date.parse(pob.reportedAt)) })}</span>
          </span>
        ) : (
          <span className="detail__muted">{t('notReported')}</span>
        )}
      </Field>
      {w ? (
        <>
          {weatherRows(w).map(([label, value]) => (
            <Field key={label} label={label}>
              <span className="tabular">{value}</span>
            </Field>
          ))}
          <Field label={t('weatherSource')}>
            <span className="detail__muted" data-testid="weather-source">
              {t('station', {
                mmsi: w.stationMmsi,
                distance: w.distanceNm,
                age: formatAge(now - Date.parse(w.observedAt)),
              })}
            </span>
          </Field>
        </>
      ) : (
        <Field label={t('weather')}>
          <span className="detail__muted">{t('noStation')}</span>
        </Field>
      )}
    </Section>
  );
}
