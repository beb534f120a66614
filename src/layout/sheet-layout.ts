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

/** Page margins in millimetres. */
export interface Margins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Rows first..last, 1-based, inclusive. */
export type RowSpan = readonly [number, number];

export interface PrintSpec {
  readonly paper: 'A4';
  readonly orientation: 'portrait';
  readonly fitToWidth: true;
  readonly gridlines: false;
  readonly margins: Margins;
  /** 'fromSecond': a page number centred at the top of every page but the first. */
  readonly pageNumbers: 'none' | 'fromSecond';
  /**
   * A table's header rows, printed again at the top of every page the table continues
   * onto (rows after the header up to `through`).
   */
  readonly repeatRows: { readonly rows: RowSpan; readonly through: number } | null;
  /** Rows that are printed on one page (moved to the next page together when they don't fit). */
  readonly keepTogether: readonly RowSpan[];
  /** Rows that start a new page. */
  readonly pageBreaksBefore: readonly number[];
}

/** Hướng dẫn 36-HD/VPTW: about 30–35 mm left, 15–20 mm right, 20–25 mm top and bottom. */
export const DOCUMENT_MARGINS: Margins = { top: 20, bottom: 20, left: 30, right: 15 };

/** The width in pixels (96 dpi) an A4 portrait page leaves between DOCUMENT_MARGINS: 165 mm. */
export const DOCUMENT_WIDTH_PX = Math.floor(((210 - DOCUMENT_MARGINS.left - DOCUMENT_MARGINS.right) * 96) / 25.4);

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

const A4_PORTRAIT: PrintSpec = {
  paper: 'A4',
  orientation: 'portrait',
  fitToWidth: true,
  gridlines: false,
  margins: DOCUMENT_MARGINS,
  pageNumbers: 'fromSecond',
  repeatRows: null,
  keepTogether: [],
  pageBreaksBefore: [],
};
const TIMES = 'Times New Roman';

export class LayoutBuilder {
  private readonly values: (string | number)[][] = [];
  private readonly styles: CellStyleSpec[][] = [];
  private readonly merges: Rect[] = [];
  private readonly borders: Rect[] = [];
  private readonly fullWidthRows: number[] = [];
  private readonly rowMerges: Rect[] = [];
  private repeatRows: PrintSpec['repeatRows'] = null;
  private readonly keep: RowSpan[] = [];
  private readonly breaks: number[] = [];
  private pageNumbers: PrintSpec['pageNumbers'] = 'fromSecond';

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

  /** Header rows `rows` repeat on every page the table continues onto, up to row `through`. */
  repeatHeader(rows: RowSpan, through: number): void {
    this.repeatRows = { rows, through };
  }

  /** Rows fromRow..toRow print on one page. */
  keepTogether(fromRow: number, toRow: number): void {
    if (toRow > fromRow) this.keep.push([fromRow, toRow]);
  }

  /** Pages without numbers (ballots, handed out one by one). */
  withoutPageNumbers(): void {
    this.pageNumbers = 'none';
  }

  /** The next row starts a new page. */
  pageBreak(): void {
    this.breaks.push(this.nextRow);
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
      print: {
        ...A4_PORTRAIT,
        pageNumbers: this.pageNumbers,
        repeatRows: this.repeatRows,
        keepTogether: [...this.keep],
        pageBreaksBefore: [...this.breaks],
      },
    };
  }
}
