/**
 * Large and stray inputs (issue 11): no spread of a row-sized array into a call, a stray
 * cell far down or far right is harmless, and a range too large for Google is refused.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/core/summary';
import { appendColumn, MAX_COLUMNS } from '../../src/layout/roster-output';
import { largeRosterGrid } from '../../src/local/large-roster';
import { loadXlsx } from '../../src/local/xlsx';
import { runCli, tempDir } from './run-cli';

const ROOT = join(__dirname, '..', '..');

async function rosterWithStray(file: string, row: number, column: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Danh sách');
  for (const line of largeRosterGrid(20)) ws.addRow(line);
  ws.getCell(row, column).value = 'x';
  await workbook.xlsx.writeFile(file);
}

describe('large and stray inputs', () => {
  it('classifies a 20,000-row CSV on a 100 KB stack: no row-sized array is spread into a call', () => {
    const dir = tempDir();
    const csv = join(dir, 'lon.csv');
    writeFileSync(
      csv,
      largeRosterGrid(20000)
        .map((row) => row.join(','))
        .join('\n'),
    );
    // At 100 KB, Math.max(...rows) overflows from about 12,000 rows; the default stack (~1 MB) from about 120,000.
    const run = spawnSync(process.execPath, ['--stack-size=100', join(ROOT, 'build', 'cli.mjs'), 'classify', csv, '--json'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout) as RunSummary;
    expect(summary.members).toHaveLength(20000);
    expect(existsSync(join(dir, 'out', 'ket-qua.xlsx'))).toBe(true);
  }, 180000);

  it('runs with one stray cell at row 200,000: the output block covers the rows, the file stays small', async () => {
    const dir = tempDir();
    const file = join(dir, 'xa.xlsx');
    await rosterWithStray(file, 200000, 1);
    const run = await runCli(['classify', file, '--json', '--out', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as RunSummary).members).toHaveLength(20);
    const out = join(dir, 'ket-qua.xlsx');
    // Linear in the rows, not rows × 16,384 columns: ket-qua.xlsx is patched over the user's file and
    // the output block writes its (blank) cells down to the stray row, a few bytes per cell.
    expect(statSync(out).size).toBeLessThan(5_000_000);
    // Read as XML: loading 200,000 rows of dropdowns back would cost more than the run.
    const xml = (await (await JSZip.loadAsync(readFileSync(out))).file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(xml.length).toBeLessThan(60_000_000);
    expect(xml).toMatch(/<c r="A200000"[^>]*>/);
    // The output block runs down to the stray row (blank there), the dropdowns 300 rows further.
    expect(xml).toContain('sqref="D2:D200300"');
    // Nothing past the dropdowns' last row (the template's 300 spare rows).
    expect(xml).not.toMatch(/<row r="2003(0[1-9]|[1-9]\d)"/);
  }, 120000);

  it('runs with a value in column XFD: the output columns go in the first blank columns right of the table', async () => {
    const dir = tempDir();
    const file = join(dir, 'xfd.xlsx');
    await rosterWithStray(file, 5, MAX_COLUMNS);
    const run = await runCli(['classify', file, '--json', '--out', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = join(dir, 'ket-qua.xlsx');
    expect(statSync(out).size).toBeLessThan(200_000);
    const sheet = (await loadXlsx(readFileSync(out))).sheet('Danh sách');
    const header = sheet?.values()[0] ?? [];
    // 14 input columns, then the five output columns; the stray value is kept.
    expect(header.slice(14, 19)).toEqual(['Mức theo tiêu chí', 'Mức theo phiếu', 'Kết quả xếp loại', 'Cảnh báo', 'Giải thích']);
    expect(header.slice(19).every((v) => v === '')).toBe(true);
    expect(sheet?.cell(5, MAX_COLUMNS)?.value).toBe('x');
    expect(sheet?.cell(3, 17)?.value).toBe('HTT');
    // Only the header cells are styled, not the row up to XFD.
    expect(sheet?.rows[0]?.length).toBe(19);
  }, 60000);

  it('refuses a stray cell at XFD200000 (more cells than Google allows): exit 2, a message, nothing written', async () => {
    const dir = tempDir();
    const file = join(dir, 'ca-hai.xlsx');
    await rosterWithStray(file, 200000, MAX_COLUMNS);
    const out = join(dir, 'out');
    const run = await runCli(['classify', file, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('XFD200000');
    expect(existsSync(out)).toBe(false);
  }, 60000);
});

describe('appendColumn', () => {
  const grid = (width: number, cells: [number, number, string][]) => {
    const rows = Array.from({ length: 4 }, () => Array.from({ length: width }, () => ''));
    for (const [r, c, v] of cells) (rows[r] as string[])[c] = v;
    return rows;
  };

  it('is just right of the used range when there is room', () => {
    expect(appendColumn(grid(3, [[0, 0, 'a']]), 0, 5)).toBe(4);
  });

  it('past XFD, takes the first run of columns blank in every row, right of the header', () => {
    const g = grid(MAX_COLUMNS, [
      [0, 0, 'a'],
      [0, 1, 'b'],
      [2, 3, 'data'],
      [1, MAX_COLUMNS - 1, 'x'],
    ]);
    // Column D (index 3) has data below the header: the block starts at E.
    expect(appendColumn(g, 0, 2)).toBe(5);
  });

  it('is null when no blank run is long enough', () => {
    const g = grid(MAX_COLUMNS, []);
    for (let c = 0; c < MAX_COLUMNS; c += 2) (g[1] as string[])[c] = 'x';
    expect(appendColumn(g, 0, 2)).toBeNull();
  });
});
