import { describe, expect, it } from 'vitest';
import { csvLine, parseCsv } from './csv.ts';

describe('csv', () => {
  it('parses quotes, escaped quotes, embedded commas and line breaks, with record line numbers', () => {
    const rows = parseCsv('a,b\r\n"x, y","say ""hi"""\n"multi\nline",2\n\n3,4\n');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['multi\nline', '2'] },
      { line: 6, cells: ['3', '4'] },
    ]);
  });

  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvLine(['a,b', 'q"', null, '=HYPERLINK("x")', '-12', 7])).toBe('"a,b","q""",,"\'=HYPERLINK(""x"")",-12,7\r\n');
  });
});
