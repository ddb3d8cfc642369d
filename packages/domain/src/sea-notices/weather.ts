import type { MetHydro236, MetHydro289 } from '@tidewatch/ais';
import type { WeatherObservation } from '@tidewatch/contracts';
import { placePartialTime } from './partial-time.ts';

/** Positions of IMO 236/289 applications are in 1/1000 minute. */
const MIN_1000 = 60_000;

/** raw in [min, max] scaled as (raw + offset) / div, else null ("not available" or out of range). */
function inRange(raw: number, min: number, max: number, offset = 0, div = 1): number | null {
  return raw < min || raw > max ? null : (raw + offset) / div;
}

const round1 = (v: number | null): number | null => (v === null ? null : Math.round(v * 10) / 10);

/**
 * A met-hydro broadcast in natural units (knots, degrees, degC, hPa, NM, metres), each "not available"
 * code and out-of-range value as null. Null when the station gave no usable position.
 */
export function weatherObservation(
  stationMmsi: number,
  m: MetHydro236 | MetHydro289,
  receivedAtMs: number,
): WeatherObservation | null {
  const lat = m.lat / MIN_1000;
  const lon = m.lon / MIN_1000;
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return null;
  const imo289 = m.kind === 'met-hydro-289';
  const observedAt = placePartialTime({ month: null, day: m.day, hour: m.hour, minute: m.minute }, receivedAtMs);
  return {
    stationMmsi,
    lat,
    lon,
    observedAt: new Date(observedAt).toISOString(),
    receivedAt: new Date(receivedAtMs).toISOString(),
    windSpeedKn: inRange(m.wspeed, 0, 126),
    windGustKn: inRange(m.wgust, 0, 126),
    windDirectionDeg: inRange(m.wdir, 0, 359),
    airTemperatureC: round1(imo289 ? inRange(m.airtemp, -600, 600, 0, 10) : inRange(m.airtemp, 0, 1200, -600, 10)),
    pressureHpa: imo289 ? inRange(m.pressure, 0, 403, 799) : inRange(m.pressure, 0, 402, 800),
    visibilityNm: round1(imo289 ? inRange(m.visibility, 0, 126, 0, 10) : inRange(m.visibility, 0, 250, 0, 10)),
    visibilityMore: imo289 && m.visgreater,
    waveHeightM: round1(inRange(m.waveheight, 0, 250, 0, 10)),
    wavePeriodS: inRange(m.waveperiod, 0, 60),
    waveDirectionDeg: inRange(m.wavedir, 0, 359),
    swellHeightM: round1(inRange(m.swellheight, 0, 250, 0, 10)),
    seaState: inRange(m.seastate, 0, 12),
    waterTemperatureC: round1(imo289 ? inRange(m.watertemp, -100, 500, 0, 10) : inRange(m.watertemp, 0, 600, -100, 10)),
  };
}
