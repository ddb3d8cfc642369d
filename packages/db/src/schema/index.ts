export * from './agencies.ts';
export * from './users.ts';
export * from './events.ts';
