import { describe, expect, it } from 'vitest';
import { CallCounter } from '../../src/local/call-counter';
import { sampleWorkbook } from '../../src/local/sample';
import { LocalSpreadsheet, type SheetValue } from '../../src/local/workbook';
import { headerOf } from '../../src/core/columns';
import { PLAN_2023, QD366_2025 } from '../../src/core/profiles';
import { settingLabel } from '../../src/core/settings';
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

describe('Tạo bảng mẫu after switching «Bộ quy tắc» to QĐ 366', () => {
  const QD366 = 'QĐ 366-QĐ/TW (2025)';

  function switchProfile(book: LocalSpreadsheet): void {
    const settings = book.sheet('Cấu hình');
    const row = (settings?.values() ?? []).findIndex((r) => r[0] === 'Bộ quy tắc') + 1;
    expect(row).toBeGreaterThan(0);
    if (settings) settings.cellForWrite(row, 2).value = QD366;
  }

  /** Every value of a sheet, dates as ISO text: two grids compare byte for byte. */
  const grid = (book: LocalSpreadsheet, name: string) => book.sheet(name)?.values() ?? [];
  const overlap = (after: SheetValue[][], before: SheetValue[][]) =>
    JSON.stringify(after.slice(0, before.length).map((row) => row.slice(0, before[0]?.length ?? 0)));

  it.each([
    ['an empty workbook', () => new LocalSpreadsheet(new CallCounter())],
    ['the sample, classified once under the 2023 plan', sampleWorkbook],
  ])('%s: adds the missing columns and labels of QĐ 366, and changes nothing that exists', (_, makeBook) => {
    const book = makeBook();
    const bundle = loadBundle(book);
    bundle.call('menuSetupTemplate');
    if ((book.sheet('Danh sách')?.lastRow() ?? 0) > 1) bundle.call('menuRecompute');
    switchProfile(book);
    const rosterBefore = grid(book, 'Danh sách');
    const settingsBefore = grid(book, 'Cấu hình');
    const headerBefore = rosterBefore[0] ?? [];

    bundle.call('menuSetupTemplate');
    const rosterAfter = grid(book, 'Danh sách');
    const settingsAfter = grid(book, 'Cấu hình');

    // Every pre-existing cell is the same, and no column moved (the overlap is identical).
    expect(overlap(rosterAfter, rosterBefore)).toBe(JSON.stringify(rosterBefore));
    expect(overlap(settingsAfter, settingsBefore)).toBe(JSON.stringify(settingsBefore));
    expect(rosterAfter).toHaveLength(rosterBefore.length);

    // The input columns of QĐ 366 that were missing, appended to the right in the template's order.
    // An output block already stands, so «Điểm» and «Nhóm» are left to «Tính lại», which replaces the block whole.
    const added = (rosterAfter[0] ?? []).slice(headerBefore.length);
    const outputs = QD366_2025.outputColumns.map(headerOf);
    expect(added).toEqual(rosterHeaders(QD366_2025).filter((h) => !headerBefore.includes(h) && !outputs.includes(h)));
    expect(added).toEqual(
      expect.arrayContaining([
        'Nhóm đối tượng',
        'Điểm tiêu chí chung',
        'Điểm kết quả nhiệm vụ',
        'Tổng điểm',
        'Quyết định cấp trên',
      ]),
    );
    // Below the new headers, nothing is written.
    for (const row of rosterAfter.slice(1)) expect(row.slice(headerBefore.length).every((v) => v === '')).toBe(true);

    // The labels of QĐ 366 that were missing, appended below, Có/Không ones with their default.
    const labelsBefore = settingsBefore.map((r) => r[0]);
    const appended = settingsAfter.slice(settingsBefore.length);
    expect(appended.map((r) => r[0])).toEqual(
      QD366_2025.settings.map(settingLabel).filter((label) => !labelsBefore.includes(label)),
    );
    expect(appended.map((r) => r[0])).toEqual(
      expect.arrayContaining(['Biểu quyết tại chi bộ', 'Điểm tiêu chí chung của chi bộ', 'Tính hạn mức theo nhóm đối tượng']),
    );
    const appendedValue = (label: string) => appended.find((r) => r[0] === label)?.[1];
    expect(appendedValue('Biểu quyết tại chi bộ')).toBe('Không');
    expect(appendedValue('Tính hạn mức theo nhóm đối tượng')).toBe('Có');
    expect(appendedValue('Điểm tiêu chí chung của chi bộ')).toBe('');

    // Dropdowns on the new columns and labels.
    const roster = book.sheet('Danh sách');
    const col = (h: string) => (rosterAfter[0] ?? []).indexOf(h) + 1;
    expect(roster?.cell(2, col('Nhóm đối tượng'))?.validation).toMatchObject({
      kind: 'list',
      values: ['Lãnh đạo, quản lý', 'Không giữ chức vụ lãnh đạo, quản lý', 'Không làm việc trong hệ thống chính trị'],
    });
    expect(roster?.cell(rosterAfter.length + 100, col('Nhóm đối tượng'))?.validation).toMatchObject({ kind: 'list' });
    expect(roster?.cell(2, col('Quyết định cấp trên'))?.validation).toMatchObject({
      kind: 'list',
      values: ['HTXS', 'HTT', 'HT', 'KHT'],
    });
    expect(roster?.cell(2, col('Khắc phục hạn chế kỳ trước'))?.validation).toMatchObject({
      kind: 'list',
      values: ['Có', 'Không'],
    });
    const settings = book.sheet('Cấu hình');
    const labelRow = (label: string) => settingsAfter.findIndex((r) => r[0] === label) + 1;
    expect(settings?.cell(labelRow('Biểu quyết tại chi bộ'), 2)?.validation).toMatchObject({
      kind: 'list',
      values: ['Có', 'Không'],
    });
    expect(settings?.cell(labelRow('Bộ quy tắc'), 2)?.validation).toMatchObject({
      kind: 'list',
      values: ['Kế hoạch chi bộ 2023', QD366],
    });

    const columns = added.length;
    const labels = appended.length;
    expect(book.toasts.at(-1)?.message).toBe(
      `Đã bổ sung ${columns} cột vào «Danh sách» và ${labels} thông số vào «Cấu hình» theo bộ quy tắc «${QD366}», cùng danh sách chọn và định dạng. Dữ liệu sẵn có không bị thay đổi.`,
    );

    // A third run changes nothing more.
    bundle.call('menuSetupTemplate');
    expect(grid(book, 'Danh sách')).toEqual(rosterAfter);
    expect(grid(book, 'Cấu hình')).toEqual(settingsAfter);
    expect(book.toasts.at(-1)?.message).toContain(`đủ các cột, thông số của bộ quy tắc «${QD366}»`);
  });
});
