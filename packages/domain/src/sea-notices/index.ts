export { SeaNotices, DEFAULT_SEA_NOTICES_OPTIONS, type SeaNoticesOptions } from './sea-notices.ts';
export { personsOnBoardOf } from './persons.ts';
export { weatherObservation } from './weather.ts';
export { noticeGeometry } from './area-geometry.ts';
export { areaNoticeName } from './notice-names.ts';
