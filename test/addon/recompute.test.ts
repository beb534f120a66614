import { describe, expect, it } from 'vitest';
import { fill, sampleWorkbook } from '../../src/local/sample';
import type { LocalSheet, LocalSpreadsheet } from '../../src/local/workbook';
import { OUTPUT_BLOCKS, OUTPUT_WIDTHS, columnForHeader, headerOf } from '../../src/core/columns';
import { loadBundle } from './gas-vm';
import { FACTORY_HEADERS, rosterBook, rosterGrid } from './roster-factory';

function sheetSnapshot(sheet: LocalSheet | undefined): string {
  return JSON.stringify({
    rows: sheet?.rows,
    merges: sheet?.merges,
    frozen: sheet?.frozenRows,
    widths: [...(sheet?.columnWidths ?? [])],
  });
}

function inputColumns(book: LocalSpreadsheet, width: number): string {
  const sheet = book.sheet('Danh sách');
  return JSON.stringify(sheet?.rows.map((row) => (row ?? []).slice(0, width)));
}

describe('Tính lại (menuRecompute) on the local backend', () => {
  it('makes the same number of service calls for 10 and for 2,000 members', () => {
    const counts = [10, 2000].map((n) => {
      const bundle = loadBundle(rosterBook(n));
      bundle.services.counter.reset();
      bundle.call('menuRecompute');
      expect(bundle.services.book.toasts[0]?.message).toBe(`Đã xếp loại ${n} đảng viên.`);
      return bundle.services.counter.snapshot();
    });
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0]?.['Range.getValues']).toBe(2);
    expect(counts[0]?.['Range.setValues']).toBe(1);
    expect(Object.values(counts[0] ?? {}).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(20);
  });

  it('leaves every input cell byte-for-byte unchanged, and writes only the five output columns', () => {
    const book = sampleWorkbook();
    const width = book.sheet('Danh sách')?.lastColumn() ?? 0;
    const before = inputColumns(book, width);
    const settingsBefore = sheetSnapshot(book.sheet('Cấu hình'));
    loadBundle(book).call('menuRecompute');
    expect(inputColumns(book, width)).toBe(before);
    expect(sheetSnapshot(book.sheet('Cấu hình'))).toBe(settingsBefore);
    expect(book.sheet('Danh sách')?.lastColumn()).toBe(width + 5);
  });

  it('running twice gives identical sheets', () => {
    const book = sampleWorkbook();
    const bundle = loadBundle(book);
    bundle.call('menuRecompute');
    const once = book.sheets.map(sheetSnapshot);
    bundle.call('menuRecompute');
    expect(book.sheets.map(sheetSnapshot)).toEqual(once);
  });

  it('finds columns reordered and renamed to an alias, and leaves unknown columns alone', () => {
    const grid = rosterGrid(12);
    const aliases: Record<string, string> = {
      'Họ và tên': 'HỌ TÊN',
      'Số tháng nghỉ ốm': 'nghi om (thang)',
      'Kết quả thi đua': 'Thi đua',
      'Phiếu HTT': 'so phieu htt',
    };
    const order = [...FACTORY_HEADERS.keys()].reverse();
    const reordered = grid.map((row, r) => order.map((i) => (r === 0 ? (aliases[String(row[i])] ?? row[i]) : row[i]) ?? ''));
    const plain = rosterBook(12);
    const shuffled = rosterBook(12);
    shuffled.sheets[0]?.rows.splice(0);
    fill(shuffled, 'Danh sách', reordered);
    const a = loadBundle(plain);
    a.call('menuRecompute');
    const b = loadBundle(shuffled);
    b.call('menuRecompute');
    const results = (book: LocalSpreadsheet) => {
      const values = book.sheet('Danh sách')?.values() ?? [];
      const col = values[0]?.indexOf('Kết quả xếp loại') ?? -1;
      return values.slice(1).map((row) => row[col]);
    };
    expect(results(shuffled)).toEqual(results(plain));
    expect(results(plain).length).toBe(12);
    const unknown = shuffled
      .sheet('Danh sách')
      ?.values()
      .map((row) => row[0]);
    expect(unknown?.slice(0, 3)).toEqual(['Ghi chú riêng', 'ghi chú 0', 'ghi chú 1']);
  });

  it('a missing required column gives a clear error and writes nothing', () => {
    const grid = rosterGrid(5).map((row) => row.filter((_, i) => i !== FACTORY_HEADERS.indexOf('Loại đảng viên')));
    const book = rosterBook(0);
    book.sheets[0]?.rows.splice(0);
    fill(book, 'Danh sách', grid);
    const before = book.sheets.map(sheetSnapshot);
    const bundle = loadBundle(book);
    bundle.call('menuRecompute');
    expect(book.sheets.map(sheetSnapshot)).toEqual(before);
    const alert = bundle.services.ui.shown.find((s) => s.kind === 'alert');
    expect(alert?.body).toContain('Thiếu cột «Loại đảng viên» trong trang «Danh sách»');
    expect(alert?.body).toContain('Tạo bảng mẫu');
    expect(bundle.services.counter.snapshot()['Range.setValues']).toBeUndefined();
  });

  it('shows a dialog listing each row error with its row, column and message', () => {
    const grid = rosterGrid(6);
    grid[3]![6] = 15;
    grid[5]![5] = 'Giỏi';
    const book = rosterBook(0);
    book.sheets[0]?.rows.splice(0);
    fill(book, 'Danh sách', grid);
    const bundle = loadBundle(book);
    bundle.call('menuRecompute');
    const dialog = bundle.services.ui.shown.find((s) => s.kind === 'dialog');
    expect(dialog?.title).toBe('Lỗi dữ liệu cần sửa');
    expect(dialog?.body).toContain('Dòng 4, cột «Số tháng nghỉ ốm»: giá trị «15» phải nằm trong khoảng từ 0 đến 12.');
    expect(dialog?.body).toContain('Dòng 6, cột «Kết quả thi đua»: giá trị «Giỏi»');
    expect(bundle.services.book.toasts[0]?.message).toBe('Đã xếp loại 6 đảng viên; có 2 lỗi dữ liệu cần sửa.');
  });
});

describe('the document lock', () => {
  it('a recompute while another holds the lock fails with a clear message and writes nothing', () => {
    const book = sampleWorkbook();
    const bundle = loadBundle(book);
    const before = book.sheets.map(sheetSnapshot);
    expect(bundle.services.lock.tryLock(1000)).toBe(true);
    bundle.call('menuRecompute');
    expect(book.sheets.map(sheetSnapshot)).toEqual(before);
    expect(bundle.services.ui.shown.at(-1)?.body).toContain('Đang có một lần «Tính lại» khác chạy');
    bundle.services.lock.releaseLock();
    bundle.call('menuRecompute');
    expect(book.sheets.map(sheetSnapshot)).not.toEqual(before);
    expect(bundle.services.lock.hasLock()).toBe(false);
  });

  it('the lock is released even when the run fails', () => {
    const book = rosterBook(0);
    book.sheets[0]?.rows.splice(0);
    fill(book, 'Danh sách', [['Họ và tên']]);
    const bundle = loadBundle(book);
    bundle.call('menuRecompute');
    expect(bundle.services.lock.hasLock()).toBe(false);
  });
});

describe('a column with data but no header', () => {
  it('Tính lại never writes over a column that has data but no header', () => {
    const book = rosterBook(4);
    const roster = book.sheet('Danh sách')!;
    const width = roster.lastColumn();
    roster.cellForWrite(3, width + 2).value = 'ghi chú không có tiêu đề';
    const bundle = loadBundle(book);
    bundle.call('menuRecompute');
    expect(roster.cell(3, width + 2)?.value).toBe('ghi chú không có tiêu đề');
    expect(roster.values()[0]?.slice(width + 2)).toEqual([
      'Mức theo tiêu chí',
      'Mức theo phiếu',
      'Kết quả xếp loại',
      'Cảnh báo',
      'Giải thích',
    ]);
  });
});

describe('Tính lại after switching «Bộ quy tắc»: the output columns that exist are reused', () => {
  const QD366 = 'QĐ 366-QĐ/TW (2025)';
  const PLAN = 'Kế hoạch chi bộ 2023';

  function setProfile(book: LocalSpreadsheet, name: string): void {
    const settings = book.sheet('Cấu hình');
    const row = (settings?.values() ?? []).findIndex((r) => r[0] === 'Bộ quy tắc') + 1;
    if (settings && row > 0) settings.cellForWrite(row, 2).value = name;
  }

  /** Gives every member of the sample a total score, in the «Tổng điểm» column (added when missing). */
  function fillScores(book: LocalSpreadsheet): void {
    const roster = book.sheet('Danh sách');
    if (!roster) return;
    let column = (roster.values()[0] ?? []).indexOf('Tổng điểm') + 1;
    if (column === 0) {
      column = roster.lastColumn() + 1;
      roster.cellForWrite(1, column).value = 'Tổng điểm';
    }
    for (let row = 2; row <= 26; row++) roster.cellForWrite(row, column).value = 60 + row;
  }

  const isOutputHeader = (h: unknown) => {
    const key = columnForHeader(h);
    return key !== undefined && key in OUTPUT_WIDTHS;
  };
  const header = (book: LocalSpreadsheet) => book.sheet('Danh sách')?.values()[0] ?? [];
  const duplicates = (row: readonly unknown[]) => row.filter((h, i) => h !== '' && row.indexOf(h) !== i);
  const QD_BLOCK = OUTPUT_BLOCKS.score.map(headerOf);
  const PLAN_BLOCK = OUTPUT_BLOCKS.votes.map(headerOf);
  /** 0-based column where `run` stands in `row`, or -1. */
  const blockAt = (row: readonly unknown[], run: readonly string[]) =>
    row.findIndex((_, c) => run.every((h, i) => row[c + i] === h));

  it.each([
    ['with «Tạo bảng mẫu» run again after the switch', true],
    ['with the score column typed in by hand', false],
  ])('2023 plan → QĐ 366 → 2023 plan, %s: no header twice, every run classifies', (_, template) => {
    const book = sampleWorkbook();
    const bundle = loadBundle(book);
    bundle.call('menuRecompute');
    const width2023 = header(book).length;
    setProfile(book, QD366);
    if (template) bundle.call('menuSetupTemplate');
    fillScores(book);
    const before = book.sheet('Danh sách')?.values() ?? [];

    bundle.call('menuRecompute');
    expect(book.toasts.at(-1)?.message).toMatch(/^Đã xếp loại 25 đảng viên/);
    const qd = header(book);
    expect(duplicates(qd)).toEqual([]);
    // One output block, the QĐ 366 one (with «Điểm» and «Nhóm»): the 2023 block was replaced, not doubled.
    expect(blockAt(qd, QD_BLOCK)).toBeGreaterThanOrEqual(width2023 - 5);
    expect(qd.filter(isOutputHeader)).toEqual(QD_BLOCK);
    const values = book.sheet('Danh sách')?.values() ?? [];
    const at = (row: number, h: string) => values[row - 1]?.[qd.indexOf(h)];
    expect(at(2, 'Điểm')).toBe('62');
    expect(at(2, 'Nhóm')).toBe('2A');
    expect(at(2, 'Kết quả xếp loại')).not.toBe('');
    // Nothing but output cells changed: every other cell is as it was, in the same column.
    const beforeHeader = before[0] ?? [];
    const outputs = new Set(
      [...qd, ...beforeHeader].flatMap((_, c) => (isOutputHeader(qd[c]) || isOutputHeader(beforeHeader[c]) ? [c] : [])),
    );
    const notOutput = (grid: readonly (readonly unknown[])[]) =>
      JSON.stringify(grid.map((row) => row.slice(0, before[0]?.length).map((cell, c) => (outputs.has(c) ? null : cell))));
    expect(notOutput(values)).toBe(notOutput(before));
    expect(values).toHaveLength(before.length);

    // A second run under QĐ 366 writes into the same columns: the sheet is stable.
    const once = JSON.stringify(book.sheet('Danh sách')?.values());
    bundle.call('menuRecompute');
    expect(JSON.stringify(book.sheet('Danh sách')?.values())).toBe(once);

    // And back to the 2023 plan: its block is written over the QĐ 366 one, nothing is added.
    setProfile(book, PLAN);
    bundle.call('menuRecompute');
    expect(book.toasts.at(-1)?.message).toMatch(/^Đã xếp loại 25 đảng viên/);
    // The 2023 block is 2 columns narrower: those are blanked, so the used range may end sooner.
    expect(header(book).length).toBeLessThanOrEqual(qd.length);
    expect(header(book).filter(isOutputHeader)).toEqual(PLAN_BLOCK);
    expect(blockAt(header(book), PLAN_BLOCK)).toBe(blockAt(qd, QD_BLOCK));
    bundle.call('menuRecompute');
    expect(book.toasts.at(-1)?.message).toMatch(/^Đã xếp loại 25 đảng viên/);
  });
});

describe('sheet names matched like headers', () => {
  it('«DANH SÁCH» and «cấu hình» (NFD) are the roster and the settings', () => {
    const book = sampleWorkbook();
    book.sheet('Danh sách')?.rename('DANH SÁCH');
    book.sheet('Cấu hình')?.rename('cấu hình'.normalize('NFD'));
    const bundle = loadBundle(book);
    bundle.call('menuRecompute');
    expect(book.toasts.at(-1)?.message).toMatch(/^Đã xếp loại 25 đảng viên/);
    // «Cấu hình» was read: the sample's quota line (P = 15, T = 16, k = 2) and its chi bộ name.
    expect(book.sheet('DANH SÁCH')?.values()[0]).toContain('Kết quả xếp loại');
  });
});
