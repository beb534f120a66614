import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/addon/gas';
import { CallCounter } from '../../src/local/call-counter';
import { printSheetToPdf } from '../../src/local/pdf-printer';
import { LocalSpreadsheet, type LocalSheet } from '../../src/local/workbook';
import { readPdf, type PageText } from '../pdf-text';

const A4 = { width: 595.28, height: 841.89 };

function newSheet(): LocalSheet {
  return new LocalSpreadsheet(new CallCounter()).addSheet('Báo cáo');
}

const NAMES = ['Đặng Quốc Bảo', 'Nguyễn Thị Hằng', 'Trần Văn Phước', 'Lê Thị Ngọc Ánh'];
const LEVELS = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ'];

const NOTE = 'Vắng mặt có lý do chính đáng; đã nộp bản tự kiểm điểm đầy đủ'.normalize('NFC');

/** A small report shaped like «Báo cáo»: two-column header, title, table, signature. */
function reportSheet(): LocalSheet {
  const sheet = newSheet();
  const blank = (): CellValue[] => ['', '', '', '', ''];
  const grid: CellValue[][] = [
    ['ĐẢNG BỘ HUYỆN AN BÌNH', '', 'ĐẢNG CỘNG SẢN VIỆT NAM', '', ''],
    ['CHI BỘ THÔN 3', '', 'An Bình, ngày 15 tháng 12 năm 2024', '', ''],
    ['Số: 12-BC/CB', '', '', '', ''],
    blank(),
    ['BÁO CÁO', '', '', '', ''],
    ['Kết quả đánh giá, xếp loại chất lượng đảng viên năm 2024', '', '', '', ''],
    blank(),
    ['STT', 'Họ và tên', 'Chức vụ', 'Kết quả xếp loại', 'Ghi chú'],
    ...NAMES.map((name, i): CellValue[] => [i + 1, name, i === 0 ? 'Bí thư' : 'Đảng viên', LEVELS[i] ?? '', '']),
    blank(),
    ['Nơi nhận:', '', '', 'T/M CHI BỘ', ''],
    ['', '', '', 'BÍ THƯ', ''],
    ['', '', '', 'Đặng Quốc Bảo', ''],
  ];
  // Values Sheets would show as 4,5 and 07/12/2023; a long note that must wrap.
  (grid[9] as CellValue[])[4] = 4.5;
  (grid[10] as CellValue[])[4] = new Date(2023, 11, 7);
  (grid[11] as CellValue[])[4] = NOTE;
  sheet.getRange(1, 1, grid.length, 5).setValues(grid).setFontFamily('Times New Roman').setFontSize(13).setWrap(true);
  for (const row of [1, 2, 3]) {
    sheet.getRange(row, 1, 1, 2).merge().setHorizontalAlignment('center');
    sheet.getRange(row, 3, 1, 3).merge().setHorizontalAlignment('center');
  }
  sheet.getRange(1, 3).setFontWeight('bold');
  sheet.getRange(2, 3).setFontStyle('italic');
  for (const row of [5, 6]) sheet.getRange(row, 1, 1, 5).merge().setHorizontalAlignment('center').setFontWeight('bold');
  sheet.getRange(8, 1, 1, 5).setFontWeight('bold').setHorizontalAlignment('center').setBackground('#d9d9d9');
  sheet.getRange(8, 1, 1 + NAMES.length, 5).setBorder(true, true, true, true, true, true, '#000000', null);
  sheet.getRange(14, 1, 1, 3).merge().setFontStyle('italic').setFontWeight('bold');
  for (const row of [14, 15, 16]) sheet.getRange(row, 4, 1, 2).merge().setHorizontalAlignment('center').setFontWeight('bold');
  for (const [i, px] of [50, 200, 150, 220, 120].entries()) sheet.setColumnWidth(i + 1, px);
  sheet.setHiddenGridlines(true);
  return sheet;
}

describe('local PDF printer', () => {
  it('prints an A4 page whose text is real, extractable Vietnamese', async () => {
    const bytes = await printSheetToPdf(reportSheet());
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const pages = await readPdf(bytes);
    expect(pages).toHaveLength(1);
    const page = pages[0] as PageText;
    const [x0, y0, x1, y1] = page.view;
    expect(x0).toBe(0);
    expect(y0).toBe(0);
    expect(Math.abs((x1 ?? 0) - A4.width)).toBeLessThanOrEqual(1);
    expect(Math.abs((y1 ?? 0) - A4.height)).toBeLessThanOrEqual(1);
    const expected = [
      'ĐẢNG BỘ HUYỆN AN BÌNH',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'CHI BỘ THÔN 3',
      'An Bình, ngày 15 tháng 12 năm 2024',
      'Số: 12-BC/CB',
      'BÁO CÁO',
      'Kết quả đánh giá, xếp loại chất lượng đảng viên năm 2024',
      'STT',
      'Họ và tên',
      'Chức vụ',
      'Kết quả xếp loại',
      'Ghi chú',
      ...NAMES,
      ...LEVELS,
      'Nơi nhận:',
      'T/M CHI BỘ',
      'BÍ THƯ',
      '4,5',
      '07/12/2023',
    ];
    for (const s of expected) expect(page.text).toContain(s.normalize('NFC'));
    // The signature name is printed twice: in the table and under «BÍ THƯ».
    expect(page.text.split('Đặng Quốc Bảo'.normalize('NFC'))).toHaveLength(3);
    // The long note wraps onto several lines inside its 120 px column.
    const noteLines = page.items.filter((i) => i.str.trim().length > 3 && NOTE.includes(i.str.trim().normalize('NFC')));
    expect(new Set(noteLines.map((i) => Math.round(i.transform[5] ?? 0))).size).toBeGreaterThan(2);
    expect(page.text.replace(/\s+/g, ' ')).toContain(NOTE);
    // Header left above header right on the same line; the title below both.
    const y = (s: string) => page.items.find((i) => i.str.normalize('NFC').includes(s.normalize('NFC')))?.transform[5] ?? NaN;
    expect(y('ĐẢNG BỘ HUYỆN AN BÌNH')).toBeCloseTo(y('ĐẢNG CỘNG SẢN VIỆT NAM'), 0);
    expect(y('BÁO CÁO')).toBeLessThan(y('ĐẢNG BỘ HUYỆN AN BÌNH'));
  });

  it('gives the same bytes for two prints of the same sheet', async () => {
    const sheet = reportSheet();
    const [a, b] = [await printSheetToPdf(sheet), await printSheetToPdf(sheet)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('paginates 150 rows without splitting or repeating a row', async () => {
    const sheet = newSheet();
    const ids = Array.from({ length: 150 }, (_, i) => String(i + 1).padStart(3, '0'));
    sheet.getRange(1, 1).setValues([['DANH SÁCH ĐẢNG VIÊN']]);
    // Each row is three lines tall (the note has line breaks), so a split row would show.
    sheet
      .getRange(2, 1, 150, 3)
      .setValues(ids.map((id, i) => [i + 1, `Nguyễn Văn Đức ${id}`, `Ghi chú ${id}\ndòng hai ${id}\ndòng ba ${id}`]));
    sheet.getRange(2, 1, 150, 3).setBorder(true, true, true, true, true, true, '#000000', null).setFontSize(12);
    for (const [i, px] of [40, 260, 220].entries()) sheet.setColumnWidth(i + 1, px);
    const pages = await readPdf(await printSheetToPdf(sheet));
    expect(pages.length).toBeGreaterThan(1);
    const all = pages.map((p) => p.text).join('\n');
    for (const id of ids) expect(all.split(`Nguyễn Văn Đức ${id}`.normalize('NFC'))).toHaveLength(2);
    for (const page of pages) {
      const lines = page.items.map((i) => i.str.normalize('NFC'));
      // A row's name and its three note lines are all on this page, or none of them.
      for (const id of ids) expect([0, 4]).toContain(lines.filter((l) => l.endsWith(` ${id}`)).length);
      // Nothing is drawn in the bottom margin (text baselines stay above it).
      for (const item of page.items) if (item.str.trim() !== '') expect(item.transform[5] ?? 0).toBeGreaterThan(43);
    }
  });

  it('fits 2000 px of columns to the page width', async () => {
    const sheet = newSheet();
    const widths = [300, 400, 500, 400, 400];
    expect(widths.reduce((s, w) => s + w, 0)).toBe(2000);
    for (const [i, px] of widths.entries()) sheet.setColumnWidth(i + 1, px);
    sheet
      .getRange(1, 1, 3, 5)
      .setValues([
        [
          'Họ và tên đảng viên',
          'Chức vụ trong chi bộ',
          'Kết quả xếp loại chất lượng',
          'Ghi chú của chi bộ',
          'Ý kiến của cấp ủy cấp trên',
        ],
        [
          'Đặng Quốc Bảo',
          'Bí thư chi bộ',
          'Hoàn thành xuất sắc nhiệm vụ',
          'Được đề nghị khen thưởng',
          'Đồng ý với đề nghị của chi bộ',
        ],
        ['Trần Thị Mỹ Duyên', 'Phó bí thư chi bộ', 'Hoàn thành tốt nhiệm vụ', '', 'Đồng ý'],
      ])
      .setFontSize(14);
    sheet.getRange(1, 5, 3, 1).setHorizontalAlignment('right');
    const pages = await readPdf(await printSheetToPdf(sheet));
    expect(pages).toHaveLength(1);
    const items = (pages[0] as PageText).items.filter((i) => i.str.trim() !== '');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const x = item.transform[4] ?? 0;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x + item.width).toBeLessThanOrEqual(A4.width);
    }
    // The right-aligned last column ends inside the right margin, near the printable edge.
    const rightmost = Math.max(...items.map((i) => (i.transform[4] ?? 0) + i.width));
    expect(rightmost).toBeLessThanOrEqual(A4.width - 36);
    expect(rightmost).toBeGreaterThan(A4.width - 36 - 10);
  });
});
