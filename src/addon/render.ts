/**
 * Writes a SheetLayout into its sheet with a fixed number of batch calls: one setValues,
 * 2D setters for per-cell styles, one call per merge rectangle, border rectangle and
 * column. None of these counts depends on the roster size.
 */
import type { SheetLayout } from '../layout/sheet-layout';
import type { Services, Sheet } from './gas';
import { literalGrid } from './safe-text';

/** The most rows frozen to repeat a table header on each printed page. */
const MAX_FROZEN_ROWS = 8;

export function renderLayout(services: Services, layout: SheetLayout): Sheet {
  const book = services.app.getActiveSpreadsheet();
  const sheet = book.getSheetByName(layout.sheetName) ?? book.insertSheet(layout.sheetName);
  const rows = layout.values.length;
  const columns = layout.columnWidths.length;
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  // Clear what an earlier run left, merges included, so the result is the same every time.
  if (lastRow > 0 && lastColumn > 0) sheet.getRange(1, 1, lastRow, Math.max(lastColumn, columns)).breakApart();
  sheet.clear();
  const range = sheet.getRange(1, 1, rows, columns);
  range.setValues(literalGrid(layout.values));
  range.setFontFamily(layout.fontFamily);
  range.setFontSizes(layout.sizes);
  range.setFontWeights(layout.bold.map((line) => line.map((b) => (b ? 'bold' : 'normal'))));
  range.setFontStyles(layout.italic.map((line) => line.map((i) => (i ? 'italic' : 'normal'))));
  range.setHorizontalAlignments(layout.align);
  range.setVerticalAlignment('middle');
  range.setWrap(true);
  for (const m of layout.merges) sheet.getRange(m.row, m.column, m.numRows, m.numColumns).merge();
  for (const m of layout.mergeAcross) sheet.getRange(m.row, m.column, m.numRows, m.numColumns).mergeAcross();
  for (const b of layout.borders) {
    sheet
      .getRange(b.row, b.column, b.numRows, b.numColumns)
      .setBorder(true, true, true, true, true, true, '#000000', services.app.BorderStyle.SOLID);
  }
  for (const [i, px] of layout.columnWidths.entries()) sheet.setColumnWidth(i + 1, px);
  // Sheets repeats only frozen rows on each printed page (export fzr=true): a table header
  // near the top (the ballots') is frozen with what is above it; a header further down (the
  // report's) is not, since freezing would repeat the whole top of the document, nor in a sheet
  // holding several documents (the ballots with the HTXS ballot).
  const repeat = layout.print.repeatRows;
  const alone = layout.print.pageBreaksBefore.length === 0;
  sheet.setFrozenRows(repeat && alone && repeat.rows[1] <= MAX_FROZEN_ROWS ? repeat.rows[1] : 0);
  sheet.setHiddenGridlines(true);
  return sheet;
}
