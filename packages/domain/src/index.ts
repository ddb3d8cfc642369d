export * from './ids.ts';
export * from './releasability/index.ts';
