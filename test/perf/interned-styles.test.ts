/**
 * The in-memory workbook keeps one frozen style object per look (issue 14): a run on a
 * large roster leaves a few dozen style objects over tens of thousands of cells, a setter
 * replaces a cell's style instead of changing it, and the XLSX loader interns what it reads.
 */
import { describe, expect, it } from 'vitest';
import { CallCounter } from '../../src/local/call-counter';
import type { CellStyle } from '../../src/local/cell-model';
import { classifyBook } from '../../src/local/cli';
import { largeRosterGrid } from '../../src/local/large-roster';
import { fill } from '../../src/local/sample';
import { LocalSpreadsheet } from '../../src/local/workbook';
import { loadXlsx, saveXlsx } from '../../src/local/xlsx';
import { bookFromGrid } from '../addon/roster-factory';

const TODAY = { year: 2023, month: 12, day: 7 };

function styleObjects(book: LocalSpreadsheet): { cells: number; styles: Set<CellStyle> } {
  const styles = new Set<CellStyle>();
  let cells = 0;
  for (const sheet of book.sheets)
    for (const row of sheet.rows)
      for (const cell of row ?? []) {
        if (!cell) continue;
        cells++;
        styles.add(cell.style);
      }
  return { cells, styles };
}

describe('interned cell styles', () => {
  it('a CLI run on 2,000 members leaves at most 100 distinct style objects, all frozen', async () => {
    const book = bookFromGrid(largeRosterGrid(2000));
    classifyBook(book, TODAY, { overrides: {}, addMissingColumns: false });
    const { cells, styles } = styleObjects(book);
    // The roster, the settings and four generated sheets of 2,000 rows each.
    expect(cells).toBeGreaterThan(40_000);
    expect(styles.size).toBeLessThanOrEqual(100);
    for (const style of styles) {
      expect(Object.isFrozen(style)).toBe(true);
      if (style.border) expect(Object.isFrozen(style.border)).toBe(true);
    }
    // Read back from its XLSX, the book shares its styles the same way.
    const read = styleObjects(await loadXlsx(await saveXlsx(book)));
    expect(read.cells).toBeGreaterThan(40_000);
    expect(read.styles.size).toBeLessThanOrEqual(100);
  });

  it('a setter gives a cell a new style and leaves the shared one, and the other cells, as they were', () => {
    const book = new LocalSpreadsheet(new CallCounter());
    fill(book, 'Sheet', [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const sheet = book.sheet('Sheet');
    if (!sheet) throw new Error('no sheet');
    sheet.getRange(1, 1, 2, 2).setFontWeight('bold').setBackground('#FFF');
    const shared = sheet.cell(1, 1)?.style;
    expect(shared).toEqual({ bold: true, background: '#ffffff' });
    for (const [r, c] of [
      [1, 2],
      [2, 1],
      [2, 2],
    ] as const)
      expect(sheet.cell(r, c)?.style).toBe(shared);

    sheet.getRange(1, 1).setFontWeight('normal').setBackground(null);
    expect(sheet.cell(1, 1)?.style).toEqual({ bold: false });
    expect(shared).toEqual({ bold: true, background: '#ffffff' });
    expect(sheet.cell(2, 2)?.style).toBe(shared);
    // The same look reached another way is the same object.
    sheet
      .getRange(2, 1)
      .setFontWeights([['normal']])
      .setBackgrounds([['']]);
    expect(sheet.cell(2, 1)?.style).toBe(sheet.cell(1, 1)?.style);
    expect(() => {
      Object.assign(shared ?? {}, { bold: false });
    }).toThrow(TypeError);
  });
});
