import { encodeAreaNotice, encodePersonsOnBoard, encodeWeather } from '@tidewatch/ais';
import type { Rng } from '../random.ts';
import type { TrafficKind } from './fleet.ts';

/** Coast stations of the simulated Caribbean (AIS base-station MMSIs: 00 + MID + 4 digits). */
const WEATHER_STATIONS = [
  { mmsi: 3_390_101, lat: 17.78, lon: -76.72, wind: 70 },
  { mmsi: 3_230_102, lat: 19.95, lon: -73.85, wind: 80 },
  { mmsi: 3_270_103, lat: 18.35, lon: -64.95, wind: 95 },
] as const;
const VTS_MMSI = 3_390_100;

/** Standing area notices a coastguard keeps on the air: a firing range and a fishery with nets in water. */
const AREA_NOTICES = [
  { linkage: 1, notice: 37, lat: 17.55, lon: -77.25, radiusM: 9000, text: 'NAVAL GUNNERY' },
  { linkage: 2, notice: 16, lat: 17.05, lon: -78.05, radiusM: 6000, text: 'PEDRO BANK NETS' },
] as const;

export const SHORE_INTERVAL_MS = 180_000;

/**
 * What shore stations broadcast every few minutes besides the ships' own reports: met-hydro observations
 * (IMO 289 FI 31, trade winds with some noise) and the standing area notices (IMO 289 FI 22), each in force
 * from the top of the previous hour for four hours, so one is always on the air.
 */
export function shoreBroadcasts(atMs: number, rng: Rng, channel: string): string[] {
  const out: string[] = [];
  const at = new Date(atMs);
  for (const s of WEATHER_STATIONS) {
    const wind = Math.round(rng.float(12, 24));
    out.push(
      ...encodeWeather(
        {
          mmsi: s.mmsi,
          lat: s.lat,
          lon: s.lon,
          observedAt: at,
          windSpeedKn: wind,
          windGustKn: wind + Math.round(rng.float(3, 9)),
          windDirectionDeg: s.wind + Math.round(rng.float(-15, 15)),
          airTemperatureC: Math.round(rng.float(26, 30) * 10) / 10,
          pressureHpa: Math.round(rng.float(1010, 1015)),
          visibilityNm: Math.round(rng.float(6, 12) * 10) / 10,
          waveHeightM: Math.round(rng.float(1, 2.6) * 10) / 10,
          wavePeriodS: Math.round(rng.float(5, 8)),
          waveDirectionDeg: s.wind + Math.round(rng.float(-10, 10)),
          seaState: wind > 20 ? 5 : 4,
          waterTemperatureC: Math.round(rng.float(27, 28.5) * 10) / 10,
        },
        { channel },
      ),
    );
  }
  const start = new Date(Math.floor(atMs / 3_600_000) * 3_600_000 - 3_600_000);
  for (const n of AREA_NOTICES) {
    out.push(
      ...encodeAreaNotice(
        {
          mmsi: VTS_MMSI,
          linkage: n.linkage,
          notice: n.notice,
          start,
          durationMinutes: 240,
          subareas: [
            { shape: 'circle', lat: n.lat, lon: n.lon, radiusM: n.radiusM },
            { shape: 'text', text: n.text },
          ],
        },
        { channel },
      ),
    );
  }
  return out;
}

/** Persons on board a Class A ship reports with its static data (IMO 289 FI 16 to the VTS). */
export function personsOnBoardSentences(mmsi: number, kind: TrafficKind, channel: string): string[] {
  // stable per ship: passenger ships carry hundreds, others a crew
  const persons = kind === 'cruise' || kind === 'ferry' ? 250 + (mmsi % 1700) : 6 + (mmsi % 22);
  return encodePersonsOnBoard(mmsi, VTS_MMSI, persons, { channel });
}
