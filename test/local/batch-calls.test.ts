/**
 * The batch calls of the local backend (issue 14) against Google's documented semantics:
 * Range.mergeAcross on several rows, Sheet.getRangeList with RangeList.getRanges and
 * setBorder, Sheet.setColumnWidths; each one counted call. And the shell's coalescing of
 * merges and widths gives the same sheet as one call per merge and per column.
 */
import { describe, expect, it } from 'vitest';
import { mergeCalls, setWidths } from '../../src/addon/render';
import { CallCounter } from '../../src/local/call-counter';
import { BORDER_STYLE } from '../../src/local/services';
import { LocalSpreadsheet, type LocalSheet } from '../../src/local/workbook';

function sheet(): LocalSheet {
  return new LocalSpreadsheet(new CallCounter()).addSheet('S');
}

const sorted = (s: LocalSheet) => s.merges.map((m) => `${m.row},${m.column},${m.numRows},${m.numColumns}`).sort();

describe('mergeAcross on several rows', () => {
  it('merges each row on its own, keeps each row’s first value, in one call', () => {
    const s = sheet();
    s.getRange(2, 1, 3, 3).setValues([
      ['a', 'x', 'y'],
      ['b', 'x', 'y'],
      ['c', 'x', 'y'],
    ]);
    s.book.counter.reset();
    s.getRange(2, 1, 3, 3).mergeAcross();
    expect(sorted(s)).toEqual(['2,1,1,3', '3,1,1,3', '4,1,1,3']);
    expect(s.values().slice(1)).toEqual([['a'], ['b'], ['c']]);
    expect(s.book.counter.snapshot()).toEqual({ 'Range.mergeAcross': 1, 'Sheet.getRange': 1 });
  });

  it('is the same as one merge per row', () => {
    const [a, b] = [sheet(), sheet()];
    a.getRange(1, 2, 4, 2).mergeAcross();
    for (let r = 1; r <= 4; r++) b.getRange(r, 2, 1, 2).merge();
    expect(a.merges).toEqual(b.merges);
  });
});

describe('getRangeList', () => {
  it('gives the ranges named in A1 notation, whole columns reaching the end of the grid, in two calls', () => {
    const s = sheet();
    s.book.counter.reset();
    const ranges = s.getRangeList(['B2', 'A1:E9', 'A:C', '3:4']).getRanges();
    expect(ranges.map((r) => r.bounds)).toEqual([
      { row: 2, column: 2, numRows: 1, numColumns: 1, a1: 'B2' },
      { row: 1, column: 1, numRows: 9, numColumns: 5, a1: 'A1:E9' },
      { row: 1, column: 1, numRows: 1000, numColumns: 3, a1: 'A1:C1000' },
      { row: 3, column: 1, numRows: 2, numColumns: 26, a1: 'A3:Z4' },
    ]);
    expect(s.book.counter.calls).toEqual([
      { name: 'Sheet.getRangeList', kind: 'other' },
      { name: 'RangeList.getRanges', kind: 'other' },
    ]);
    expect(() => s.getRangeList(['not a range'])).toThrow('Range not found');
  });

  it('borders every range as Range.setBorder would, in one call', () => {
    const [a, b] = [sheet(), sheet()];
    const rects = ['A1:C3', 'E5:F9'];
    a.book.counter.reset();
    a.getRangeList(rects).setBorder(true, true, true, true, true, true, '#000000', BORDER_STYLE.SOLID);
    expect(a.book.counter.snapshot()).toEqual({ 'RangeList.setBorder': 1, 'Sheet.getRangeList': 1 });
    b.getRange(1, 1, 3, 3).setBorder(true, true, true, true, true, true, '#000000', BORDER_STYLE.SOLID);
    b.getRange(5, 5, 5, 2).setBorder(true, true, true, true, true, true, '#000000', BORDER_STYLE.SOLID);
    expect(a.rows).toEqual(b.rows);
  });

  it('a whole-column range unmerges merges below the last row with content', () => {
    const s = sheet();
    s.getRange(1, 1).setValues([['x']]);
    s.getRange(40, 1, 2, 3).mergeAcross();
    s.getRangeList(['A:Z']).getRanges()[0]?.breakApart();
    expect(s.merges).toEqual([]);
  });
});

describe('widths', () => {
  it('setColumnWidths sets a run of columns in one call', () => {
    const s = sheet();
    s.book.counter.reset();
    s.setColumnWidths(2, 3, 84);
    expect([...s.columnWidths]).toEqual([
      [2, 84],
      [3, 84],
      [4, 84],
    ]);
    expect(s.book.counter.total).toBe(1);
  });

  it('setWidths makes one call per run of equal widths and sets every column', () => {
    const s = sheet();
    s.book.counter.reset();
    setWidths(s, [
      [1, 40],
      [2, 248],
      [3, 84],
      [4, 84],
      [5, 84],
      [6, 83],
      [9, 83],
    ]);
    expect(Object.fromEntries(s.columnWidths)).toEqual({ 1: 40, 2: 248, 3: 84, 4: 84, 5: 84, 6: 83, 9: 83 });
    expect(s.book.counter.snapshot()).toEqual({ 'Sheet.setColumnWidth': 4, 'Sheet.setColumnWidths': 1 });
  });
});

describe('mergeCalls', () => {
  it('joins one-row merges and mergeAcross rectangles of the same columns in consecutive rows; blocks stay single', () => {
    const calls = mergeCalls({
      merges: [
        { row: 1, column: 1, numRows: 1, numColumns: 3 },
        { row: 1, column: 4, numRows: 1, numColumns: 2 },
        { row: 2, column: 1, numRows: 1, numColumns: 3 },
        { row: 2, column: 4, numRows: 1, numColumns: 2 },
        { row: 4, column: 1, numRows: 1, numColumns: 3 },
        { row: 10, column: 2, numRows: 3, numColumns: 2 },
      ],
      mergeAcross: [
        { row: 5, column: 1, numRows: 2, numColumns: 3 },
        { row: 8, column: 1, numRows: 2, numColumns: 5 },
      ],
    });
    expect(calls).toEqual([
      { rect: { row: 10, column: 2, numRows: 3, numColumns: 2 }, across: false },
      { rect: { row: 1, column: 1, numRows: 2, numColumns: 3 }, across: true },
      { rect: { row: 1, column: 4, numRows: 2, numColumns: 2 }, across: true },
      { rect: { row: 4, column: 1, numRows: 3, numColumns: 3 }, across: true },
      { rect: { row: 8, column: 1, numRows: 2, numColumns: 5 }, across: true },
    ]);
  });

  it('gives the same merged cells as one call per merge', () => {
    const layout = {
      merges: [1, 2, 3, 7, 8].map((row) => ({ row, column: 1, numRows: 1, numColumns: 3 })),
      mergeAcross: [{ row: 4, column: 1, numRows: 2, numColumns: 3 }],
    };
    const [a, b] = [sheet(), sheet()];
    for (const m of mergeCalls(layout)) {
      const range = a.getRange(m.rect.row, m.rect.column, m.rect.numRows, m.rect.numColumns);
      if (m.across) range.mergeAcross();
      else range.merge();
    }
    for (const m of layout.merges) b.getRange(m.row, m.column, m.numRows, m.numColumns).merge();
    for (const m of layout.mergeAcross) b.getRange(m.row, m.column, m.numRows, m.numColumns).mergeAcross();
    expect(sorted(a)).toEqual(sorted(b));
    expect(mergeCalls(layout)).toHaveLength(2);
  });
});
