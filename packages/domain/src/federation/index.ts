export * from './crossing.ts';
export * from './admission.ts';
