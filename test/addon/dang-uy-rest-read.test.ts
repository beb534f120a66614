/**
 * Reading a chi bộ through the Sheets REST API (the local fake of it) gives the engine what
 * reading the spreadsheet with getDataRange().getValues() gives: the same grids, cell for
 * cell (dates, a date with a time, booleans of checkboxes, a percentage, a number typed as
 * text, an error shown by a formula, a blank row in the middle, formatted empty cells below),
 * hence the same consolidation and the same «Ngày vào Đảng» of every member; for the demo
 * đảng bộ of `phan-loai demo-dang-bo` too.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/addon/gas';
import { servicesFrom } from '../../src/addon/gas';
import type { DangUyServices } from '../../src/addon/dang-uy/gas';
import { readChiBoSources } from '../../src/addon/dang-uy/read-sources';
import { type ChiBoSource, consolidate } from '../../src/core/consolidate';
import type { ChiBoLink } from '../../src/core/dang-uy/chi-bo-list';
import { headerOf, type InputKey } from '../../src/core/columns';
import type { CalendarDate } from '../../src/core/normalize';
import { summarizeConsolidation } from '../../src/core/summary';
import { CallCounter } from '../../src/local/call-counter';
import { fill } from '../../src/local/sample';
import { chiBoRosterGrid, chiBoSettingsGrid, DEMO_DANG_BO } from '../../src/local/sample-dang-bo';
import { createLocalServices, type LocalServices } from '../../src/local/services';
import { LocalSpreadsheetRegistry } from '../../src/local/spreadsheet-registry';
import { LocalSpreadsheet } from '../../src/local/workbook';
import { chiBoId, linkOf } from './dang-uy-vm';
import { type Cell, restyle, styleChange } from '../../src/local/cell-model';

/** Sets a number format on a cell of the in-memory workbook without counting a call (styles are shared and frozen). */
function setNumberFormat(cell: Cell, numberFormat: string): void {
  cell.style = restyle(cell.style, styleChange({ numberFormat }));
}

const TODAY: CalendarDate = { year: 2025, month: 12, day: 20 };

interface World {
  readonly books: LocalSpreadsheet[];
  readonly entries: ChiBoLink[];
  readonly local: LocalServices;
  readonly services: DangUyServices;
}

function world(books: LocalSpreadsheet[]): World {
  const registry = new LocalSpreadsheetRegistry();
  for (const book of books) registry.add(book);
  const own = new LocalSpreadsheet(new CallCounter(), 'Đảng ủy');
  const local = createLocalServices(own, { htmlDir: '.', registry });
  const g = local.globals;
  const services: DangUyServices = { ...servicesFrom(g), fetch: g.UrlFetchApp, script: g.ScriptApp };
  const entries = books.map((book, k): ChiBoLink => ({ row: k + 2, name: book.title, link: linkOf(book.id), id: book.id }));
  return { books, entries, local, services };
}

/** What the chi bộ add-on's reading gives: getDataRange().getValues() of «Danh sách» and «Cấu hình». */
function direct(w: World): ChiBoSource[] {
  return w.books.map((book, k) => ({
    name: book.title,
    source: w.entries[k]?.link ?? '',
    input: { roster: book.sheet('Danh sách')?.values() ?? [], settings: book.sheet('Cấu hình')?.values() ?? null, today: TODAY },
  }));
}

function throughApi(w: World): ChiBoSource[] {
  const read = readChiBoSources(w.services, w.entries, TODAY);
  expect(read.problems).toEqual([]);
  return read.chiBo.map((r) => r.source);
}

function sameConsolidation(w: World) {
  const viaApi = throughApi(w);
  const viaSheets = direct(w);
  // Cell for cell: the same values, of the same types (a Date is compared by its instant).
  expect(viaApi.map((s) => [s.input.roster, s.input.settings])).toEqual(viaSheets.map((s) => [s.input.roster, s.input.settings]));
  const [a, b] = [consolidate(viaApi), consolidate(viaSheets)];
  expect(a.ok && b.ok).toBe(true);
  if (!a.ok || !b.ok) throw new Error('not consolidated');
  expect(summarizeConsolidation(a.consolidation)).toEqual(summarizeConsolidation(b.consolidation));
  return { viaApi: a.consolidation, viaSheets: b.consolidation };
}

describe('the demo đảng bộ read through the Sheets API', () => {
  const books = DEMO_DANG_BO.map((spec, unit) => {
    const book = new LocalSpreadsheet(new CallCounter(), spec.name, 'Asia/Ho_Chi_Minh', chiBoId(unit + 1));
    fill(book, 'Danh sách', chiBoRosterGrid(spec, unit));
    fill(book, 'Cấu hình', chiBoSettingsGrid(spec, unit));
    return book;
  });
  const w = world(books);

  it('gives the same grids and the same consolidation as reading the spreadsheets', () => {
    const { viaApi } = sameConsolidation(w);
    expect(viaApi.members).toHaveLength(90);
  });

  it('in two fetchAll calls and one token, touching no chi bộ spreadsheet through SpreadsheetApp', () => {
    w.local.counter.reset();
    throughApi(w);
    expect(w.local.counter.snapshot()).toEqual({
      'ScriptApp.getOAuthToken': 1,
      'SheetsApi.spreadsheets.get': 12,
      'UrlFetchApp.fetchAll': 2,
    });
    expect(books.map((b) => b.counter.total)).toEqual(books.map(() => 0));
  });
});

/** A QĐ 366 roster with the cells that could come back differently through the API. */
const KEYS: readonly InputKey[] = [
  'stt',
  'name',
  'post',
  'leader',
  'peerGroup',
  'membership',
  'admissionDate',
  'generalScore',
  'taskScore',
  'tasksAssigned',
  'tasksDone',
  'tasksLate',
  'tasksAbove',
  'lowConfidence',
  'docSelfReview',
  'docResidence',
  'docBiography',
];

function member(values: Partial<Record<InputKey, CellValue>>): CellValue[] {
  const row: Partial<Record<InputKey, CellValue>> = {
    membership: 'Chính thức',
    peerGroup: '2B',
    generalScore: 25,
    taskScore: 55,
    tasksAssigned: 10,
    tasksDone: 10,
    tasksLate: 0,
    tasksAbove: 2,
    docSelfReview: true,
    docResidence: true,
    docBiography: false,
    ...values,
  };
  return KEYS.map((key) => row[key] ?? '');
}

function mixedBook(): LocalSpreadsheet {
  const book = new LocalSpreadsheet(new CallCounter(), 'Chi bộ Trường THCS Hòa Bình', 'Asia/Ho_Chi_Minh', chiBoId(7));
  const rows: CellValue[][] = [
    KEYS.map(headerOf),
    member({ stt: 1, name: 'Trần Thị Mai', post: 'Bí thư', leader: 'Có', peerGroup: '2A', lowConfidence: 0.15 }),
    member({ stt: 2, name: 'Lê Văn Bình', admissionDate: new Date(2010, 2, 15), generalScore: '27' }),
    // A blank row in the middle of the roster.
    KEYS.map(() => ''),
    member({ stt: 4, name: 'Phạm Thu Hà', admissionDate: new Date(2025, 8, 1), membership: 'Dự bị', docBiography: true }),
    member({ stt: 5, name: 'Võ Minh Tâm', admissionDate: new Date(2019, 10, 30, 9, 30), post: '#REF!', taskScore: '60,5' }),
  ];
  fill(book, 'Danh sách', rows);
  const sheet = book.sheet('Danh sách');
  if (!sheet) throw new Error('no roster');
  // As «Tạo bảng mẫu» formats them: the date column for many rows below the last member, a percentage.
  const dateColumn = KEYS.indexOf('admissionDate') + 1;
  for (let r = 2; r <= 40; r++) setNumberFormat(sheet.cellForWrite(r, dateColumn), 'dd/mm/yyyy');
  setNumberFormat(sheet.cellForWrite(2, KEYS.indexOf('lowConfidence') + 1), '0%');
  // «Chức vụ» of member 5 is a formula showing an error.
  sheet.cellForWrite(6, KEYS.indexOf('post') + 1).formula = '=VLOOKUP(B6,Z:Z,2,FALSE)';
  fill(book, 'Cấu hình', [
    ['Thông số', 'Giá trị'],
    ['Tên chi bộ', 'Chi bộ Trường THCS Hòa Bình'],
    ['Năm đánh giá', 2025],
    ['Bộ quy tắc', 'QĐ 366-QĐ/TW (2025)'],
    ['Ngày họp', new Date(2025, 11, 10)],
    ['Hạn mức HTXS (%)', 0.2],
    ['Điểm tiêu chí chung của chi bộ', 27],
    ['Điểm kết quả nhiệm vụ của chi bộ', 63],
  ]);
  setNumberFormat(book.sheet('Cấu hình')!.cellForWrite(6, 2), '0%');
  return book;
}

describe('a roster of dates, checkboxes, a percentage, text numbers, an error and a blank row', () => {
  const book = mixedBook();
  const w = world([book]);

  it('gives the same grids and the same consolidation as reading the spreadsheet', () => {
    sameConsolidation(w);
  });

  it('gives every member the same «Ngày vào Đảng», the one typed', () => {
    const { viaApi, viaSheets } = sameConsolidation(w);
    const dates = (c: typeof viaApi) => c.members.map((m) => [m.result.member.name, m.result.member.admissionDate]);
    expect(dates(viaApi)).toEqual(dates(viaSheets));
    expect(dates(viaApi)).toEqual([
      ['Trần Thị Mai', null],
      ['Lê Văn Bình', { year: 2010, month: 3, day: 15 }],
      ['Phạm Thu Hà', { year: 2025, month: 9, day: 1 }],
      ['Võ Minh Tâm', { year: 2019, month: 11, day: 30 }],
    ]);
  });

  it('the cells come back as getValues gives them: Date, boolean, 0.15, text "27", "#REF!"', () => {
    const [source] = throughApi(w);
    const roster = source?.input.roster ?? [];
    const at = (row: number, key: InputKey) => roster[row]?.[KEYS.indexOf(key)];
    expect(at(2, 'admissionDate')).toEqual(new Date(2010, 2, 15));
    expect(at(5, 'admissionDate')).toEqual(new Date(2019, 10, 30, 9, 30));
    expect([at(1, 'docSelfReview'), at(1, 'docBiography')]).toEqual([true, false]);
    expect(at(1, 'lowConfidence')).toBe(0.15);
    expect(at(2, 'generalScore')).toBe('27');
    expect(at(5, 'post')).toBe('#REF!');
    expect(roster[3]).toEqual(KEYS.map(() => ''));
    // To the last member, not to the last formatted cell.
    expect(roster).toHaveLength(6);
  });
});
