export * from './policy.ts';
export * from './derive.ts';
export * from './within-target.ts';
