export * from './antimeridian.ts';
export * from './layer.ts';
export * from './layers.ts';
export * from './geojson-writer.ts';
export * from './kml-writer.ts';
export * from './area-import.ts';
export * from './task-layer.ts';
