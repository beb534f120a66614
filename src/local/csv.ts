/**
 * CSV roster reading with papaparse. Handles what Excel and Sheets actually write: UTF-8
 * with or without a BOM, "," or ";" (Excel set to Vietnamese), CRLF or LF, quoted fields.
 * Numbers are typed as Sheets would on import, including the decimal comma ("3,5").
 */
import Papa from 'papaparse';

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?\d+[.,]\d+$/;

function typed(text: string): string | number {
  const t = text.trim();
  if (INTEGER.test(t) && t.length < 16) return Number(t);
  if (DECIMAL.test(t)) return Number(t.replace(',', '.'));
  return t;
}

/** Picks the delimiter from the header line: the one that splits it into the most fields. */
function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (d: string) => firstLine.split(d).length;
  return [';', ',', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

export interface CsvResult {
  readonly grid: (string | number)[][];
  readonly delimiter: string;
}

export function parseCsv(raw: string | Uint8Array): CsvResult {
  let text = typeof raw === 'string' ? raw : new TextDecoder('utf-8').decode(raw);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const delimiter = guessDelimiter(text);
  // Blank lines are kept (as blank rows) so that row numbers in messages are the file's.
  const parsed = Papa.parse<string[]>(text.replace(/(\r?\n)+$/, ''), { delimiter, skipEmptyLines: false });
  const grid = parsed.data.map((row) => row.map(typed));
  let width = 0;
  for (const row of grid) if (row.length > width) width = row.length;
  for (const row of grid) while (row.length < width) row.push('');
  return { grid, delimiter };
}
