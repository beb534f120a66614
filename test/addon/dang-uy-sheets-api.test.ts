/**
 * The đảng ủy's side of the Sheets REST API (src/addon/dang-uy/sheets-api.ts), on answers
 * written by hand as the API reference describes them: the request URLs, every kind of cell,
 * the rectangle getDataRange would cover, exact dates, and how a refusal is classified.
 */
import { describe, expect, it } from 'vitest';
import {
  cellValue,
  civilFromDays,
  errorCellText,
  failureOf,
  GRID_FIELDS,
  gridAnswer,
  gridUrl,
  gridValues,
  quoteSheetTitle,
  readAnswer,
  serialToDate,
  timeText,
  titlesUrl,
} from '../../src/addon/dang-uy/sheets-api';
import { parseDate } from '../../src/core/normalize';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd';

describe('the request URLs', () => {
  it('titles: the spreadsheet name and its sheets’ titles only', () => {
    expect(titlesUrl(ID)).toBe(
      `https://sheets.googleapis.com/v4/spreadsheets/${ID}?fields=properties.title%2Csheets.properties.title`,
    );
  });

  it('grids: each title A1-quoted (a quote doubled) and percent-encoded, with the field mask', () => {
    expect(quoteSheetTitle("It's mine")).toBe("'It''s mine'");
    const url = new URL(gridUrl(ID, ['Danh sách', "Cấu hình (bí thư's)"]));
    expect(url.searchParams.getAll('ranges')).toEqual(["'Danh sách'", "'Cấu hình (bí thư''s)'"]);
    expect(url.searchParams.get('includeGridData')).toBe('true');
    expect(url.searchParams.get('fields')).toBe(GRID_FIELDS);
    // Nothing UrlFetchApp could refuse or misread: no space, quote, parenthesis or non-ASCII letter.
    expect(gridUrl(ID, ["Cấu hình (bí thư's)"])).toMatch(/^[A-Za-z0-9:/._?=&%-]+$/);
  });
});

describe('cells, as getValues gives them', () => {
  it('numbers, text, booleans; a percentage is its number; a number typed as text stays text', () => {
    expect(cellValue({ effectiveValue: { numberValue: 27.5 } })).toBe(27.5);
    expect(cellValue({ effectiveValue: { numberValue: 0.15 }, effectiveFormat: { numberFormat: { type: 'PERCENT' } } })).toBe(
      0.15,
    );
    expect(cellValue({ effectiveValue: { stringValue: '27' } })).toBe('27');
    expect(cellValue({ effectiveValue: { stringValue: '  Nguyễn Văn A ' } })).toBe('  Nguyễn Văn A ');
    expect(cellValue({ effectiveValue: { boolValue: true } })).toBe(true);
    expect(cellValue({ effectiveValue: { boolValue: false } })).toBe(false);
    expect(cellValue({})).toBe('');
    expect(cellValue({ effectiveFormat: { numberFormat: { type: 'DATE' } } })).toBe('');
  });

  it('a DATE is a Date at that local day; a DATE_TIME keeps its time; the engine reads the same day', () => {
    const date = cellValue({ effectiveValue: { numberValue: 45_000 }, effectiveFormat: { numberFormat: { type: 'DATE' } } });
    expect(date).toEqual(new Date(2023, 2, 15));
    expect(parseDate(date)).toEqual({ year: 2023, month: 3, day: 15 });
    // The engine reads the serial itself the same way.
    expect(parseDate(45_000)).toEqual({ year: 2023, month: 3, day: 15 });
    const withTime = cellValue({
      effectiveValue: { numberValue: 45_000.5625 },
      effectiveFormat: { numberFormat: { type: 'DATE_TIME' } },
    });
    expect(withTime).toEqual(new Date(2023, 2, 15, 13, 30));
    expect(parseDate(withTime)).toEqual({ year: 2023, month: 3, day: 15 });
  });

  it('a TIME alone is text that no parser takes for a score or a date', () => {
    const time = cellValue({
      effectiveValue: { numberValue: 0.354_166_666_7 },
      effectiveFormat: { numberFormat: { type: 'TIME' } },
    });
    expect(time).toBe('08:30');
    expect(parseDate(time)).toBeUndefined();
    expect(timeText(1.5)).toBe('36:00');
    expect(timeText(0.5 + 15 / 86_400)).toBe('12:00:15');
  });

  it('an error is the text Sheets shows', () => {
    expect(cellValue({ effectiveValue: { errorValue: { type: 'REF' } } })).toBe('#REF!');
    expect(cellValue({ effectiveValue: { errorValue: { type: 'N_A' } } })).toBe('#N/A');
    expect(cellValue({ effectiveValue: { errorValue: { type: 'DIVIDE_BY_ZERO' } } })).toBe('#DIV/0!');
    expect(errorCellText('SOMETHING_NEW')).toBe('#ERROR!');
  });
});

describe('serials to dates, in integer arithmetic', () => {
  it('every day from 1899 to 2200 agrees with Date.UTC', () => {
    const epoch = Date.UTC(1899, 11, 30);
    for (let serial = -400; serial <= 110_000; serial += 1) {
      const utc = new Date(epoch + serial * 86_400_000);
      const expected = { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
      if (JSON.stringify(civilFromDays(serial - 25_569)) !== JSON.stringify(expected))
        expect(civilFromDays(serial - 25_569), String(serial)).toEqual(expected);
    }
  });

  it('the leap days and the first days', () => {
    expect(serialToDate(0)).toEqual(new Date(1899, 11, 30));
    expect(serialToDate(1)).toEqual(new Date(1899, 11, 31));
    expect(serialToDate(61)).toEqual(new Date(1900, 2, 1));
    expect(serialToDate(36_585)).toEqual(new Date(2000, 1, 29));
    expect(serialToDate(46_081)).toEqual(new Date(2026, 1, 28));
    // A time a hair under midnight rounds into the next day, not to 24:00.
    expect(serialToDate(45_000.999_999_999_9)).toEqual(new Date(2023, 2, 16));
  });
});

describe('a sheet’s grid', () => {
  it("pads missing cells and rows with '' to the last cell with a value, from A1", () => {
    const grid = gridValues([
      {
        rowData: [
          { values: [{ effectiveValue: { stringValue: 'STT' } }, { effectiveValue: { stringValue: 'Họ và tên' } }] },
          { values: [{ effectiveValue: { numberValue: 1 } }, {}, { effectiveValue: { boolValue: true } }] },
          {},
          { values: [{}, { effectiveValue: { stringValue: 'Lê B' } }] },
          // Formatted, empty: not data, as for getDataRange.
          { values: [{ effectiveFormat: { numberFormat: { type: 'DATE' } } }, {}, {}, {}] },
        ],
      },
    ]);
    expect(grid).toEqual([
      ['STT', 'Họ và tên', ''],
      [1, '', true],
      ['', '', ''],
      ['', 'Lê B', ''],
    ]);
  });

  it('places a grid that starts further down or right at its offset', () => {
    expect(
      gridValues([{ startRow: 1, startColumn: 2, rowData: [{ values: [{ effectiveValue: { numberValue: 5 } }] }] }]),
    ).toEqual([
      ['', '', ''],
      ['', '', 5],
    ]);
  });

  it('an empty sheet is one empty cell, as getDataRange gives it', () => {
    expect(gridValues([])).toEqual([['']]);
    expect(gridValues([{}])).toEqual([['']]);
  });
});

const response = (code: number, body: unknown) => ({
  getResponseCode: () => code,
  getContent: () => [],
  getContentText: () => (typeof body === 'string' ? body : JSON.stringify(body)),
});

describe('answers and refusals', () => {
  const error = (code: number, message: string, reason?: string) => ({
    error: {
      code,
      message,
      status: 'X',
      ...(reason && { details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason }] }),
    },
  });

  it('by status, and by the reason Google gives', () => {
    expect(failureOf(403, JSON.stringify(error(403, 'The caller does not have permission')))).toEqual({
      kind: 'noAccess',
      detail: 'The caller does not have permission',
    });
    expect(failureOf(404, JSON.stringify(error(404, 'Requested entity was not found.'))).kind).toBe('notFound');
    expect(failureOf(429, JSON.stringify(error(429, 'Quota exceeded', 'RATE_LIMIT_EXCEEDED'))).kind).toBe('later');
    expect(failureOf(500, '<html>oops</html>')).toEqual({ kind: 'later', detail: 'HTTP 500' });
    expect(failureOf(503, '').kind).toBe('later');
    expect(
      failureOf(
        403,
        JSON.stringify(error(403, 'Request had insufficient authentication scopes.', 'ACCESS_TOKEN_SCOPE_INSUFFICIENT')),
      ).kind,
    ).toBe('scope');
    expect(failureOf(403, JSON.stringify(error(403, 'Google Sheets API has not been used', 'SERVICE_DISABLED'))).kind).toBe(
      'disabled',
    );
    expect(
      failureOf(403, JSON.stringify({ error: { code: 403, message: 'x', errors: [{ reason: 'accessNotConfigured' }] } })).kind,
    ).toBe('disabled');
    expect(failureOf(401, '').kind).toBe('scope');
    expect(failureOf(400, JSON.stringify(error(400, 'Unable to parse range'))).kind).toBe('other');
  });

  it('a 200 must have the expected shape', () => {
    expect(readAnswer(response(200, { sheets: [{ properties: { title: 'A' } }] }), gridAnswer)).toEqual({
      ok: true,
      value: { sheets: [{ properties: { title: 'A' } }] },
    });
    expect(readAnswer(response(200, 'not json'), gridAnswer).ok).toBe(false);
    expect(readAnswer(response(200, { sheets: [{ properties: { title: 7 } }] }), gridAnswer).ok).toBe(false);
    expect(readAnswer(undefined, gridAnswer).ok).toBe(false);
  });
});
