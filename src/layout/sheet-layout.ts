/**
 * A generated sheet as plain data: values, per-cell styles, merges, borders, widths and
 * print settings. Layouts are built row by row with LayoutBuilder; the shell renders one
 * with a fixed number of batch calls whatever the roster size (per-cell styles go in 2D
 * setters, full-width lines in one mergeAcross per run of consecutive lines, and a column
 * pair of a table in one mergeAcross for all its rows).
 */
export type Align = 'left' | 'center' | 'right';

export interface CellStyleSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly align?: Align;
}

export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export interface PrintSpec {
  readonly paper: 'A4';
  readonly orientation: 'portrait';
  readonly fitToWidth: true;
  readonly gridlines: false;
}

export interface SheetLayout {
  readonly sheetName: string;
  readonly fontFamily: string;
  readonly baseSize: number;
  readonly values: (string | number)[][];
  readonly bold: boolean[][];
  readonly italic: boolean[][];
  readonly sizes: number[][];
  readonly align: Align[][];
  /** Rectangles merged as one cell. */
  readonly merges: Rect[];
  /** Rectangles whose rows are each merged across (one call per rectangle). */
  readonly mergeAcross: Rect[];
  /** Rectangles with a thin grid on every cell edge. */
  readonly borders: Rect[];
  /** Pixels, one per column. */
  readonly columnWidths: number[];
  readonly print: PrintSpec;
}

const A4_PORTRAIT: PrintSpec = { paper: 'A4', orientation: 'portrait', fitToWidth: true, gridlines: false };
const TIMES = 'Times New Roman';

export class LayoutBuilder {
  private readonly values: (string | number)[][] = [];
  private readonly styles: CellStyleSpec[][] = [];
  private readonly merges: Rect[] = [];
  private readonly borders: Rect[] = [];
  private readonly fullWidthRows: number[] = [];
  private readonly rowMerges: Rect[] = [];

  constructor(
    private readonly sheetName: string,
    private readonly columnWidths: number[],
    private readonly baseSize = 13,
  ) {}

  get width(): number {
    return this.columnWidths.length;
  }

  /** 1-based number of the next row. */
  get nextRow(): number {
    return this.values.length + 1;
  }

  /** A row with one value per column (missing ones blank). Returns its row number. */
  row(cells: readonly (string | number)[], style: CellStyleSpec | readonly CellStyleSpec[] = {}): number {
    const values = Array.from({ length: this.width }, (_, i) => cells[i] ?? '');
    const styles = Array.from({ length: this.width }, (_, i) =>
      Array.isArray(style) ? ((style as CellStyleSpec[])[i] ?? {}) : (style as CellStyleSpec),
    );
    this.values.push(values);
    this.styles.push(styles);
    return this.values.length;
  }

  /** A line of text across the whole width. */
  line(text: string, style: CellStyleSpec = {}): number {
    const row = this.row([text], style);
    this.fullWidthRows.push(row);
    return row;
  }

  blank(): number {
    return this.row([]);
  }

  merge(row: number, column: number, numColumns: number, numRows = 1): void {
    if (numColumns > 1 || numRows > 1) this.merges.push({ row, column, numRows, numColumns });
  }

  /** Merges `numColumns` columns in each of the rows fromRow..toRow: one call whatever the number of rows. */
  mergeEachRow(fromRow: number, toRow: number, column: number, numColumns: number): void {
    if (toRow >= fromRow && numColumns > 1)
      this.rowMerges.push({ row: fromRow, column, numRows: toRow - fromRow + 1, numColumns });
  }

  border(fromRow: number, toRow: number, column = 1, numColumns = this.width): void {
    if (toRow >= fromRow) this.borders.push({ row: fromRow, column, numRows: toRow - fromRow + 1, numColumns });
  }

  build(): SheetLayout {
    const mergeAcross: Rect[] = [];
    for (const row of this.fullWidthRows) {
      const last = mergeAcross[mergeAcross.length - 1];
      if (last && last.row + last.numRows === row) mergeAcross[mergeAcross.length - 1] = { ...last, numRows: last.numRows + 1 };
      else mergeAcross.push({ row, column: 1, numRows: 1, numColumns: this.width });
    }
    const pick = <T>(f: (s: CellStyleSpec) => T) => this.styles.map((line) => line.map(f));
    return {
      sheetName: this.sheetName,
      fontFamily: TIMES,
      baseSize: this.baseSize,
      values: this.values.map((line) => [...line]),
      bold: pick((s) => s.bold ?? false),
      italic: pick((s) => s.italic ?? false),
      sizes: pick((s) => s.size ?? this.baseSize),
      align: pick((s) => s.align ?? 'left'),
      merges: [...this.merges],
      mergeAcross: [...(this.width > 1 ? mergeAcross : []), ...this.rowMerges],
      borders: [...this.borders],
      columnWidths: [...this.columnWidths],
      print: A4_PORTRAIT,
    };
  }
}
