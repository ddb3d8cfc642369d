export * from './buckets.ts';
