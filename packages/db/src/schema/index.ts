export * from './agencies.ts';
export * from './users.ts';
export * from './events.ts';
export * from './sharing-groups.ts';
export * from './audit.ts';
export * from './annotations.ts';
export * from './vessels.ts';
