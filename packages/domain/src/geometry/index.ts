export * from './simple-ring.ts';
export * from './area.ts';
export * from './range-bearing.ts';
