import type { VesselCard } from '@tidewatch/contracts';
import { Field, Section } from '../theme/Field.tsx';
import { formatAge } from '../theme/format.ts';
import { weatherRows } from '../seaNotices/index.ts';

/**
 * What AIS binary messages add to a vessel card: the persons on board the ship last reported, and the weather
 * at sea from the nearest station that broadcast recently (its distance and age said, since it is not the
 * ship's own reading).
 */
export function SeaSection({ card, now }: { card: VesselCard; now: number }) {
  const pob = card.personsOnBoard;
  const w = card.weatherNearby;
  return (
    <Section title="On board and at sea">
      <Field label="On board">
        {pob ? (
          <span data-testid="persons-on-board">
            <strong className="tabular">{pob.count}</strong> persons
            <span className="detail__muted"> · reported {formatAge(now - Date.parse(pob.reportedAt))}</span>
          </span>
        ) : (
          <span className="detail__muted">not reported</span>
        )}
      </Field>
      {w ? (
        <>
          {weatherRows(w).map(([label, value]) => (
            <Field key={label} label={label}>
              <span className="tabular">{value}</span>
            </Field>
          ))}
          <Field label="Weather source">
            <span className="detail__muted" data-testid="weather-source">
              station {w.stationMmsi}, {w.distanceNm.toFixed(1)} NM away, {formatAge(now - Date.parse(w.observedAt))}
            </span>
          </Field>
        </>
      ) : (
        <Field label="Weather">
          <span className="detail__muted">no station within 50 NM</span>
        </Field>
      )}
    </Section>
  );
}
