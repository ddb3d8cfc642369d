export * from './agencies.ts';
export * from './users.ts';
export * from './events.ts';
export * from './event-changes.ts';
export * from './sharing-groups.ts';
export * from './audit.ts';
export * from './annotations.ts';
export * from './vessels.ts';
export * from './summaries.ts';
export * from './watchlists.ts';
export * from './derived-alerts.ts';
export * from './cargo.ts';
export * from './federation.ts';
export * from './taxii.ts';
export * from './stix.ts';

export * from './units.ts';
export * from './entities.ts';
