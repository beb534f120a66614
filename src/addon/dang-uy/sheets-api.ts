/**
 * The two requests the đảng ủy makes of the Sheets REST API v4 for each chi bộ
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get), the
 * shape of their answers (validated, never trusted), and the grid they give, made equal to
 * what getDataRange().getValues() would give so the engine reads it as it reads a sheet:
 *
 * - numberValue → the number (a percentage stays 0.2, as getValues gives it); under a
 *   DATE or DATE_TIME number format → a Date at that calendar day and time in the script's
 *   time zone, as getValues gives it (the engine reads a Date's local day, normalize.ts);
 *   under a TIME format alone → the time as text «08:30», which no parser takes for a
 *   number or a date, so a time typed into a score is reported, never read as 0.35 point;
 * - stringValue → the text (a number typed as text stays text); boolValue → the boolean;
 * - errorValue → the text Sheets shows and getValues gives («#REF!», «#N/A»): the engine
 *   reports it like any other text it can't read;
 * - a missing cell or row → '', padded to the rectangle from A1 to the last cell with a
 *   value, as getDataRange covers (a cell with a format and no value is empty).
 * Pure: no Apps Script global is touched here.
 */
import * as z from 'zod/mini';
import { pad2 } from '../../core/normalize';
import type { CellValue, HttpResponse } from '../gas';

export const SHEETS_API_BASE = 'https://sheets.googleapis.com/v4/spreadsheets/';
/** The spreadsheet's name and its sheets' titles: nothing else is sent back. */
export const TITLES_FIELDS = 'properties.title,sheets.properties.title';
/** Each requested sheet's cells: the computed value and the kind of number format, nothing else. */
export const GRID_FIELDS =
  'sheets(properties.title,data(startRow,startColumn,rowData.values(effectiveValue,effectiveFormat.numberFormat.type)))';

/** Percent-encodes a query value, also the characters encodeURIComponent leaves (' ( ) ! *). */
function encodeQuery(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A sheet title as an A1 range of the whole sheet: quoted, a quote doubled ('It''s'). */
export function quoteSheetTitle(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

export function titlesUrl(id: string): string {
  return `${SHEETS_API_BASE}${encodeQuery(id)}?fields=${encodeQuery(TITLES_FIELDS)}`;
}

/** The whole of each named sheet, with their cells, in one request. */
export function gridUrl(id: string, titles: readonly string[]): string {
  const ranges = titles.map((title) => `ranges=${encodeQuery(quoteSheetTitle(title))}`).join('&');
  return `${SHEETS_API_BASE}${encodeQuery(id)}?includeGridData=true&${ranges}&fields=${encodeQuery(GRID_FIELDS)}`;
}

// The answers, as far as the reader needs them; unknown keys are dropped.
const extendedValue = z.object({
  numberValue: z.optional(z.number()),
  stringValue: z.optional(z.string()),
  boolValue: z.optional(z.boolean()),
  errorValue: z.optional(z.object({ type: z.optional(z.string()) })),
});
const cellData = z.object({
  effectiveValue: z.optional(extendedValue),
  effectiveFormat: z.optional(z.object({ numberFormat: z.optional(z.object({ type: z.optional(z.string()) })) })),
});
const gridData = z.object({
  startRow: z.optional(z.number()),
  startColumn: z.optional(z.number()),
  rowData: z.optional(z.array(z.object({ values: z.optional(z.array(cellData)) }))),
});
const sheet = z.object({
  properties: z.object({ title: z.string() }),
  data: z.optional(z.array(gridData)),
});
export const titlesAnswer = z.object({
  properties: z.optional(z.object({ title: z.optional(z.string()) })),
  sheets: z.optional(z.array(sheet)),
});
export const gridAnswer = z.object({ sheets: z.optional(z.array(sheet)) });
const errorAnswer = z.object({
  error: z.object({
    message: z.optional(z.string()),
    status: z.optional(z.string()),
    details: z.optional(z.array(z.object({ reason: z.optional(z.string()) }))),
    errors: z.optional(z.array(z.object({ reason: z.optional(z.string()) }))),
  }),
});

export type CellData = z.infer<typeof cellData>;
export type GridData = z.infer<typeof gridData>;
export type TitlesAnswer = z.infer<typeof titlesAnswer>;
export type GridAnswer = z.infer<typeof gridAnswer>;

/** What getValues gives for an error cell: the text Sheets shows (ErrorType of the API). */
const ERROR_TEXT: Readonly<Record<string, string>> = {
  ERROR: '#ERROR!',
  NULL_VALUE: '#NULL!',
  DIVIDE_BY_ZERO: '#DIV/0!',
  VALUE: '#VALUE!',
  REF: '#REF!',
  NAME: '#NAME?',
  NUM: '#NUM!',
  N_A: '#N/A',
  LOADING: 'Loading...',
};

export function errorCellText(type: string | undefined): string {
  return ERROR_TEXT[type ?? ''] ?? '#ERROR!';
}

const MS_PER_DAY = 86_400_000;
/** Days from Sheets' day 0 (30/12/1899) to 1970-01-01. */
const SERIAL_OF_1970 = 25_569;

/**
 * The calendar day `days` after 1970-01-01, in integer arithmetic (H. Hinnant's
 * civil_from_days, proleptic Gregorian): exact for any day, whatever the time zone.
 */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z0 = days + 719_468;
  const era = Math.floor(z0 / 146_097);
  const doe = z0 - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** A serial of a date (and time) as a Date at that local day and time, as getValues gives it. */
export function serialToDate(serial: number): Date {
  let days = Math.floor(serial);
  let ms = Math.round((serial - days) * MS_PER_DAY);
  if (ms >= MS_PER_DAY) {
    days += 1;
    ms -= MS_PER_DAY;
  }
  const { year, month, day } = civilFromDays(days - SERIAL_OF_1970);
  // setFullYear, not the constructor: it takes any year literally (new Date(99, …) is 1999).
  const date = new Date(0);
  date.setFullYear(year, month - 1, day);
  date.setHours(Math.floor(ms / 3_600_000), Math.floor(ms / 60_000) % 60, Math.floor(ms / 1000) % 60, ms % 1000);
  return date;
}

/** A time of day (or a duration) as the user reads it: «08:30», «08:30:15», «36:00». */
export function timeText(serial: number): string {
  const seconds = Math.round(Math.abs(serial) * 86_400);
  const hms = `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}`;
  return `${serial < 0 ? '-' : ''}${hms}${seconds % 60 === 0 ? '' : `:${pad2(seconds % 60)}`}`;
}

/** One cell as getValues would give it (see the file comment). */
export function cellValue(cell: CellData): CellValue {
  const value = cell.effectiveValue;
  if (!value) return '';
  if (value.numberValue !== undefined) {
    const type = cell.effectiveFormat?.numberFormat?.type;
    if (type === 'DATE' || type === 'DATE_TIME') return serialToDate(value.numberValue);
    if (type === 'TIME') return timeText(value.numberValue);
    return value.numberValue;
  }
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.errorValue) return errorCellText(value.errorValue.type);
  return '';
}

/** A sheet's cells from A1 to its last row and column with a value, '' where none (at least 1 × 1). */
export function gridValues(data: readonly GridData[]): CellValue[][] {
  const found = new Map<number, Map<number, CellValue>>();
  let height = 1;
  let width = 1;
  for (const grid of data) {
    const top = grid.startRow ?? 0;
    const left = grid.startColumn ?? 0;
    for (const [r, row] of (grid.rowData ?? []).entries()) {
      for (const [c, cell] of (row.values ?? []).entries()) {
        const value = cellValue(cell);
        if (value === '') continue;
        const line = found.get(top + r) ?? new Map<number, CellValue>();
        found.set(top + r, line.set(left + c, value));
        height = Math.max(height, top + r + 1);
        width = Math.max(width, left + c + 1);
      }
    }
  }
  return Array.from({ length: height }, (_, r) => {
    const line = found.get(r);
    return Array.from({ length: width }, (_, c) => line?.get(c) ?? '');
  });
}

/** Why a request failed, as far as the reader acts on it. */
export type FailureKind =
  /** The token lacks the scope, or was refused: no spreadsheet can be read, sharing won't help. */
  | 'scope'
  /** The Sheets API is not enabled for the script's Cloud project: the same for every spreadsheet. */
  | 'disabled'
  /** The spreadsheet exists but the user may not read it (403). */
  | 'noAccess'
  /** No spreadsheet has this id, or it was deleted (404). */
  | 'notFound'
  /** Too many requests (429), or Google failed (5xx): try again later. */
  | 'later'
  | 'other';

export interface Failure {
  readonly kind: FailureKind;
  /** Google's own sentence, for the message's «Google báo: …». */
  readonly detail: string;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A refused request, by its status and the reasons Google gives
 * (https://cloud.google.com/apis/design/errors): a 403 is the user's access to that
 * spreadsheet unless it names a scope, the API switched off, or a rate limit.
 */
export function failureOf(code: number, body: string): Failure {
  const parsed = errorAnswer.safeParse(parseJson(body));
  const error = parsed.success ? parsed.data.error : undefined;
  const detail = error?.message || `HTTP ${code}`;
  const reasons = [...(error?.details ?? []), ...(error?.errors ?? [])].map((d) => d.reason ?? '');
  const has = (...names: string[]) => reasons.some((r) => names.includes(r));
  if (code === 401 || has('ACCESS_TOKEN_SCOPE_INSUFFICIENT')) return { kind: 'scope', detail };
  if (has('SERVICE_DISABLED', 'accessNotConfigured')) return { kind: 'disabled', detail };
  if (code === 429 || code >= 500 || has('RATE_LIMIT_EXCEEDED', 'rateLimitExceeded', 'userRateLimitExceeded'))
    return { kind: 'later', detail };
  if (code === 403) return { kind: 'noAccess', detail };
  if (code === 404) return { kind: 'notFound', detail };
  return { kind: 'other', detail };
}

export type Answer<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: Failure };

/** A 200 with the expected JSON, else why not. */
export function readAnswer<T>(response: HttpResponse | undefined, schema: z.ZodMiniType<T>): Answer<T> {
  if (!response) return { ok: false, failure: { kind: 'other', detail: 'no answer from the Sheets API' } };
  const code = response.getResponseCode();
  const body = response.getContentText();
  if (code !== 200) return { ok: false, failure: failureOf(code, body) };
  const parsed = schema.safeParse(parseJson(body));
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, failure: { kind: 'other', detail: 'the Sheets API answered HTTP 200 with an unexpected body' } };
}
