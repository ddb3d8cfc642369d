export * from './policy.ts';
export * from './derive.ts';
