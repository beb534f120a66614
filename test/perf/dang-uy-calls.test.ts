/**
 * The đảng ủy's «Tổng hợp» reads N chi bộ spreadsheets in the same calls whatever N and
 * whatever their size: one ScriptApp.getOAuthToken and two UrlFetchApp.fetchAll (every
 * spreadsheet's sheet titles, then their «Danh sách» and «Cấu hình»), each fetchAll carrying
 * one Sheets API request per chi bộ, sent in parallel. Nothing reaches a chi bộ spreadsheet
 * through SpreadsheetApp. Its own writes grow by one decision sheet per chi bộ, a constant
 * number of calls, and never with the members.
 */
import { describe, expect, it } from 'vitest';
import { dangBo, loadDangUyBundle } from '../addon/dang-uy-vm';

/** The Apps Script calls that read other spreadsheets (openById would be one: it must stay 0). */
const READ_CALLS = [
  'ScriptApp.getOAuthToken',
  'UrlFetchApp.fetchAll',
  'UrlFetchApp.fetch',
  'SpreadsheetApp.openById',
  'SpreadsheetApp.openByUrl',
];
/** One HTTP request inside a fetchAll (counted by the local Sheets API). */
const REQUEST = 'SheetsApi.spreadsheets.get';

interface Measured {
  /** The read calls made, by name. */
  readonly reads: Record<string, number>;
  /** Sheets API requests, all inside the fetchAll calls. */
  readonly requests: number;
  /** Calls on the chi bộ spreadsheets' own objects (getValues, getSheetByName, …). */
  readonly chiBoCalls: number;
  /** Every other call: the đảng ủy's spreadsheet and services. */
  readonly ownTotal: number;
}

function measure(n: number, members: (i: number) => number): Measured {
  const world = dangBo(n, { members });
  loadDangUyBundle(world).call('menuDangUyConsolidate');
  expect(world.book.toasts[0]?.message).toMatch(new RegExp(`^Đã tổng hợp ${n} chi bộ`));
  const calls = world.counter.snapshot();
  const reads = Object.fromEntries(READ_CALLS.filter((name) => calls[name]).map((name) => [name, calls[name] ?? 0]));
  const requests = calls[REQUEST] ?? 0;
  const readTotal = Object.values(reads).reduce((a, b) => a + b, 0);
  return { reads, requests, chiBoCalls: world.chiBoCounter.total, ownTotal: world.counter.total - readTotal - requests };
}

/** The calls that read every chi bộ spreadsheet, whatever their number. */
const READS = { 'ScriptApp.getOAuthToken': 1, 'UrlFetchApp.fetchAll': 2 };

describe('«Tổng hợp» over N chi bộ spreadsheets', () => {
  const sizes = (i: number) => 3 + ((i * 7) % 40);
  const two = measure(2, sizes);
  const fifty = measure(50, sizes);

  it('reads every spreadsheet in the same 3 calls at N = 2 and at N = 50 (a token, 2 fetchAll)', () => {
    expect(two.reads).toEqual(READS);
    expect(fifty.reads).toEqual(READS);
    expect(two.chiBoCalls).toBe(0);
    expect(fifty.chiBoCalls).toBe(0);
  });

  it('each fetchAll carries one request per chi bộ: 2 × N requests in all', () => {
    expect(two.requests).toBe(4);
    expect(fifty.requests).toBe(100);
  });

  it('reads spreadsheets of 300 members with the same calls and requests as ones of 5', () => {
    const [big, small] = [measure(2, () => 300), measure(2, () => 5)];
    expect(big.reads).toEqual(small.reads);
    expect(big.requests).toBe(small.requests);
  });

  it('writes a constant number of calls per chi bộ (its decision sheet), the same for 5 or 300 members each', () => {
    // Five members each: every run has members the đảng ủy placed otherwise (the report lists them);
    // 300 each: none. Either way the writes grow by the same calls per chi bộ.
    for (const members of [() => 5, () => 300]) {
      const [a, b, c] = [2, 3, 50].map((n) => measure(n, members).ownTotal);
      const perChiBo = (b ?? 0) - (a ?? 0);
      expect(perChiBo).toBe(23);
      expect((c ?? 0) - (a ?? 0)).toBe(48 * perChiBo);
    }
  });
});
