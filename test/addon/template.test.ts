import { describe, expect, it } from 'vitest';
import { CallCounter } from '../../src/local/call-counter';
import { sampleWorkbook } from '../../src/local/sample';
import { LocalSpreadsheet } from '../../src/local/workbook';
import { PLAN_2023 } from '../../src/core/profiles';
import { rosterHeaders } from '../../src/layout/template';

const ROSTER_HEADERS = rosterHeaders(PLAN_2023);
import { loadBundle } from './gas-vm';
import { rosterBook } from './roster-factory';

describe('Tạo bảng mẫu', () => {
  it('creates both sheets with canonical headers, dropdowns, checkboxes, frozen header, widths and colours', () => {
    const book = new LocalSpreadsheet(new CallCounter());
    const bundle = loadBundle(book);
    bundle.call('menuSetupTemplate');
    const roster = book.sheet('Danh sách');
    expect(roster?.values()[0]).toEqual(ROSTER_HEADERS);
    expect(roster?.frozenRows).toBe(1);
    const col = (h: string) => ROSTER_HEADERS.indexOf(h) + 1;
    expect(roster?.cell(2, col('Loại đảng viên'))?.validation).toMatchObject({ kind: 'list', values: ['Chính thức', 'Dự bị'] });
    expect(roster?.cell(50, col('Kết quả thi đua'))?.validation).toMatchObject({
      kind: 'list',
      values: ['HTXS', 'CSTĐCS', 'HTT', 'HT', 'HT-HC', 'KHT'],
    });
    expect(roster?.cell(2, col('Kết luận chi bộ'))?.validation).toMatchObject({
      kind: 'list',
      values: ['HTXS', 'HTT', 'HT', 'KHT'],
    });
    expect(roster?.cell(2, col('Bản kiểm điểm'))?.validation).toEqual({ kind: 'checkbox' });
    expect(roster?.cell(2, col('Họ và tên'))?.validation).toBeUndefined();
    expect(roster?.columnWidths.get(col('Giải thích'))).toBe(480);
    expect(roster?.cell(1, 1)?.style.bold).toBe(true);
    const colors = roster?.conditionalRules.map((r) => [r.condition, r.background]);
    expect(colors).toContainEqual([{ kind: 'textEqualTo', text: 'KHT' }, '#f4cccc']);
    expect(colors).toContainEqual([{ kind: 'notEmpty' }, '#fce8b2']);
    const settings = book.sheet('Cấu hình')?.values();
    expect(settings?.[0]).toEqual(['Thông số', 'Giá trị']);
    expect(settings?.map((r) => r[0])).toContain('Hạn mức HTXS (%)');
    expect(settings?.find((r) => r[0] === 'Bộ quy tắc')?.[1]).toBe('Kế hoạch chi bộ 2023');
    expect(book.toasts[0]?.message).toBe('Đã tạo bảng mẫu: «Danh sách», «Cấu hình». Dữ liệu sẵn có không bị thay đổi.');
  });

  it('never changes existing values, and running it twice changes nothing more', () => {
    const book = sampleWorkbook();
    const values = () => book.sheets.map((s) => JSON.stringify(s.values()));
    const before = values();
    const bundle = loadBundle(book);
    bundle.call('menuSetupTemplate');
    const after = values();
    // Existing cells are unchanged; only the five output headers were added to the roster.
    const roster = book.sheet('Danh sách')!.values();
    expect(JSON.stringify(roster.map((row) => row.slice(0, 21)))).toBe(before[0]);
    expect(roster[0]?.slice(21)).toEqual(['Mức theo tiêu chí', 'Mức theo phiếu', 'Kết quả xếp loại', 'Cảnh báo', 'Giải thích']);
    expect(after[1]).toBe(before[1]);
    bundle.call('menuSetupTemplate');
    expect(values()).toEqual(after);
  });

  it('adds missing headers to an existing roster to the right, and makes a flat number of calls', () => {
    const counts = [10, 2000].map((n) => {
      const bundle = loadBundle(rosterBook(n));
      bundle.call('menuSetupTemplate');
      return bundle.services.counter.total;
    });
    expect(counts[0]).toBe(counts[1]);
    const book = rosterBook(3);
    loadBundle(book).call('menuSetupTemplate');
    const header = book.sheet('Danh sách')?.values()[0] ?? [];
    expect(header.slice(0, 2)).toEqual(['STT', 'Họ và tên']);
    expect(header).toContain('Phiếu bổ sung lý lịch');
    expect(header.at(-1)).toBe('Giải thích');
  });
});

describe('Tạo bảng mẫu beside a column with data but no header', () => {
  it('Tạo bảng mẫu adds its headers after a column that has data but no header', () => {
    const book = rosterBook(4);
    const roster = book.sheet('Danh sách')!;
    const width = roster.lastColumn();
    roster.cellForWrite(2, width + 1).value = 'dữ liệu riêng';
    loadBundle(book).call('menuSetupTemplate');
    expect(roster.cell(2, width + 1)?.value).toBe('dữ liệu riêng');
    expect(roster.cell(1, width + 1)?.value).toBe('');
    expect(roster.cell(1, width + 2)?.value).not.toBe('');
  });
});
