/**
 * @tidewatch/simulator: the demo world. Pure: no I/O, no clock, no Math.random; time and a seed come in.
 */
export { AGENCIES, SHARING_GROUPS, agencyByCode, groupsOf, partnersOf } from './agencies.ts';
export type { Agency, AgencyCode, AgencyRole, SharingGroup, SharingGroupId } from './agencies.ts';
export { PLACES, placeById, placeLabel, placesOfKind } from './places.ts';
export type { Place, PlaceKind } from './places.ts';
export { JAMAICA_OUTLINE, isInPolygon, isOnJamaica, distanceKm } from './geo.ts';
export { createCast } from './cast.ts';
export type { Cast, CastFirm, CastPerson, CastVessel, VesselType } from './cast.ts';
export {
  FLAG_STATES,
  makeContainerNumber,
  makeImo,
  makeMmsi,
  containerCheckDigit,
  imoCheckDigit,
  midOf,
} from './identifiers.ts';
export type { FlagCode, FlagState } from './identifiers.ts';
export { createRng } from './random.ts';
export type { Rng, Seed } from './random.ts';
export { uuidv7, uuidv7Time } from './uuid.ts';
export { generateHistory } from './events/history.ts';
export type { HistoryOptions } from './events/history.ts';
export { createLiveEventSource } from './events/live.ts';
export type { LiveEventSource, LiveSourceOptions } from './events/live.ts';
export { SEA_PLACE_LABELS } from './events/locate.ts';
export { EVENTS_PER_DAY, surgeOn } from './events/rhythm.ts';
export type { Surge, SurgeType } from './events/rhythm.ts';
export { SCENARIOS } from './events/scenarios/index.ts';
export type { Scenario } from './events/types.ts';
export * from './traffic/index.ts';
export * from './cargo/index.ts';
