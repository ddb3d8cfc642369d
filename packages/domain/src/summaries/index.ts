export * from './zoned-time.ts';
export * from './period.ts';
export * from './compose.ts';
export * from './diff.ts';
export * from './topojson.ts';
export * from './map-geometry.ts';
