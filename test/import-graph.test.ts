import { describe, expect, it } from 'vitest';
import {
  forbiddenEdges,
  importCycles,
  importGraph,
  SERVER_RULES,
  SERVER_SOURCE,
  type ImportGraph,
} from '../scripts/import-graph.ts';

describe('[ARCH-1] the server source has no import circles and keeps its layers', () => {
  const graph = importGraph(SERVER_SOURCE);

  it('reads the whole tree, type-only imports included', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('server.ts')).toContain('intel/intel-runtime.ts');
    expect(graph.get('realtime/types.ts')).toContain('services/intel-context.ts');
  });

  it('has no import circle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('has no import from services to intel or http, nor from intel to http', () => {
    expect(forbiddenEdges(graph, SERVER_RULES)).toEqual([]);
  });
});

describe('the import graph checker', () => {
  const graph: ImportGraph = new Map([
    ['a/one.ts', ['b/two.ts']],
    ['b/two.ts', ['c/three.ts']],
    ['c/three.ts', ['a/one.ts']],
    ['d/four.ts', ['d/four-helper.ts', 'a/one.ts']],
    ['d/four-helper.ts', []],
  ]);

  it('finds each circle once, however long', () => {
    expect(importCycles(graph)).toEqual([['a/one.ts', 'b/two.ts', 'c/three.ts']]);
  });

  it('names every edge across a forbidden boundary, by folder prefix only', () => {
    const rules = [
      { from: 'd', to: 'a', why: 'd is below a' },
      { from: 'a/on', to: 'b', why: 'a prefix that is no folder matches nothing' },
    ];
    expect(forbiddenEdges(graph, rules)).toEqual([{ from: 'd/four.ts', to: 'a/one.ts', why: 'd is below a' }]);
  });
});
