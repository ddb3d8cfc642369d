export * from './ids.ts';
export * from './releasability/index.ts';
export * from './federation/index.ts';
export * from './vessels/index.ts';
export * from './detectors/index.ts';
export * from './summaries/index.ts';
export * from './trends/index.ts';
export * from './matching/index.ts';
export * from './cargo/index.ts';
export * from './geometry/index.ts';
export * from './tasking/index.ts';

export * from './gis/index.ts';

export * from './sea-notices/index.ts';
export * from './entities/index.ts';
