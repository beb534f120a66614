/**
 * Writes a SheetLayout into its sheet with a fixed number of batch calls, whatever the roster
 * size: one setValues and 2D setters for per-cell styles, one mergeAcross per rectangle of
 * consecutive rows merged alike (Google merges each row of it), one merge per block, the
 * ranges of all of them from one getRangeList, every border rectangle in one RangeList call,
 * one width call per run of equal widths.
 *
 * Reading and writing are two steps: `findTarget` reads what a render needs to know about its
 * sheet, and callers do that for every sheet before their first write. Apps Script queues
 * writes and must send them when a read follows, so a read between writes costs a round trip
 * (https://developers.google.com/apps-script/guides/support/best-practices#use_batch_operations).
 */
import { columnLetter } from '../core/normalize';
import type { Rect, SheetLayout } from '../layout/sheet-layout';
import type { Range, Services, Sheet, Spreadsheet } from './gas';
import { literalGrid } from './safe-text';

/** The most rows frozen to repeat a table header on each printed page. */
const MAX_FROZEN_ROWS = 8;

/** A layout's sheet as it stood before the operation wrote anything. */
export interface RenderTarget {
  readonly layout: SheetLayout;
  /** null when the sheet does not exist yet: it is inserted, empty. */
  readonly sheet: Sheet | null;
  /** The existing sheet's column count (getMaxColumns), so unmerging reaches every cell of it. */
  readonly maxColumns: number;
}

/** The reads of one render: the sheet by name and, when it exists, its width. */
export function findTarget(book: Spreadsheet, layout: SheetLayout): RenderTarget {
  const sheet = book.getSheetByName(layout.sheetName);
  return { layout, sheet, maxColumns: sheet ? sheet.getMaxColumns() : 0 };
}

function a1(r: Rect): string {
  const start = `${columnLetter(r.column)}${r.row}`;
  if (r.numRows === 1 && r.numColumns === 1) return start;
  return `${start}:${columnLetter(r.column + r.numColumns - 1)}${r.row + r.numRows - 1}`;
}

/** One merge call: a block merged into one cell, or a rectangle whose rows are each merged across. */
export interface MergeCall {
  readonly rect: Rect;
  readonly across: boolean;
}

/**
 * The layout's merges as few calls as give the same merged cells: a one-row merge is a
 * mergeAcross of that row, and rows merged across the same columns that follow each other
 * are one rectangle, since Range.mergeAcross merges each row of its range on its own
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#mergeacross).
 * Blocks of several rows stay single merges.
 */
export function mergeCalls(layout: Pick<SheetLayout, 'merges' | 'mergeAcross'>): MergeCall[] {
  const blocks = layout.merges.filter((m) => m.numRows > 1).map((rect) => ({ rect, across: false }));
  const rows = [...layout.merges.filter((m) => m.numRows === 1), ...layout.mergeAcross].sort(
    (a, b) => a.column - b.column || a.numColumns - b.numColumns || a.row - b.row,
  );
  const across: Rect[] = [];
  for (const r of rows) {
    const last = across[across.length - 1];
    if (last && last.column === r.column && last.numColumns === r.numColumns && last.row + last.numRows === r.row)
      across[across.length - 1] = { ...last, numRows: last.numRows + r.numRows };
    else across.push(r);
  }
  across.sort((a, b) => a.row - b.row || a.column - b.column);
  return [...blocks, ...across.map((rect) => ({ rect, across: true }))];
}

/** Column widths in as few calls as runs of equal widths: setColumnWidths for a run, setColumnWidth for one column. */
export function setWidths(sheet: Sheet, widths: readonly (readonly [column: number, px: number])[]): void {
  const sorted = [...widths].sort(([a], [b]) => a - b);
  let i = 0;
  while (i < sorted.length) {
    const [start, px] = sorted[i] as readonly [number, number];
    let n = 1;
    while (i + n < sorted.length && sorted[i + n]?.[0] === start + n && sorted[i + n]?.[1] === px) n++;
    if (n === 1) sheet.setColumnWidth(start, px);
    else sheet.setColumnWidths(start, n, px);
    i += n;
  }
}

/** The Ranges of these A1 rectangles: one getRange for one, else one getRangeList and its getRanges. */
function rangesOf(sheet: Sheet, rects: readonly Rect[], wholeColumns: string[]): Range[] {
  if (rects.length === 1 && wholeColumns.length === 0) {
    const [r] = rects as [Rect];
    return [sheet.getRange(r.row, r.column, r.numRows, r.numColumns)];
  }
  return sheet.getRangeList([...rects.map(a1), ...wholeColumns]).getRanges();
}

function rangeAt(ranges: readonly Range[], i: number): Range {
  const range = ranges[i];
  if (!range) throw new Error(`getRanges gave no range ${i}`);
  return range;
}

/** Reads the layout's sheet, then draws into it: for a layout drawn alone, with no write before. */
export function renderLayout(services: Services, layout: SheetLayout): Sheet {
  return writeLayout(services, findTarget(services.book(), layout));
}

/** Draws the layout into its sheet; writes only (the target was read before). */
export function writeLayout(services: Services, target: RenderTarget): Sheet {
  const { layout } = target;
  const sheet = target.sheet ?? services.book().insertSheet(layout.sheetName);
  const rows = layout.values.length;
  const columns = layout.columnWidths.length;
  const merges = mergeCalls(layout);
  // An existing sheet is emptied first, merges included, so the result is the same every time;
  // whole columns reach merges below the last row with content.
  const old = target.sheet ? [`A:${columnLetter(Math.max(target.maxColumns, columns))}`] : [];
  const ranges = rangesOf(sheet, [{ row: 1, column: 1, numRows: rows, numColumns: columns }, ...merges.map((m) => m.rect)], old);
  if (target.sheet) {
    rangeAt(ranges, merges.length + 1).breakApart();
    sheet.clear();
  }
  const range = rangeAt(ranges, 0);
  range.setValues(literalGrid(layout.values));
  range.setFontFamily(layout.fontFamily);
  range.setFontSizes(layout.sizes);
  range.setFontWeights(layout.bold.map((line) => line.map((b) => (b ? 'bold' : 'normal'))));
  range.setFontStyles(layout.italic.map((line) => line.map((i) => (i ? 'italic' : 'normal'))));
  range.setHorizontalAlignments(layout.align);
  range.setVerticalAlignment('middle');
  range.setWrap(true);
  for (const [i, m] of merges.entries()) {
    const merged = rangeAt(ranges, i + 1);
    if (m.across) merged.mergeAcross();
    else merged.merge();
  }
  if (layout.borders.length > 0)
    sheet
      .getRangeList(layout.borders.map(a1))
      .setBorder(true, true, true, true, true, true, '#000000', services.app.BorderStyle.SOLID);
  setWidths(
    sheet,
    layout.columnWidths.map((px, i) => [i + 1, px] as const),
  );
  // Sheets repeats only frozen rows on each printed page (export fzr=true): a table header
  // near the top (the ballots') is frozen with what is above it; a header further down (the
  // report's) is not, since freezing would repeat the whole top of the document, nor in a sheet
  // holding several documents (the ballots with the HTXS ballot). A new sheet has none.
  const repeat = layout.print.repeatRows;
  const alone = layout.print.pageBreaksBefore.length === 0;
  const frozen = repeat && alone && repeat.rows[1] <= MAX_FROZEN_ROWS ? repeat.rows[1] : 0;
  if (target.sheet || frozen > 0) sheet.setFrozenRows(frozen);
  sheet.setHiddenGridlines(true);
  return sheet;
}
