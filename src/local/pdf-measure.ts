/**
 * The layout half of the local PDF printer: fonts, cell text, the blocks (cells or merged
 * ranges) to draw and the height of each row. pdf-printer.ts draws and paginates.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Cell, CellStyle } from './cell-model';
import type { LocalSheet } from './workbook';
import { formatDate, isDate, toCalendarDate } from '../core/normalize';

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

/**
 * The four Tinos TTFs (metric-compatible with Times New Roman, full Vietnamese coverage).
 * Resolved through the package so it works from src (vitest) and from build/cli.mjs,
 * which keeps packages external.
 */
export function tinosFontFiles(): Record<FontFace, string> {
  const root = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/tinos/package.json'));
  return {
    Tinos: join(root, '400Regular/Tinos_400Regular.ttf'),
    'Tinos-Bold': join(root, '700Bold/Tinos_700Bold.ttf'),
    'Tinos-Italic': join(root, '400Regular_Italic/Tinos_400Regular_Italic.ttf'),
    'Tinos-BoldItalic': join(root, '700Bold_Italic/Tinos_700Bold_Italic.ttf'),
  };
}

/** Every family maps to Tinos (the sheets use Times New Roman); only weight and slant matter. */
export function fontFace(style: CellStyle): FontFace {
  if (style.bold && style.italic) return 'Tinos-BoldItalic';
  if (style.bold) return 'Tinos-Bold';
  return style.italic ? 'Tinos-Italic' : 'Tinos';
}

export function fontSizePt(style: CellStyle, scale: number): number {
  return (style.fontSize ?? DEFAULT_FONT_PT) * scale;
}

/** The text Sheets would show: dates dd/mm/yyyy, numbers with a decimal comma. */
function displayText(cell: Cell): string {
  const v = cell.value;
  if (isDate(v)) return formatDate(toCalendarDate(v));
  // toPrecision(15) drops float noise such as 0.1 + 0.2 = 0.30000000000000004.
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15))).replace('.', ',');
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
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
      const block = { ...area, cell, text: displayText(cell), edges: mergedEdges(sheet, area) };
      const e = block.edges;
      if (block.text !== '' || cell.style.background || e.top || e.left || e.bottom || e.right) blocks.push(block);
    }
  }
  return { rows, columns, blocks };
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
