import { z } from 'zod';

/**
 * What AIS binary messages tell operators beyond positions: weather at sea (IMO 289 / 236 met-hydro
 * broadcasts), area notices (IMO 289 FI 22/23) shown as areas for their duration, and persons on board.
 * AIS is open broadcast data, so these reach every signed-in user, like the vessel picture itself.
 */
export const SEA_NOTICES_VERSION = 1 as const;

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
const nullableNumber = z.number().nullable();

/** One met-hydro observation in natural units; null where the station sent "not available". */
export const WeatherObservation = z.object({
  stationMmsi: z.number().int(),
  lat,
  lon,
  /** The observation time the station gave (day, hour, minute), placed in the month it was received. */
  observedAt: z.string(),
  receivedAt: z.string(),
  windSpeedKn: nullableNumber,
  windGustKn: nullableNumber,
  windDirectionDeg: nullableNumber,
  airTemperatureC: nullableNumber,
  pressureHpa: nullableNumber,
  visibilityNm: nullableNumber,
  /** True when visibility is more than `visibilityNm` (the sensor's upper limit). */
  visibilityMore: z.boolean(),
  waveHeightM: nullableNumber,
  wavePeriodS: nullableNumber,
  waveDirectionDeg: nullableNumber,
  swellHeightM: nullableNumber,
  /** Beaufort 0-12. */
  seaState: nullableNumber,
  waterTemperatureC: nullableNumber,
});
export type WeatherObservation = z.infer<typeof WeatherObservation>;

const ring = z.array(z.tuple([lon, lat]));
/** GeoJSON geometries (RFC 7946 order: [lon, lat]) of a notice's sub-areas. */
export const NoticeGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring) }),
  z.object({ type: z.literal('LineString'), coordinates: ring }),
  z.object({ type: z.literal('Point'), coordinates: z.tuple([lon, lat]) }),
]);
export type NoticeGeometry = z.infer<typeof NoticeGeometry>;

export const AreaNotice = z.object({
  /** `${senderMmsi}-${linkage}`: a later broadcast with the same pair replaces it. */
  id: z.string(),
  senderMmsi: z.number().int(),
  linkage: z.number().int(),
  /** IMO 289 notice description code and its wording. */
  notice: z.number().int(),
  noticeText: z.string(),
  startsAt: z.string(),
  /** null: until cancelled. */
  endsAt: z.string().nullable(),
  /** Free text sent in the notice's text sub-areas, if any. */
  text: z.string().nullable(),
  geometry: z.array(NoticeGeometry),
  receivedAt: z.string(),
});
export type AreaNotice = z.infer<typeof AreaNotice>;

/** GET /api/v1/sea-notices, and the body of the `seaNotices:changed` socket message. */
export const SeaNotices = z.object({
  v: z.literal(SEA_NOTICES_VERSION),
  at: z.string(),
  areas: z.array(AreaNotice),
  weather: z.array(WeatherObservation),
});
export type SeaNotices = z.infer<typeof SeaNotices>;

/** Persons on board as the ship last reported them (IMO 236/289 FI 16, Inland AIS FI 55). */
export const PersonsOnBoard = z.object({ count: z.number().int(), reportedAt: z.string() });
export type PersonsOnBoard = z.infer<typeof PersonsOnBoard>;

/** The weather observation closest to a vessel (within reach and recent), with its distance. */
export const NearbyWeather = WeatherObservation.extend({ distanceNm: z.number() });
export type NearbyWeather = z.infer<typeof NearbyWeather>;
