export * from './simple-ring.ts';
export * from './area.ts';
