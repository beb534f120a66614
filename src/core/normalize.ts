/**
 * Normalisation of Vietnamese text typed by people: headers, coded values, yes/no,
 * numbers with a decimal comma and dates. Every function here is pure.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^a-z0-9]+/g;
const D_STROKE = /[đĐ]/g;
const SPACES = / /g;
const LETTER_Y = /y/g;

/**
 * A comparison key: no diacritics, lower case, NFC/NFD-insensitive, punctuation and
 * runs of spaces folded to one space. "  Họ và  TÊN " and "ho va ten" give the same key.
 */
export function foldKey(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(D_STROKE, 'd').toLowerCase().replace(NON_ALNUM, ' ').trim();
}

/**
 * A tighter key for closed vocabularies: no spaces at all, and "y" read as "i" so that
 * the common spelling variants "sĩ"/"sỹ", "kỹ"/"kĩ" meet.
 */
export function compactKey(text: string): string {
  return foldKey(text).replace(SPACES, '').replace(LETTER_Y, 'i');
}

/** How many spellings a vocabulary remembers as typed; past that it folds each cell again. */
const MEMO_LIMIT = 1000;
/** Longer cells are free text, not a code: they are not remembered. */
const MEMO_MAX_LENGTH = 80;

/**
 * A closed vocabulary: every accepted spelling of each code. The lookup by compactKey is built
 * on first use, not when the script loads (a custom function's run may never need it), and
 * each text as typed is remembered, so a roster's thousands of «Chính thức» are folded once.
 */
export class Vocabulary<T> {
  private codes: Map<string, T> | undefined;
  /** Text as typed → its code, or null when it is none. */
  private readonly seen = new Map<string, T | null>();

  constructor(private readonly spellings: ReadonlyArray<readonly [T, readonly string[]]>) {}

  /** The code a spelling stands for (any case, diacritics, spacing); undefined when none. */
  get(text: string): T | undefined {
    const known = this.seen.get(text);
    if (known !== undefined) return known ?? undefined;
    this.codes ??= this.build();
    const code = this.codes.get(compactKey(text));
    if (text.length <= MEMO_MAX_LENGTH && this.seen.size < MEMO_LIMIT) this.seen.set(text, code ?? null);
    return code;
  }

  private build(): Map<string, T> {
    const map = new Map<string, T>();
    for (const [code, spellings] of this.spellings) {
      for (const spelling of spellings) map.set(compactKey(spelling), code);
    }
    return map;
  }
}

/** A vocabulary from every spelling (in any form) of each code. */
export function vocabulary<T>(entries: ReadonlyArray<readonly [T, readonly string[]]>): Vocabulary<T> {
  return new Vocabulary(entries);
}

/**
 * A Date from any realm: the tests run the bundle in a separate vm context, where
 * `instanceof Date` would miss the host's dates.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * A formula cell saved without its value, as openpyxl and pandas write them: the program
 * that wrote the file never computed it. Only the local XLSX loader makes one (getValues in
 * Google Sheets always gives computed values); the parsers report it instead of reading a
 * blank, which would count as 0 votes.
 */
export interface UncomputedFormula {
  /** As written, with its "=". */
  readonly formula: string;
}

export function isUncomputedFormula(value: unknown): value is UncomputedFormula {
  return typeof value === 'object' && value !== null && !isDate(value) && 'formula' in value && typeof value.formula === 'string';
}

/** Text of a cell as the user sees it; '' for empty; an uncomputed formula as written. */
export function cellText(value: unknown): string {
  // Strings first: nearly every cell is one.
  if (typeof value === 'string') return value.trim();
  if (value === null || value === undefined) return '';
  if (isUncomputedFormula(value)) return value.formula;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isDate(value)) return Number.isNaN(value.getTime()) ? 'Invalid Date' : formatDate(toCalendarDate(value));
  return String(value).trim();
}

/** cellText(value) === '', without making the text of a number or a boolean. */
export function isBlankCell(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'number' || typeof value === 'boolean') return false;
  return cellText(value) === '';
}

const YES = vocabulary<boolean>([
  [true, ['có', 'co', 'x', 'true', 'đúng', 'yes', 'y', '1', 'đã nộp', 'rồi', 'đạt', 'v']],
  [false, ['không', 'khong', 'k', 'false', 'sai', 'no', 'n', '0', 'chưa', 'chưa nộp']],
]);

/** Có/Không, x, TRUE/FALSE, checkboxes. undefined = not a yes/no; null = blank. */
export function parseYesNo(value: unknown): boolean | null | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  const text = cellText(value);
  if (text === '') return null;
  return YES.get(text) ?? (text === '✓' || text === '✔' ? true : undefined);
}

/**
 * A number as typed: 3, "3", "3,5" (Vietnamese decimal comma), "3.5".
 * null = blank; NaN = not a number.
 */
export function parseNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean' || isDate(value)) return NaN;
  const text = cellText(value).replace(/\s/g, '');
  if (text === '') return null;
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text)) return NaN;
  return Number(text.replace(',', '.'));
}

/**
 * A score or percentage with at most 2 decimals, in hundredths, by exact decimal arithmetic:
 * "27,5" → 2750, 89.99 → 8999. null = blank; undefined = not a number; 'precision' = more
 * than 2 decimals.
 */
export function parseHundredths(value: unknown): number | null | undefined | 'precision' {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    const scaled = Math.round(value * 100);
    return Math.abs(value * 100 - scaled) < 1e-6 ? scaled : 'precision';
  }
  if (typeof value === 'boolean' || isDate(value)) return undefined;
  const text = cellText(value).replace(/\s/g, '');
  if (text === '') return null;
  const match = /^([+-]?)(\d*)(?:[.,](\d*))?$/.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return undefined;
  const decimals = (match[3] ?? '').replace(/0+$/, '');
  if (decimals.length > 2) return 'precision';
  const magnitude = Number(match[2] || '0') * 100 + Number(decimals.padEnd(2, '0'));
  return match[1] === '-' ? -magnitude : magnitude;
}

/** A date with no time and no time zone. month is 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Dates read from a sheet arrive as Date objects at local midnight in the script's time
 * zone (Apps Script converts with the spreadsheet's zone), so the local getters are used.
 */
export function toCalendarDate(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function validDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

const SHEETS_EPOCH_UTC = Date.UTC(1899, 11, 30);

/**
 * A date cell: a Date, a Sheets/Excel serial number, or text dd/mm/yyyy (the Vietnamese
 * order), d-m-yyyy, dd.mm.yyyy or ISO yyyy-mm-dd. null = blank; undefined = not a real date.
 */
export function parseDate(value: unknown): CalendarDate | null | undefined {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? undefined : toCalendarDate(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1 || value > 200000) return undefined;
    const utc = new Date(SHEETS_EPOCH_UTC + Math.floor(value) * 86400000);
    return validDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
  }
  const text = cellText(value);
  if (text === '') return null;
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (match) return validDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match) return validDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return undefined;
}

/** The letters of a 1-based column, as Sheets names it: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Two digits, as dates and document numbers are written: 7 → "07". */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function formatDate(date: CalendarDate): string {
  return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Calendar month arithmetic with the day clamped: 31/08 + 6 months = 28/02 (or 29/02). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const zeroBased = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(zeroBased / 12);
  const month = (zeroBased % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Splits a list typed in one cell: "a, b; c". */
export function splitList(text: string): string[] {
  return text
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
