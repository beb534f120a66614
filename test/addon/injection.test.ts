import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { literal, literalGrid } from '../../src/addon/safe-text';
import { settingLabel } from '../../src/core/settings';
import type { SettingKey } from '../../src/core/settings';
import { CallCounter } from '../../src/local/call-counter';
import { sampleWorkbook } from '../../src/local/sample';
import { saveXlsx, loadXlsx } from '../../src/local/xlsx';
import { LocalSpreadsheet } from '../../src/local/workbook';
import { runCli, tempDir } from '../local/run-cli';
import { loadBundle } from './gas-vm';
import { rosterBook } from './roster-factory';

const DANGEROUS = ['=HYPERLINK("http://x","bấm")', '+84 905 123 456', '-Nguyễn Văn A', '@Trần Thị B', '=1+1'];

describe('formula injection', () => {
  it('literal() prefixes an apostrophe only to text starting with = + - @', () => {
    expect(DANGEROUS.map((t) => literal(t))).toEqual(DANGEROUS.map((t) => `'${t}`));
    expect(literal('Nguyễn Văn A')).toBe('Nguyễn Văn A');
    expect(literal(-3)).toBe(-3);
    expect(literalGrid([['=x', 1]])).toEqual([["'=x", 1]]);
  });

  it('the local backend follows Sheets: "=…" becomes a formula, "\'=…" stays literal text', () => {
    const book = new LocalSpreadsheet(new CallCounter());
    const sheet = book.addSheet('Thử');
    sheet.getRange(1, 1, 1, 2).setValues([['=1+1', "'=1+1"]]);
    expect(sheet.cell(1, 1)?.formula).toBe('=1+1');
    expect(sheet.cell(1, 2)?.formula).toBeUndefined();
    expect(sheet.getRange(1, 2).getValues()).toEqual([['=1+1']]);
  });

  it('names and values that look like formulas stay text in the sheet and in the XLSX after a recompute', async () => {
    const book = rosterBook(DANGEROUS.length);
    const roster = book.sheet('Danh sách');
    DANGEROUS.forEach((name, i) => {
      roster!.cellForWrite(i + 2, 2).value = name;
    });
    roster!.cellForWrite(2, 6).value = '=cmd|"/C calc"!A0';
    const bundle = loadBundle(book);
    bundle.call('menuSetupTemplate');
    bundle.call('menuRecompute');
    const formulas = book.sheets.flatMap((s) => s.rows.flatMap((row) => (row ?? []).filter((c) => c?.formula !== undefined)));
    expect(formulas).toEqual([]);
    const values = roster!.values();
    expect(values.slice(1, DANGEROUS.length + 1).map((row) => row[1])).toEqual(DANGEROUS);

    const xlsx = await saveXlsx(book);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.buffer as ArrayBuffer);
    const ws = workbook.getWorksheet('Danh sách')!;
    DANGEROUS.forEach((name, i) => {
      const cell = ws.getCell(i + 2, 2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(name);
      // Marked as text in the file, so editing the cell in Excel or Sheets keeps it text.
      expect(cell.numFmt, name).toBe('@');
    });
    expect(ws.getCell(2, 3).numFmt).not.toBe('@');
    let xlsxFormulas = 0;
    workbook.eachSheet((s) =>
      s.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) xlsxFormulas++;
        }),
      ),
    );
    expect(xlsxFormulas).toBe(0);
    const reloaded = await loadXlsx(xlsx);
    expect(
      reloaded
        .sheet('Danh sách')
        ?.values()
        .slice(1, 6)
        .map((row) => row[1]),
    ).toEqual(DANGEROUS);
  });

  it('settings typed in the sidebar that look like formulas are written to «Cấu hình» as text and reach the report as text', () => {
    const book = sampleWorkbook();
    const bundle = loadBundle(book);
    const typed: Partial<Record<SettingKey, string>> = {
      chiBoName: '=HYPERLINK("http://x","bấm")',
      place: '+84 Phù Mỹ',
      secretary: '-Nguyễn Văn A',
      documentNumber: '@01-BC/CB',
    };
    expect(bundle.call('sidebarSaveSettings', typed)).toMatchObject({ saved: true, errors: {} });
    const settings = book.sheet('Cấu hình')!;
    for (const [key, text] of Object.entries(typed)) {
      const row = settings.values().findIndex((r) => r[0] === settingLabel(key as SettingKey)) + 1;
      expect(row, key).toBeGreaterThan(0);
      expect(settings.cell(row, 2)?.formula, key).toBeUndefined();
      expect(settings.cell(row, 2)?.value, key).toBe(text);
    }
    bundle.call('menuReport');
    const report = book.sheet('Báo cáo')!.values().flat().map(String);
    expect(report.some((t) => t.startsWith('+84 Phù Mỹ'))).toBe(true);
    const formulas = book.sheets.flatMap((s) => s.rows.flatMap((row) => (row ?? []).filter((c) => c?.formula !== undefined)));
    expect(formulas).toEqual([]);
  });

  it('a CSV with formula-like names comes out of the CLI as text', async () => {
    const dir = tempDir();
    const csv = join(dir, 'nguy-hiem.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      csv,
      'Họ và tên,Loại đảng viên,Kết quả thi đua,Phiếu HTT\n"=HYPERLINK(""http://x"")",Chính thức,HTT,1\n@Lê Văn C,Chính thức,HTT,1\n',
    );
    const run = await runCli(['classify', csv, '--out', dir]);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(dir, 'ket-qua.xlsx')) as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet('Danh sách')!;
    expect(ws.getCell(2, 1).value).toBe('=HYPERLINK("http://x")');
    expect(ws.getCell(2, 1).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell(2, 1).numFmt).toBe('@');
    expect(ws.getCell(3, 1).value).toBe('@Lê Văn C');
    expect(ws.getCell(3, 1).numFmt).toBe('@');
  });
});
