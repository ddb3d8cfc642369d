export * from './identifiers.ts';
export * from './event.ts';
export * from './api.ts';
export * from './socket.ts';
