/**
 * The local Sheets REST API (src/local/sheets-api-fake.ts) answers as Google documents it:
 * the field mask applied, trailing empty cells and rows left out, dates as serials with a DATE
 * format, Google's error bodies; UrlFetchApp.fetchAll is one counted call, each request in it
 * counted apart; an HTTP error throws unless muted.
 */
import { describe, expect, it } from 'vitest';
import { GRID_FIELDS, gridUrl, titlesUrl } from '../../src/addon/dang-uy/sheets-api';
import { CallCounter } from '../../src/local/call-counter';
import { fill } from '../../src/local/sample';
import { createLocalServices } from '../../src/local/services';
import {
  API_ERRORS,
  applyFieldMask,
  dateSerial,
  LOCAL_OAUTH_TOKEN,
  numberFormatType,
  parseFieldMask,
  sheetOfRange,
} from '../../src/local/sheets-api-fake';
import { LocalSpreadsheetRegistry } from '../../src/local/spreadsheet-registry';
import { LocalSpreadsheet } from '../../src/local/workbook';
import { type Cell, restyle, styleChange } from '../../src/local/cell-model';

/** Sets a number format on a cell of the in-memory workbook without counting a call (styles are shared and frozen). */
function setNumberFormat(cell: Cell, numberFormat: string): void {
  cell.style = restyle(cell.style, styleChange({ numberFormat }));
}

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd';
const HIDDEN = `${ID.slice(0, -1)}e`;
const AUTH = { Authorization: `Bearer ${LOCAL_OAUTH_TOKEN}` };

function setup() {
  const chiBoCounter = new CallCounter();
  const book = new LocalSpreadsheet(chiBoCounter, 'Chi bộ A', 'Asia/Ho_Chi_Minh', ID);
  fill(book, 'Danh sách', [
    ['STT', 'Họ và tên', 'Ngày vào Đảng', 'Bản kiểm điểm'],
    [1, 'Lê Văn A', new Date(2020, 2, 15), true],
    ['', '', '', ''],
    [3, 'Trần Thị C', new Date(2021, 0, 2, 6, 0), false],
  ]);
  const sheet = book.sheet('Danh sách');
  for (let r = 2; r <= 6; r++) if (sheet) setNumberFormat(sheet.cellForWrite(r, 3), 'dd/mm/yyyy');
  fill(book, "It's «Cấu hình»", [['Tên chi bộ', 'Chi bộ A']]);
  const registry = new LocalSpreadsheetRegistry()
    .add(book)
    .add(new LocalSpreadsheet(new CallCounter(), 'B', 'Asia/Ho_Chi_Minh', HIDDEN), 'none');
  const local = createLocalServices(new LocalSpreadsheet(new CallCounter()), { htmlDir: '.', registry });
  return { local, chiBoCounter };
}

function get(url: string, headers: Record<string, string> = AUTH) {
  const { local } = setup();
  const answer = local.sheetsApi.get(url, headers);
  return { code: answer.code, json: JSON.parse(answer.body) as unknown };
}

describe('spreadsheets.get', () => {
  it('titles: only what the field mask names', () => {
    expect(get(titlesUrl(ID))).toEqual({
      code: 200,
      json: {
        properties: { title: 'Chi bộ A' },
        sheets: [{ properties: { title: 'Danh sách' } }, { properties: { title: "It's «Cấu hình»" } }],
      },
    });
  });

  it('grids: trailing empty cells and rows left out, {} in between, a Date as its serial with DATE, a format alone kept', () => {
    const { code, json } = get(gridUrl(ID, ['Danh sách']));
    expect(code).toBe(200);
    const date = { type: 'DATE' };
    expect(json).toEqual({
      sheets: [
        {
          properties: { title: 'Danh sách' },
          data: [
            {
              rowData: [
                {
                  values: [
                    { effectiveValue: { stringValue: 'STT' } },
                    { effectiveValue: { stringValue: 'Họ và tên' } },
                    { effectiveValue: { stringValue: 'Ngày vào Đảng' } },
                    { effectiveValue: { stringValue: 'Bản kiểm điểm' } },
                  ],
                },
                {
                  values: [
                    { effectiveValue: { numberValue: 1 } },
                    { effectiveValue: { stringValue: 'Lê Văn A' } },
                    { effectiveValue: { numberValue: 43_905 }, effectiveFormat: { numberFormat: date } },
                    { effectiveValue: { boolValue: true } },
                  ],
                },
                { values: [{}, {}, { effectiveFormat: { numberFormat: date } }] },
                {
                  values: [
                    { effectiveValue: { numberValue: 3 } },
                    { effectiveValue: { stringValue: 'Trần Thị C' } },
                    // dd/mm/yyyy is a DATE format: Sheets keeps the time in the value.
                    { effectiveValue: { numberValue: 44_198.25 }, effectiveFormat: { numberFormat: date } },
                    { effectiveValue: { boolValue: false } },
                  ],
                },
                { values: [{}, {}, { effectiveFormat: { numberFormat: date } }] },
                { values: [{}, {}, { effectiveFormat: { numberFormat: date } }] },
              ],
            },
          ],
        },
      ],
    });
  });

  it('a row never written is {}', () => {
    const { local } = setup();
    const registry = new LocalSpreadsheetRegistry();
    const book = new LocalSpreadsheet(new CallCounter(), 'C', 'Asia/Ho_Chi_Minh', ID);
    fill(book, 'Danh sách', [['a'], [''], ['b']]);
    registry.add(book);
    const api = createLocalServices(new LocalSpreadsheet(local.counter), { htmlDir: '.', registry }).sheetsApi;
    expect(JSON.parse(api.get(gridUrl(ID, ['Danh sách']), AUTH).body)).toEqual({
      sheets: [
        {
          properties: { title: 'Danh sách' },
          data: [
            {
              rowData: [
                { values: [{ effectiveValue: { stringValue: 'a' } }] },
                {},
                { values: [{ effectiveValue: { stringValue: 'b' } }] },
              ],
            },
          ],
        },
      ],
    });
  });

  it('a quoted title with a quote in it; an unknown title or a cell range is a 400', () => {
    const { json } = get(gridUrl(ID, ["It's «Cấu hình»"]));
    expect(JSON.stringify(json)).toContain('Chi bộ A');
    expect(get(gridUrl(ID, ['Không có'])).code).toBe(400);
    expect(
      get(`https://sheets.googleapis.com/v4/spreadsheets/${ID}?includeGridData=true&ranges=A1:B2&fields=${GRID_FIELDS}`).code,
    ).toBe(400);
  });

  it('401 without the token, 404 for an unknown id, 403 for a spreadsheet not shared, with Google’s bodies', () => {
    expect(get(titlesUrl(ID), {})).toMatchObject({ code: 401, json: { error: { status: 'UNAUTHENTICATED' } } });
    expect(get(titlesUrl('1NoSuchSpreadsheet'.padEnd(44, 'z')))).toEqual({
      code: 404,
      json: { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } },
    });
    expect(get(titlesUrl(HIDDEN))).toMatchObject({ code: 403, json: { error: { status: 'PERMISSION_DENIED' } } });
  });

  it('a failure set for one spreadsheet, with its ErrorInfo reason', () => {
    const { local } = setup();
    local.sheetsApi.failures.set(ID, API_ERRORS.scopeInsufficient);
    const answer = local.sheetsApi.get(titlesUrl(ID), AUTH);
    expect(answer.code).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { details: [{ reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' }] } });
  });
});

describe('through UrlFetchApp', () => {
  it('fetchAll is one call; each request is counted apart; the chi bộ spreadsheet sees no call', () => {
    const { local, chiBoCounter } = setup();
    const request = (url: string) => ({ url, headers: AUTH, muteHttpExceptions: true });
    const answers = local.globals.UrlFetchApp.fetchAll([
      request(titlesUrl(ID)),
      request(titlesUrl(HIDDEN)),
      request(gridUrl(ID, ['Danh sách'])),
    ]);
    expect(answers.map((a) => a.getResponseCode())).toEqual([200, 403, 200]);
    expect(local.counter.snapshot()).toEqual({ 'SheetsApi.spreadsheets.get': 3, 'UrlFetchApp.fetchAll': 1 });
    expect(chiBoCounter.total).toBe(0);
  });

  it('an HTTP error throws unless muteHttpExceptions, as in Apps Script', () => {
    const { local } = setup();
    expect(() => local.globals.UrlFetchApp.fetchAll([{ url: titlesUrl(HIDDEN), headers: AUTH }])).toThrow(
      /^Request failed for https:\/\/sheets\.googleapis\.com returned code 403/,
    );
  });
});

describe('the pieces', () => {
  it('field masks: paths, sub-selections, arrays element by element', () => {
    const value = { a: { b: 1, c: 2 }, d: [{ e: 1, f: 2 }, { e: 3 }], g: 4 };
    expect(applyFieldMask(value, parseFieldMask('a.b,d(e)'))).toEqual({ a: { b: 1 }, d: [{ e: 1 }, { e: 3 }] });
    expect(applyFieldMask(value, parseFieldMask('a,g'))).toEqual({ a: { b: 1, c: 2 }, g: 4 });
    expect(() => parseFieldMask('a(b')).toThrow();
  });

  it('number format types, as Sheets classifies the patterns', () => {
    expect(
      ['dd/mm/yyyy', 'd"-"m', 'hh:mm', '[h]:mm:ss', 'dd/mm/yyyy hh:mm', '0%', '0.00', '@', '0.0E+00'].map(numberFormatType),
    ).toEqual(['DATE', 'DATE', 'TIME', 'TIME', 'DATE_TIME', 'PERCENT', 'NUMBER', 'TEXT', 'SCIENTIFIC']);
  });

  it('a Date’s serial: its local day and time', () => {
    expect(dateSerial(new Date(1899, 11, 30))).toBe(0);
    expect(dateSerial(new Date(2023, 2, 15))).toBe(45_000);
    expect(dateSerial(new Date(2023, 2, 15, 18))).toBe(45_000.75);
  });

  it('whole-sheet ranges only', () => {
    expect(sheetOfRange("'It''s'")).toBe("It's");
    expect(sheetOfRange('Danh sách')).toBe('Danh sách');
    expect(sheetOfRange("'Danh sách'!A1:B2")).toBeNull();
  });
});
