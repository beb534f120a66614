/**
 * The layout half of the local PDF printer: fonts, cell text, the blocks (cells or merged
 * ranges) to draw and the height of each row. pdf-printer.ts draws and paginates.
 */
import type { Cell, CellStyle } from './cell-model';
import type { LocalSheet } from './workbook';
import { formatDate, isDate, toCalendarDate } from '../core/normalize';
import { PDF_TEXT } from '../core/text/cli';

/** Sheets sizes columns and rows in CSS pixels (96 dpi); a PDF point is 1/72 inch. */
export const PX_TO_PT = 0.75;
export const DEFAULT_COLUMN_PX = 100;
/** Sheets' default row height, also the least a printed row gets. */
const MIN_ROW_PX = 21;
/** Sheets keeps text about 3 px from the left/right edges and 2 px from the top/bottom. */
export const PAD_X_PX = 3;
export const PAD_Y_PX = 2;
const DEFAULT_FONT_PT = 10;

export type FontFace = 'Tinos' | 'Tinos-Bold' | 'Tinos-Italic' | 'Tinos-BoldItalic';

/** Every family maps to Tinos (the sheets use Times New Roman); only weight and slant matter. */
export function fontFace(style: CellStyle): FontFace {
  if (style.bold && style.italic) return 'Tinos-BoldItalic';
  if (style.bold) return 'Tinos-Bold';
  return style.italic ? 'Tinos-Italic' : 'Tinos';
}

export function fontSizePt(style: CellStyle, scale: number): number {
  return (style.fontSize ?? DEFAULT_FONT_PT) * scale;
}

/** A cell longer than this is printed cut, with a note: no report cell needs more. */
export const MAX_PRINTED_CHARS = 2000;

/**
 * A note giving the length, then the first MAX_PRINTED_CHARS characters and "…"; never cuts
 * a letter from its marks. The note comes first so that it shows even when the cell is
 * taller than a page and cut at the bottom margin.
 */
export function cutText(text: string): string {
  if (text.length <= MAX_PRINTED_CHARS) return text;
  let end = MAX_PRINTED_CHARS;
  // Not between the halves of a surrogate pair, nor before a combining mark (NFD diacritics).
  while (end > 1 && (/^\p{M}/u.test(text.slice(end, end + 2)) || /[\uDC00-\uDFFF]/.test(text.charAt(end)))) end--;
  return `${PDF_TEXT.cut(text.length, MAX_PRINTED_CHARS)} ${text.slice(0, end)}…`;
}

/** The text Sheets would show: dates dd/mm/yyyy, numbers with a decimal comma. */
function displayText(cell: Cell): string {
  const v = cell.value;
  if (isDate(v)) return formatDate(toCalendarDate(v));
  // toPrecision(15) drops float noise such as 0.1 + 0.2 = 0.30000000000000004.
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15))).replace('.', ',');
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return cutText(v);
}

/** As in Sheets, numbers and dates default to the right, booleans to the centre. */
export function defaultAlign(cell: Cell): 'left' | 'center' | 'right' {
  if (cell.style.hAlign) return cell.style.hAlign;
  if (typeof cell.value === 'number' || isDate(cell.value)) return 'right';
  return typeof cell.value === 'boolean' ? 'center' : 'left';
}

/** One drawn rectangle: a single cell, or a merged range drawn as one cell. 1-based. */
export interface PrintBlock {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
  readonly cell: Cell;
  readonly text: string;
  readonly edges: { top: boolean; left: boolean; bottom: boolean; right: boolean };
}

export interface Grid {
  readonly rows: number;
  readonly columns: number;
  readonly blocks: readonly PrintBlock[];
}

/**
 * The printed area runs to the last row/column with content (stretched to cover merges
 * that start inside it). Cells hidden under a merge are skipped, and so are cells with
 * nothing to draw.
 */
export function sheetGrid(sheet: LocalSheet): Grid {
  let rows = sheet.lastRow();
  let columns = sheet.lastColumn();
  const merges = sheet.merges.filter((m) => m.row <= rows && m.column <= columns);
  for (const m of merges) {
    rows = Math.max(rows, m.row + m.numRows - 1);
    columns = Math.max(columns, m.column + m.numColumns - 1);
  }
  // Every cell under a merge, looked up by position: a report can hold thousands of merged lines.
  const key = (r: number, c: number) => r * 65536 + c;
  const covered = new Map<number, (typeof merges)[number]>();
  for (const m of merges) {
    for (let r = m.row; r < m.row + m.numRows; r++)
      for (let c = m.column; c < m.column + m.numColumns; c++) covered.set(key(r, c), m);
  }
  const blocks: PrintBlock[] = [];
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
      const m = covered.get(key(r, c));
      if (m && (m.row !== r || m.column !== c)) continue;
      const cell = sheet.cell(r, c);
      if (!cell) continue;
      const area = m ?? { row: r, column: c, numRows: 1, numColumns: 1 };
      const edges = m ? mergedEdges(sheet, area) : ownEdges(cell);
      const block = { ...area, cell, text: displayText(cell), edges };
      const e = block.edges;
      if (block.text !== '' || cell.style.background || e.top || e.left || e.bottom || e.right) blocks.push(block);
    }
  }
  return { rows, columns, blocks };
}

/** A single cell's edges: its own border. */
function ownEdges(cell: Cell): PrintBlock['edges'] {
  const b = cell.style.border;
  return { top: b?.top === true, left: b?.left === true, bottom: b?.bottom === true, right: b?.right === true };
}

/** A merged range shows an edge when any cell along that edge has it. */
function mergedEdges(
  sheet: LocalSheet,
  a: { row: number; column: number; numRows: number; numColumns: number },
): PrintBlock['edges'] {
  const any = (cells: [number, number][], edge: 'top' | 'left' | 'bottom' | 'right') =>
    cells.some(([r, c]) => sheet.cell(r, c)?.style.border?.[edge] === true);
  const across = (r: number) => Array.from({ length: a.numColumns }, (_, i): [number, number] => [r, a.column + i]);
  const down = (c: number) => Array.from({ length: a.numRows }, (_, i): [number, number] => [a.row + i, c]);
  return {
    top: any(across(a.row), 'top'),
    bottom: any(across(a.row + a.numRows - 1), 'bottom'),
    left: any(down(a.column), 'left'),
    right: any(down(a.column + a.numColumns - 1), 'right'),
  };
}

/**
 * Breaks every word wider than `width` into pieces that fit, each on a line of its own, as
 * Sheets wraps a long word by characters. pdfkit would break it itself by measuring shorter
 * and shorter prefixes of the rest of the word, which is quadratic in its length (a 10 KB
 * name took 23 s). Here a word's width is first estimated from the widths of its
 * characters (`charWidth`, which the caller caches per font); only a word that may not fit
 * is measured (`widthOf`), and then each piece once more to check it, so the characters
 * measured stay within a small multiple of the text's length.
 */
export function breakLongWords(
  text: string,
  width: number,
  widthOf: (text: string) => number,
  charWidth: (char: string) => number,
): string {
  // A letter and its combining marks (NFD diacritics) stay together; \S+ words, \s+ kept as they are.
  const clusters = (word: string) => word.match(/\P{M}\p{M}*/gu) ?? [word];
  const estimate = (parts: readonly string[]) => parts.reduce((sum, c) => sum + charWidth(c), 0);
  let changed = false;
  const tokens = text.split(/(\s+)/).map((token) => {
    if (token === '' || /^\s/.test(token)) return token;
    const parts = clusters(token);
    // Kerning and shaping move a word's width by far less than 10%.
    if (estimate(parts) <= width * 0.9 || widthOf(token) <= width) return token;
    changed = true;
    const pieces: string[] = [];
    let start = 0;
    while (start < parts.length) {
      let end = start;
      let sum = 0;
      while (end < parts.length && (end === start || sum + charWidth(parts[end] ?? '') <= width)) {
        sum += charWidth(parts[end] ?? '');
        end++;
      }
      // Check the piece as pdfkit will measure it; shrink in proportion while it is too wide.
      let piece = parts.slice(start, end).join('');
      let measured = widthOf(piece);
      while (measured > width && end - start > 1) {
        end = start + Math.max(1, Math.min(end - start - 1, Math.floor(((end - start) * width) / measured)));
        piece = parts.slice(start, end).join('');
        measured = widthOf(piece);
      }
      pieces.push(piece);
      start = end;
    }
    return pieces.join('\n');
  });
  return changed ? tokens.join('') : text;
}

/** Measures the wrapped text height of a block's text at a given inner width. */
export type MeasureText = (block: PrintBlock, innerWidth: number) => number;

/**
 * Row heights in points: each row grows to fit its tallest single-row cell; a block that
 * spans several rows then stretches its last row if the rows together are too short.
 */
export function rowHeights(grid: Grid, columnX: readonly number[], scale: number, measure: MeasureText): number[] {
  const unit = PX_TO_PT * scale;
  const heights = Array.from({ length: grid.rows }, () => MIN_ROW_PX * unit);
  const need = (b: PrintBlock) => {
    if (b.text === '') return 0;
    const width = (columnX[b.column + b.numColumns - 1] ?? 0) - (columnX[b.column - 1] ?? 0);
    return measure(b, Math.max(1, width - 2 * PAD_X_PX * unit)) + 2 * PAD_Y_PX * unit;
  };
  for (const b of grid.blocks) if (b.numRows === 1) heights[b.row - 1] = Math.max(heights[b.row - 1] ?? 0, need(b));
  for (const b of grid.blocks) {
    if (b.numRows === 1) continue;
    const last = b.row + b.numRows - 2;
    const have = heights.slice(b.row - 1, last + 1).reduce((s, h) => s + h, 0);
    const missing = need(b) - have;
    if (missing > 0) heights[last] = (heights[last] ?? 0) + missing;
  }
  return heights;
}

/**
 * Bands of rows that must stay on one page: a single row, or the rows tied together by
 * merges spanning several rows. Gives [first, last] 1-based row numbers.
 */
export function rowBands(grid: Grid): [number, number][] {
  const reach = Array.from({ length: grid.rows + 1 }, (_, r) => r);
  for (const b of grid.blocks) reach[b.row] = Math.max(reach[b.row] ?? 0, b.row + b.numRows - 1);
  const bands: [number, number][] = [];
  for (let r = 1; r <= grid.rows; ) {
    let end = reach[r] ?? r;
    for (let k = r; k <= end; k++) end = Math.max(end, reach[k] ?? k);
    bands.push([r, end]);
    r = end + 1;
  }
  return bands;
}
