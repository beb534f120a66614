import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerOf } from '../../src/core/columns';
import { QD366_2025 } from '../../src/core/profiles';
import { sampleRosterGrid } from '../../src/local/sample';
import { sampleQd366RosterGrid } from '../../src/local/sample-qd366';
import { loadXlsx } from '../../src/local/xlsx';
import { readPdf } from '../pdf-text';
import { runCli, tempDir } from './run-cli';

describe('phan-loai demo writes bao-cao.pdf and the generated sheets', () => {
  it('the PDF is A4 with real Vietnamese text: header, title, every member, signature block', async () => {
    const out = tempDir();
    const run = await runCli(['demo', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(join(out, 'bao-cao.pdf'));
    const pages = await readPdf(readFileSync(join(out, 'bao-cao.pdf')));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const page of pages) {
      expect(page.view[2]).toBeCloseTo(595.28, 0);
      expect(page.view[3]).toBeCloseTo(841.89, 0);
    }
    const text = pages.map((p) => p.text).join('\n');
    const flat = text.replace(/\s+/g, ' ');
    for (const line of [
      'ĐẢNG BỘ HUYỆN AN BÌNH',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'CHI BỘ TRƯỜNG THPT SỐ 2 AN BÌNH',
      'Số: 15-BC/CB',
      'An Bình, ngày 07 tháng 12 năm 2023',
      'BÁO CÁO',
      'Kết quả đánh giá, xếp loại chất lượng đảng viên và chi bộ năm 2023',
      'Nơi nhận:',
      'T/M CHI BỘ',
      'BÍ THƯ',
    ]) {
      expect(flat).toContain(line);
    }
    const names = sampleRosterGrid()
      .slice(1)
      .map((row) => String(row[1]));
    expect(names).toHaveLength(25);
    for (const name of names) expect(flat).toContain(name.normalize('NFC'));
    // The secretary's name closes the signature block, after «BÍ THƯ».
    expect(flat.lastIndexOf('Trần Thị Mai Hương')).toBeGreaterThan(flat.lastIndexOf('BÍ THƯ'));
  });

  it('ket-qua.xlsx holds the roster, the settings and the three generated sheets, set to A4 portrait', async () => {
    const out = tempDir();
    await runCli(['demo', '--out', out]);
    const book = await loadXlsx(readFileSync(join(out, 'ket-qua.xlsx')));
    expect(book.sheets.map((s) => s.name)).toEqual(['Danh sách', 'Cấu hình', 'Báo cáo', 'Phiếu đánh giá', 'Trình tự kiểm điểm']);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(out, 'ket-qua.xlsx')) as unknown as ArrayBuffer);
    for (const name of ['Báo cáo', 'Phiếu đánh giá', 'Trình tự kiểm điểm']) {
      const setup = wb.getWorksheet(name)?.pageSetup;
      expect(setup?.paperSize).toBe(9);
      expect(setup?.orientation).toBe('portrait');
      expect(setup?.fitToWidth).toBe(1);
      expect(book.sheet(name)?.cell(1, 1)?.style.fontFamily).toBe('Times New Roman');
    }
  });

  it('classify writes bao-cao.pdf for a CSV as well', async () => {
    const out = tempDir();
    const run = await runCli(['classify', join(__dirname, '..', 'fixtures', 'plain-comma-lf.csv'), '--out', out]);
    expect(run.code).toBe(0);
    const text = (await readPdf(readFileSync(join(out, 'bao-cao.pdf'))))
      .map((p) => p.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    for (const name of ['Nguyễn Thị Ánh', 'Trần Văn Bình', 'Lê Thị Cúc', 'Phạm Văn Dũng', 'Hoàng Thị Én'])
      expect(text).toContain(name);
    expect(text).toContain('ĐẢNG BỘ ……………');
  });
});

describe('phan-loai demo --profile qd366-2025 runs the QĐ 366 sample', () => {
  it('writes ket-qua.xlsx and bao-cao.pdf (exit 0): every member in the PDF, the scores in «Điểm»', async () => {
    const out = tempDir();
    const run = await runCli(['demo', '--profile', 'qd366-2025', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Mẫu chi bộ THPT Số 2 An Bình (QĐ 366)');
    expect(run.stdout).toContain('Hạn mức HTXS: 20% số HTT — 14 đảng viên HTXS/HTT, được tối đa 2, đã dùng 1');
    expect(run.stdout).toContain(join(out, 'ket-qua.xlsx'));
    expect(run.stdout).toContain(join(out, 'bao-cao.pdf'));

    const flat = (await readPdf(readFileSync(join(out, 'bao-cao.pdf'))))
      .map((p) => p.text)
      .join('\n')
      .replace(/\s+/g, ' ');
    const names = sampleQd366RosterGrid()
      .slice(1)
      .map((row) => String(row[1]));
    expect(names).toHaveLength(26);
    for (const name of names) expect(flat).toContain(name.normalize('NFC'));
    expect(flat).toContain('CHI BỘ TRƯỜNG THPT SỐ 2 AN BÌNH');
    // The chi bộ's own score (section II, a table of maxima and scores): 26,5 + 62 = 88,5.
    expect(flat).toMatch(/Nhóm tiêu chí chung 30 26,5/);
    expect(flat).toMatch(/Tổng điểm 100 88,5/);
    // The per-group quota lines: 2A T = 6 → ⌊20·6/120⌋ = 1, 2B T = 7 → 1, 2C T = 1 → 0.
    expect(flat).toContain('Lãnh đạo, quản lý (2A): số đảng viên HTXS và HTT: 6; số HTXS tối đa: 1; số HTXS đề nghị: 1.');
    expect(flat).toContain('(2C): số đảng viên HTXS và HTT: 1; số HTXS tối đa: 0');
    // Members' scores in the list: Trần Thị Mai Hương 94,5 (2A), Huỳnh Thị Kim Oanh 91,5.
    expect(flat).toMatch(/Trần Thị Mai Hương .*2A 94,5/);
    expect(flat).toContain('91,5');

    const book = await loadXlsx(readFileSync(join(out, 'ket-qua.xlsx')));
    const values = book.sheet('Danh sách')?.values() ?? [];
    const header = values[0] ?? [];
    expect(header.slice(-7)).toEqual(QD366_2025.outputColumns.map(headerOf));
    const column = (key: 'outScore' | 'outGroup' | 'outResult') =>
      values.slice(1).map((row) => row[header.indexOf(headerOf(key))]);
    expect(column('outScore').slice(0, 6)).toEqual(['94,5', '93', '76', '67', '80', '91,5']);
    expect(column('outGroup').slice(0, 3)).toEqual(['2A', '2A', '2A']);
    expect(column('outResult').slice(0, 6)).toEqual(['HTXS', 'HTT', 'KHT', 'KHT', 'KHT', 'HTT']);
  });
});
