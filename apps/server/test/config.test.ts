import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

describe('server configuration', () => {
  it('runs embedded PGlite in its worker thread unless PGLITE_THREAD=main', () => {
    expect(loadConfig({}).PGLITE_THREAD).toBe('worker');
    expect(loadConfig({ PGLITE_THREAD: '' }).PGLITE_THREAD).toBe('worker');
    expect(loadConfig({ PGLITE_THREAD: 'main' }).PGLITE_THREAD).toBe('main');
  });

  it('refuses an unknown PGLITE_THREAD, naming the variable', () => {
    expect(() => loadConfig({ PGLITE_THREAD: 'fork' })).toThrow(/Invalid configuration:\n {2}PGLITE_THREAD: /);
  });
});
