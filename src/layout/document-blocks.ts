/**
 * A SheetLayout read as a document rather than a grid: the blocks a word processor needs
 * (paragraphs, tables with a grid, borderless tables for the two halves of a header or a
 * signature block, empty lines). Shared by the Word file of the CLI (src/local/docx-writer.ts)
 * and the HTML the add-on hands to Google Docs (src/addon/layout-html.ts), so both read a
 * layout the same way.
 *
 * Row by row:
 * - the rows of a border rectangle: one table with a thin grid (the figures, the lists);
 * - a row whose only text is one cell spanning the whole width: a paragraph (titles,
 *   sentences); a line made only of dots is the space left to write in by hand;
 * - a row with nothing in it and no merges: an empty paragraph (vertical space);
 * - any other row (the two halves of the header and of the signature block): a row of a
 *   borderless table on the layout's column grid, consecutive rows in one table.
 */
import type { Align, Rect, SheetLayout } from './sheet-layout';

/** A cell that starts a (possibly merged) area: its span in rows and columns. */
export interface Anchor {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export type Block =
  | { readonly kind: 'paragraph'; readonly row: number }
  | { readonly kind: 'blank' }
  | { readonly kind: 'grid'; readonly rows: number[] }
  | { readonly kind: 'bordered'; readonly rect: Rect };

/** A line made only of dots: the space left to write in by hand. */
const DOTTED = /^[.…]{10,}$/;

export function isDottedLine(text: string): boolean {
  return DOTTED.test(text);
}

/** Which merged area covers each cell (1-based row and column), from the layout's merges. */
export class MergeMap {
  private readonly anchors = new Map<string, Anchor>();

  constructor(layout: SheetLayout) {
    for (const m of layout.merges) this.add(m);
    for (const m of layout.mergeAcross) {
      for (let r = m.row; r < m.row + m.numRows; r++)
        this.add({ row: r, column: m.column, numRows: 1, numColumns: m.numColumns });
    }
  }

  private add(area: Anchor): void {
    for (let r = area.row; r < area.row + area.numRows; r++) {
      for (let c = area.column; c < area.column + area.numColumns; c++) this.anchors.set(`${r}:${c}`, area);
    }
  }

  private at(row: number, column: number): Anchor {
    return this.anchors.get(`${row}:${column}`) ?? { row, column, numRows: 1, numColumns: 1 };
  }

  /**
   * The areas that start in `row` between two columns (inclusive), left to right, clipped
   * to them. A cell covered by an area that began in an earlier row is left out (the
   * area spans down into this row).
   */
  segments(row: number, from: number, to: number): Anchor[] {
    const out: Anchor[] = [];
    for (let c = from; c <= to; ) {
      const a = this.at(row, c);
      const span = Math.min(a.numColumns - (c - a.column), to - c + 1);
      if (a.row === row) out.push({ row, column: c, numRows: a.numRows, numColumns: span });
      c += span;
    }
    return out;
  }
}

export function textAt(layout: SheetLayout, row: number, column: number): string {
  const value = layout.values[row - 1]?.[column - 1];
  return value === undefined ? '' : String(value);
}

export function alignAt(layout: SheetLayout, row: number, column: number): Align {
  return layout.align[row - 1]?.[column - 1] ?? 'left';
}

export interface TextStyle {
  readonly bold: boolean;
  readonly italic: boolean;
  /** Points. */
  readonly size: number;
}

export function styleAt(layout: SheetLayout, row: number, column: number): TextStyle {
  return {
    bold: layout.bold[row - 1]?.[column - 1] ?? false,
    italic: layout.italic[row - 1]?.[column - 1] ?? false,
    size: layout.sizes[row - 1]?.[column - 1] ?? layout.baseSize,
  };
}

/** Splits the rows into blocks (see the file comment). */
export function blocksOf(layout: SheetLayout, merges: MergeMap): Block[] {
  const width = layout.columnWidths.length;
  const out: Block[] = [];
  for (let row = 1; row <= layout.values.length; row++) {
    const rect = layout.borders.find((b) => b.row === row);
    if (rect) {
      out.push({ kind: 'bordered', rect });
      row = rect.row + rect.numRows - 1;
      continue;
    }
    const segments = merges.segments(row, 1, width);
    const filled = segments.filter((s) => textAt(layout, row, s.column) !== '');
    const only = filled[0];
    if (filled.length === 1 && only && only.column === 1 && only.numColumns === width) {
      out.push({ kind: 'paragraph', row });
    } else if (filled.length === 0 && segments.length === width) {
      out.push({ kind: 'blank' });
    } else {
      const last = out[out.length - 1];
      if (last?.kind === 'grid' && last.rows[last.rows.length - 1] === row - 1) last.rows.push(row);
      else out.push({ kind: 'grid', rows: [row] });
    }
  }
  return out;
}

/**
 * The layout's column widths over `total` (in any unit), keeping their proportions. A page
 * is narrower than the sheet at the same font size, so a narrow column («STT», a score) gets
 * at least `minimum`, taken from the wider columns in proportion to what they have above it.
 * When the wider columns cannot pay for it (so many narrow columns that every column at the
 * minimum would not fit: the đảng ủy's table of 12), the layout's own proportions are kept
 * rather than crushing the widest column. The widths add up to `total` (rounding goes to the
 * widest column).
 */
export function columnWidthsOver(layout: SheetLayout, total: number, minimum: number): number[] {
  const scale = total / layout.columnWidths.reduce((a, b) => a + b, 0);
  const scaled = layout.columnWidths.map((px) => px * scale);
  const deficit = scaled.reduce((sum, w) => sum + Math.max(0, minimum - w), 0);
  const spare = scaled.reduce((sum, w) => sum + Math.max(0, w - minimum), 0);
  const floor = spare > deficit ? minimum : 0;
  const share = spare > deficit ? deficit / spare : 0;
  const widths = scaled.map((w) => Math.round(w < floor ? floor : w - (w - floor) * share));
  const widest = widths.indexOf(Math.max(...widths));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  return widths.map((w, i) => (i === widest ? w + rest : w));
}
