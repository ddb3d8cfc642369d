export * from './identifiers.ts';
export * from './event.ts';
export * from './api.ts';
export * from './socket.ts';
export * from './annotations.ts';
export * from './vessels.ts';
