/**
 * test/fixtures/openpyxl-formulas.xlsx was written by openpyxl 3.1.5: its formulas carry
 * no saved value (<f>2+2</f><v />), as with every file openpyxl or pandas writes. The loader
 * marks them, getValues gives an UncomputedFormula, and the run reports them (issue 11).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/core/summary';
import { loadXlsx, saveXlsx } from '../../src/local/xlsx';
import { FIXTURES, runCli, tempDir } from './run-cli';

const FILE = join(FIXTURES, 'openpyxl-formulas.xlsx');

describe('formulas saved without a value', () => {
  it('are read as the formula, not as a blank', async () => {
    const book = await loadXlsx(readFileSync(FILE));
    const values = book.sheet('Danh sách')?.values() ?? [];
    expect(values[1]?.[7]).toEqual({ formula: '=2+2' });
    expect(values[1]?.[0]).toEqual({ formula: '=ROW()-1' });
    expect(values[2]?.[7]).toBe(4);
    // Written back as formulas still without a value, and read the same way again.
    const again = await loadXlsx(await saveXlsx(book));
    expect(again.sheet('Danh sách')?.values()[1]?.[7]).toEqual({ formula: '=2+2' });
  });

  it('become row and setting errors that say to open and save the file in Excel or LibreOffice', async () => {
    const run = await runCli(['classify', FILE, '--json', '--out', tempDir()]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as RunSummary;
    expect(summary.errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [2, 'Phiếu HTT', '=2+2'],
      [6, 'Phiếu HT', '=SUM(G2:G5)'],
    ]);
    for (const e of summary.errors) expect(e.message).toContain('công thức chưa có giá trị');
    expect(summary.settingErrors.map((e) => e.value)).toEqual(['=10+5']);
    // Rows 2 and 6 wait for their values; «STT» (=ROW()-1) and the filled-down row 7 are no error.
    expect(summary.members.map((m) => [m.row, m.result])).toEqual([
      [2, 'CXL'],
      [3, 'HTT'],
      [4, 'HTT'],
      [5, 'HTT'],
      [6, 'CXL'],
    ]);
  });
});
