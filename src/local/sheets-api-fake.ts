/**
 * A fake of the Sheets REST API v4 `spreadsheets.get`
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get) over the
 * local spreadsheets of a LocalSpreadsheetRegistry, for the đảng ủy's reader
 * (src/addon/dang-uy/read-sources.ts). It answers as Google does, as far as the reader can
 * tell:
 * - the `fields` mask is applied to the whole answer (paths, sub-selections in parentheses);
 * - `ranges` of whole sheets ('It''s' quoted) select the sheets; an unknown title is a 400;
 *   `includeGridData=true` adds each sheet's cells;
 * - cells: trailing empty cells and rows are left out, an empty cell in between is `{}`, an
 *   empty cell keeps its number format alone; a Date is its serial number (days since
 *   30/12/1899, the time as a fraction) with numberFormat.type DATE or DATE_TIME; numbers,
 *   text and booleans as numberValue, stringValue and boolValue; a formula's error text
 *   («#REF!») as errorValue;
 * - no or a wrong Bearer token is a 401, an unknown id a 404, a spreadsheet not shared a 403,
 *   with Google's error body (google.rpc.Status); `failures` makes any other answer (a 429,
 *   a 500, a scope refused) for one spreadsheet.
 * Only whole-sheet ranges are faked: that is all the reader asks for. Every request is
 * counted as «SheetsApi.spreadsheets.get» (the UrlFetchApp call that carried it is counted
 * apart, in services.ts). Nothing here counts as a call on the chi bộ's spreadsheet.
 */
import { isDate } from '../core/normalize';
import { SHEETS_API_BASE } from '../addon/dang-uy/sheets-api';
import type { CallCounter } from './call-counter';
import type { Cell } from './cell-model';
import type { LocalSpreadsheetRegistry } from './spreadsheet-registry';
import type { LocalSheet } from './workbook';

/** What ScriptApp.getOAuthToken answers locally, and the only token the fake accepts. */
export const LOCAL_OAUTH_TOKEN = 'local-oauth-token';

export interface ApiError {
  readonly code: number;
  readonly status: string;
  readonly message: string;
  /** The ErrorInfo reason Google adds to some errors. */
  readonly reason?: string;
}

/** Google's answers, with the wording Google uses (it may change; the reader goes by code and reason). */
export const API_ERRORS = {
  unauthenticated: {
    code: 401,
    status: 'UNAUTHENTICATED',
    message: 'Request is missing required authentication credential. Expected OAuth 2 access token.',
  },
  noAccess: { code: 403, status: 'PERMISSION_DENIED', message: 'The caller does not have permission' },
  notFound: { code: 404, status: 'NOT_FOUND', message: 'Requested entity was not found.' },
  rateLimited: {
    code: 429,
    status: 'RESOURCE_EXHAUSTED',
    message: "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user'.",
    reason: 'RATE_LIMIT_EXCEEDED',
  },
  internal: { code: 500, status: 'INTERNAL', message: 'Internal error encountered.' },
  unavailable: { code: 503, status: 'UNAVAILABLE', message: 'The service is currently unavailable.' },
  scopeInsufficient: {
    code: 403,
    status: 'PERMISSION_DENIED',
    message: 'Request had insufficient authentication scopes.',
    reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
  },
  serviceDisabled: {
    code: 403,
    status: 'PERMISSION_DENIED',
    message: 'Google Sheets API has not been used in project 1 before or it is disabled.',
    reason: 'SERVICE_DISABLED',
  },
} as const satisfies Record<string, ApiError>;

export interface ApiAnswer {
  readonly code: number;
  readonly body: string;
}

function errorBody(error: ApiError): ApiAnswer {
  const details = error.reason
    ? [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: error.reason, domain: 'googleapis.com' }]
    : undefined;
  return {
    code: error.code,
    body: JSON.stringify({ error: { code: error.code, message: error.message, status: error.status, details } }),
  };
}

function badRequest(message: string): ApiAnswer {
  return errorBody({ code: 400, status: 'INVALID_ARGUMENT', message });
}

// ---- field masks -------------------------------------------------------------------------

/** A parsed `fields` mask: each key keeps its whole value (null) or only the sub-mask. */
type Mask = Map<string, Mask | null>;

function insert(mask: Mask, path: readonly string[], sub: Mask | null): void {
  const [head = '', ...rest] = path;
  const existing = mask.get(head);
  if (existing === null) return;
  if (rest.length === 0 && sub === null) {
    mask.set(head, null);
    return;
  }
  const child = existing ?? new Map<string, Mask | null>();
  mask.set(head, child);
  if (rest.length > 0) insert(child, rest, sub);
  else if (sub) for (const [key, value] of sub) insert(child, [key], value);
}

/** "a.b,c(d,e.f)" → a mask; throws on a mask Google would refuse as malformed. */
export function parseFieldMask(text: string): Mask {
  let at = 0;
  const list = (): Mask => {
    const mask: Mask = new Map();
    for (;;) {
      const start = at;
      while (at < text.length && !',()'.includes(text.charAt(at))) at++;
      const path = text.slice(start, at).trim().split('.');
      if (path.some((name) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))) throw new Error(`Invalid field mask: ${text}`);
      let sub: Mask | null = null;
      if (text.charAt(at) === '(') {
        at++;
        sub = list();
        if (text.charAt(at) !== ')') throw new Error(`Invalid field mask: ${text}`);
        at++;
      }
      insert(mask, path, sub);
      if (text.charAt(at) !== ',') return mask;
      at++;
    }
  };
  const mask = list();
  if (at !== text.length) throw new Error(`Invalid field mask: ${text}`);
  return mask;
}

/** Keeps what the mask names; arrays are masked element by element. */
export function applyFieldMask(value: unknown, mask: Mask | null): unknown {
  if (mask === null) return value;
  if (Array.isArray(value)) return value.map((item) => applyFieldMask(item, mask));
  if (typeof value !== 'object' || value === null) return value;
  const fields = new Map(Object.entries(value));
  const kept: Record<string, unknown> = {};
  for (const [key, sub] of mask) {
    const field = fields.get(key);
    if (field !== undefined) kept[key] = applyFieldMask(field, sub);
  }
  return kept;
}

// ---- cells ----------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** A Date's local day and time as Sheets stores it: days since 30/12/1899, the time a fraction. */
export function dateSerial(date: Date): number {
  const days = (Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - SERIAL_EPOCH_UTC) / MS_PER_DAY;
  const ms = ((date.getHours() * 60 + date.getMinutes()) * 60 + date.getSeconds()) * 1000 + date.getMilliseconds();
  return days + ms / MS_PER_DAY;
}

/**
 * The NumberFormatType of a pattern, as Sheets classifies it: quoted text, escapes and
 * [colours] are left out; d or y is a date, h, s or AM/PM (or [h] of a duration) a time.
 */
export function numberFormatType(pattern: string): string {
  const bare = pattern.replace(/"[^"]*"|\\.|\[(?![hms]+\])[^\]]*\]/gi, '');
  if (bare.trim() === '@') return 'TEXT';
  const date = /[dy]/i.test(bare);
  const time = /[hs]|am\/pm|a\/p/i.test(bare);
  if (date && time) return 'DATE_TIME';
  if (date) return 'DATE';
  if (time) return 'TIME';
  if (bare.includes('%')) return 'PERCENT';
  if (/E[+-]/i.test(bare)) return 'SCIENTIFIC';
  return 'NUMBER';
}

/** Error texts a formula can show, by the API's ErrorType. */
const ERROR_TYPES: Readonly<Record<string, string>> = {
  '#ERROR!': 'ERROR',
  '#NULL!': 'NULL_VALUE',
  '#DIV/0!': 'DIVIDE_BY_ZERO',
  '#VALUE!': 'VALUE',
  '#REF!': 'REF',
  '#NAME?': 'NAME',
  '#NUM!': 'NUM',
  '#N/A': 'N_A',
};

function numberFormat(type: string, pattern: string) {
  return { numberFormat: { type, pattern } };
}

/** One cell as CellData (effectiveValue, effectiveFormat with its pattern); `{}` when empty. */
function cellData(cell: Cell | undefined): Record<string, unknown> {
  if (!cell || (cell.uncomputed && cell.formula !== undefined)) return {};
  const pattern = cell.style.numberFormat;
  const format = pattern === undefined ? {} : { effectiveFormat: numberFormat(numberFormatType(pattern), pattern) };
  const value = cell.value;
  if (isDate(value)) {
    const serial = dateSerial(value);
    const type = Number.isInteger(serial) ? 'DATE' : 'DATE_TIME';
    const known = pattern === undefined ? undefined : numberFormatType(pattern);
    const dateFormat =
      known === 'DATE' || known === 'DATE_TIME' || known === 'TIME'
        ? format
        : { effectiveFormat: numberFormat(type, type === 'DATE' ? 'dd/MM/yyyy' : 'dd/MM/yyyy HH:mm:ss') };
    return { effectiveValue: { numberValue: serial }, ...dateFormat };
  }
  if (typeof value === 'number') return { effectiveValue: { numberValue: value }, ...format };
  if (typeof value === 'boolean') return { effectiveValue: { boolValue: value }, ...format };
  if (value === '') return format;
  const error = cell.formula === undefined ? undefined : ERROR_TYPES[value];
  if (error) return { effectiveValue: { errorValue: { type: error, message: `${value} in a formula` } }, ...format };
  return { effectiveValue: { stringValue: value }, ...format };
}

function isEmpty(data: Record<string, unknown>): boolean {
  return Object.keys(data).length === 0;
}

/** A whole sheet as GridData: rows and cells up to the last one with anything, zero offsets left out. */
function gridData(sheet: LocalSheet): Record<string, unknown> {
  // Array.from, not map: a row never written is a hole in `rows`, and must come back as {}.
  const rowData = Array.from({ length: sheet.rows.length }, (_, r) => {
    const row = sheet.rows[r];
    const values = Array.from({ length: row?.length ?? 0 }, (_, c) => cellData(row?.[c]));
    while (values.length > 0 && isEmpty(values[values.length - 1] ?? {})) values.pop();
    return values.length > 0 ? { values } : {};
  });
  while (rowData.length > 0 && isEmpty(rowData[rowData.length - 1] ?? {})) rowData.pop();
  return rowData.length > 0 ? { rowData } : {};
}

/** A whole-sheet A1 range: 'quoted title' (a quote doubled) or a bare title; null for anything else. */
export function sheetOfRange(range: string): string | null {
  const quoted = /^'((?:[^']|'')*)'$/.exec(range);
  if (quoted) return (quoted[1] ?? '').replace(/''/g, "'");
  return /^[^'!:]+$/.test(range) ? range : null;
}

// ---- the API ----------------------------------------------------------------------------------

export class LocalSheetsApi {
  /** Answers given instead, by spreadsheet id: a test's 429, 500, or a scope refused. */
  readonly failures = new Map<string, ApiError>();

  constructor(
    private readonly registry: LocalSpreadsheetRegistry,
    private readonly counter: CallCounter,
  ) {}

  static handles(url: string): boolean {
    return url.startsWith(SHEETS_API_BASE);
  }

  /** GET `url` with these headers, as spreadsheets.get answers it. */
  get(url: string, headers: Readonly<Record<string, string>> = {}): ApiAnswer {
    this.counter.count('SheetsApi.spreadsheets.get');
    const authorization = Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization')?.[1];
    if (authorization !== `Bearer ${LOCAL_OAUTH_TOKEN}`) return errorBody(API_ERRORS.unauthenticated);
    const parsed = new URL(url);
    const match = /^\/v4\/spreadsheets\/([^/]+)$/.exec(parsed.pathname);
    if (!match) return errorBody({ code: 404, status: 'NOT_FOUND', message: `Not found: ${parsed.pathname}` });
    const id = decodeURIComponent(match[1] ?? '');
    const failure = this.failures.get(id);
    if (failure) return errorBody(failure);
    const found = this.registry.find(id);
    if (!found) return errorBody(API_ERRORS.notFound);
    if (found.access === 'none') return errorBody(API_ERRORS.noAccess);
    const book = found.book;

    const query = parsed.searchParams;
    const withGrid = query.get('includeGridData') === 'true';
    const ranges = query.getAll('ranges');
    const wanted = new Set<string>();
    for (const range of ranges) {
      const title = sheetOfRange(range);
      if (title === null) return badRequest(`The fake Sheets API reads whole sheets only, not ${range}`);
      if (!book.sheet(title)) return badRequest(`Unable to parse range: ${range}`);
      wanted.add(title);
    }
    const sheets = book.sheets
      .map((sheet, index) => ({ sheet, index }))
      .filter(({ sheet }) => ranges.length === 0 || wanted.has(sheet.name))
      .map(({ sheet, index }) => ({
        properties: { title: sheet.name, index, sheetType: 'GRID' },
        ...(withGrid && { data: [gridData(sheet)] }),
      }));
    const answer = { spreadsheetId: id, properties: { title: book.title, locale: 'vi_VN' }, sheets };
    const fields = query.get('fields');
    let mask: Mask | null = null;
    try {
      mask = fields === null ? null : parseFieldMask(fields);
    } catch (error) {
      return badRequest(error instanceof Error ? error.message : String(error));
    }
    return { code: 200, body: JSON.stringify(applyFieldMask(answer, mask)) };
  }
}
