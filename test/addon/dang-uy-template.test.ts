/** The đảng ủy's «Tạo bảng mẫu»: makes the two input sheets, adds what is missing, never changes a value. */
import { describe, expect, it } from 'vitest';
import { CallCounter } from '../../src/local/call-counter';
import { loadGasRuntime } from '../../src/local/gas-runtime';
import { fill } from '../../src/local/sample';
import { LocalSpreadsheet } from '../../src/local/workbook';
import { DANG_UY_GAS_DIR, snapshot } from './dang-uy-vm';

function template(book: LocalSpreadsheet): string {
  const bundle = loadGasRuntime(book, DANG_UY_GAS_DIR);
  bundle.call('menuDangUySetupTemplate');
  return book.toasts.at(-1)?.message ?? '';
}

describe('the đảng ủy’s «Tạo bảng mẫu»', () => {
  it('on a new spreadsheet: the list header and every label, with the quota across the đảng bộ to start', () => {
    const book = new LocalSpreadsheet(new CallCounter());
    template(book);
    expect(book.sheet('Danh sách chi bộ')?.values()).toEqual([['STT', 'Tên chi bộ', 'Liên kết bảng tính']]);
    const settings = book.sheet('Cấu hình đảng ủy')?.values() ?? [];
    expect(settings[0]).toEqual(['Thông số', 'Giá trị']);
    expect(settings.map((r) => r[0])).toContain('Phạm vi hạn mức HTXS');
    expect(settings.find((r) => r[0] === 'Phạm vi hạn mức HTXS')?.[1]).toBe('Toàn đảng bộ');
    expect(settings.find((r) => r[0] === 'Đảng bộ có thành tích xuất sắc, nổi trội')?.[1]).toBe('Không');
    const scopeRow = settings.findIndex((r) => r[0] === 'Phạm vi hạn mức HTXS') + 1;
    expect(book.sheet('Cấu hình đảng ủy')?.cell(scopeRow, 2)?.validation).toMatchObject({
      kind: 'list',
      values: ['Toàn đảng bộ', 'Từng chi bộ'],
    });
  });

  it('run twice, changes nothing the second time', () => {
    const book = new LocalSpreadsheet(new CallCounter());
    template(book);
    const first = snapshot(book);
    expect(template(book)).toContain('đã đủ');
    expect(snapshot(book)).toBe(first);
  });

  it('on a list typed by hand: adds only the missing column, right of the data, and the missing labels below', () => {
    const book = new LocalSpreadsheet(new CallCounter());
    fill(book, 'Danh sách chi bộ', [
      ['Danh sách chi bộ trực thuộc'],
      ['Chi bộ', 'Ghi chú'],
      ['Chi bộ Trường THPT Số 2', 'đã gửi'],
    ]);
    fill(book, 'Cấu hình đảng ủy', [
      ['Tên đảng ủy', 'Đảng ủy xã An Bình'],
      ['Năm đánh giá', 2025],
    ]);
    const message = template(book);
    expect(book.sheet('Danh sách chi bộ')?.values()).toEqual([
      ['Danh sách chi bộ trực thuộc', '', ''],
      ['Chi bộ', 'Ghi chú', 'Liên kết bảng tính'],
      ['Chi bộ Trường THPT Số 2', 'đã gửi', ''],
    ]);
    const settings = book.sheet('Cấu hình đảng ủy')?.values() ?? [];
    expect(settings.slice(0, 2)).toEqual([
      ['Tên đảng ủy', 'Đảng ủy xã An Bình'],
      ['Năm đánh giá', 2025],
    ]);
    expect(settings.length).toBeGreaterThan(10);
    expect(message).toMatch(/^Đã bổ sung 1 cột vào «Danh sách chi bộ» và \d+ thông số vào «Cấu hình đảng ủy»/);
  });
});
