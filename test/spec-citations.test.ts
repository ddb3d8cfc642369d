import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citedIds, definedIds, type Located, readText, specFiles, testFiles } from './support/spec-ids.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const defined = specFiles(root).flatMap((file) => definedIds(file, readText(root, file)));
const cited = testFiles(root).flatMap((file) => citedIds(file, readText(root, file)));

const listed = (items: readonly Located[]) => items.map((i) => `${i.id} (${i.where})`);

describe('[GUARD-8] SPEC rules and the tests that cite them', () => {
  it('reads the SPEC tables and the test names (sanity: both sides are found)', () => {
    expect(defined.length).toBeGreaterThan(100);
    expect(cited.length).toBeGreaterThan(200);
    expect(defined.map((d) => d.id)).toContain('AUD-1a');
    expect(defined.map((d) => d.id)).toContain('AIS-GPSD-5');
  });

  it('[GUARD-8] defines each ID once', () => {
    const seen = new Map<string, string>();
    const twice = defined.filter((d) => {
      const first = seen.get(d.id);
      seen.set(d.id, first ?? d.where);
      return first !== undefined;
    });
    expect(listed(twice)).toEqual([]);
  });

  it('[GUARD-8] every SPEC ID is cited by at least one test name', () => {
    const citedSet = new Set(cited.map((c) => c.id));
    expect(listed(defined.filter((d) => !citedSet.has(d.id)))).toEqual([]);
  });

  it('[GUARD-8] every ID cited in a test name is defined by a SPEC', () => {
    const definedSet = new Set(defined.map((d) => d.id));
    expect(listed(cited.filter((c) => !definedSet.has(c.id)))).toEqual([]);
  });
});

describe('[GUARD-8] how IDs are read', () => {
  it('expands ranges and lists in the first cell, and skips header and prose rows', () => {
    const markdown = [
      '| id | rule |',
      '|---|---|',
      '| AIS-PYAIS-1..3, AIS-GFW-1..2 | samples |',
      '| AUD-1a | stream reads |',
      '| not an id | prose |',
    ].join('\n');
    expect(definedIds('X.md', markdown).map((d) => d.id)).toEqual([
      'AIS-PYAIS-1',
      'AIS-PYAIS-2',
      'AIS-PYAIS-3',
      'AIS-GFW-1',
      'AIS-GFW-2',
      'AUD-1a',
    ]);
  });

  it('reads citations in it, test and describe names (skip, each, templates), not in other strings', () => {
    const source = [
      "describe('[REL-1] owner', () => {",
      "  it('[REL-2][REL-3] two rules', () => {});",
      "  it.skip('[OPS-L4] skipped', () => {});",
      "  it.each([1])('[AUD-1a] case %s', () => {});",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the probe's source holds a template literal on purpose.
      '  test(`[SEC-1] template ${1}`, () => {});',
      "  const pattern = '[REL-9] not a test name';",
      '});',
    ].join('\n');
    expect(citedIds('x.test.ts', source)).toEqual([
      { id: 'REL-1', where: 'x.test.ts:1' },
      { id: 'REL-2', where: 'x.test.ts:2' },
      { id: 'REL-3', where: 'x.test.ts:2' },
      { id: 'OPS-L4', where: 'x.test.ts:3' },
      { id: 'AUD-1a', where: 'x.test.ts:4' },
      { id: 'SEC-1', where: 'x.test.ts:5' },
    ]);
  });
});
