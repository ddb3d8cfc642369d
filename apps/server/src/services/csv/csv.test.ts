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

  it('[DATA-1] quotes what needs quoting and defuses spreadsheet formulas in text cells', () => {
    expect(csvLine(['a,b', 'q"', null, '=HYPERLINK("x")', 7])).toBe('"a,b","q""",,"\'=HYPERLINK(""x"")",7\r\n');
  });

  it('[DATA-1] keeps numbers numbers and guards every text cell starting with = + - @ TAB or CR', () => {
    expect(csvLine([-76.7936, 0, -12, 17.5])).toBe('-76.7936,0,-12,17.5\r\n');
    expect(csvLine(['-2+3', '+1', '@SUM(A1)', '\tx', '\rx', '-12'])).toBe("'-2+3,'+1,'@SUM(A1),'\tx,\"'\rx\",'-12\r\n");
    expect(csvLine([Number.NaN, Number.POSITIVE_INFINITY])).toBe(',\r\n');
  });
});
