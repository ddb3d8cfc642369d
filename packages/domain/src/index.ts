export * from './ids.ts';
export * from './releasability/index.ts';
export * from './vessels/index.ts';
