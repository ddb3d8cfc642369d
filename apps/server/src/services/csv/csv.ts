/** Minimal RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line breaks. */

export interface CsvRow {
  /** 1-based line number where the record starts, as a spreadsheet shows it. */
  line: number;
  cells: string[];
}

export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: startLine, cells });
    cells = [];
    cell = '';
  };
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      startLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

/** A cell as the caller holds it: the type, not the text, decides whether it is a number. */
export type CsvValue = string | number | null | undefined;

/**
 * One CSV record, the only CSV writer of the server (every export goes through it). A text cell that a
 * spreadsheet would run as a formula (= + - @ TAB CR first) gets a leading quote mark: an exported list must not
 * execute on the analyst's desktop, and "-2+3" is a formula however numeric it looks. A number cell is written
 * as the number, so a negative longitude stays a number a spreadsheet can sum.
 */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header row to a column index, refusing unknown or repeated names. */
export function headerIndex(
  header: readonly string[],
  allowed: readonly string[],
): { index: Map<string, number>; problems: string[] } {
  const index = new Map<string, number>();
  const problems: string[] = [];
  header.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if (!allowed.includes(name)) problems.push(`unknown column "${raw}" (expected some of ${allowed.join(', ')})`);
    else if (index.has(name)) problems.push(`column "${name}" appears twice`);
    else index.set(name, i);
  });
  return { index, problems };
}
