export * from './identifiers.ts';
export * from './event.ts';
export * from './api.ts';
export * from './socket.ts';
export * from './annotations.ts';
export * from './vessels.ts';
export * from './trends.ts';
export * from './summaries.ts';
export * from './watchlists.ts';
export * from './alerts.ts';
export * from './cargo.ts';
export * from './deployment.ts';

export * from './safe-input.ts';
