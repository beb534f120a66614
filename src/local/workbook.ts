/**
 * An in-memory workbook implementing the subset of SpreadsheetApp the add-on uses
 * (src/addon/gas.ts), following Google's documented semantics:
 * - getValues gives '' for an empty cell; numbers, booleans and Dates as themselves
 *   (https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues).
 * - setValues needs a grid of exactly the range's size, and a string that starts with
 *   "=" becomes a formula (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues).
 *   A leading apostrophe keeps the rest as literal text, as when typed in Sheets.
 * - getLastRow / getLastColumn give the last row / column with content
 *   (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getlastrow).
 * Formulas are kept but not evaluated: a formula cell reads as its last known value.
 */
import type { BorderStyle, CellValue, ConditionalFormatRule, DataValidation, Range, Sheet, Spreadsheet } from '../addon/gas';
import { LocalConditionalRule, LocalDataValidation } from './builders';
import { BORDER_STYLE_NAMES } from './services';
import type { CallCounter } from './call-counter';
import { columnLetter, isDate, type UncomputedFormula } from '../core/normalize';
import { MENU, UI } from '../core/text/ui';
import { UserError } from '../addon/user-error';
import {
  changesBy,
  EMPTY_STYLE,
  emptyCell,
  hasContent,
  normalizeColor,
  restyle,
  styleChange,
  type Cell,
  type CellStyle,
  type StyleChange,
} from './cell-model';

export interface Merge {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export interface PrintSetup {
  paperSize: 'A4';
  orientation: 'portrait' | 'landscape';
  fitToWidth: boolean;
  margins?: { top: number; bottom: number; left: number; right: number };
}

export { columnLetter };

/**
 * What getValues gives: a value, or for a formula saved without its value (files written by
 * openpyxl or pandas; never in Google Sheets, which computes every formula) the formula.
 */
export type SheetValue = CellValue | UncomputedFormula;

/** Google's limit of cells per spreadsheet (https://support.google.com/drive/answer/37603). */
export const MAX_CELLS = 10_000_000;

export class LocalSpreadsheet implements Spreadsheet {
  readonly sheets: LocalSheet[] = [];
  readonly toasts: { message: string; title?: string }[] = [];
  private nextSheetId = 1;

  constructor(
    readonly counter: CallCounter,
    private readonly name: string = MENU.title,
    private readonly timeZone = 'Asia/Ho_Chi_Minh',
  ) {}

  getId(): string {
    this.counter.count('Spreadsheet.getId');
    return 'local-spreadsheet';
  }

  getName(): string {
    this.counter.count('Spreadsheet.getName');
    return this.name;
  }

  getSpreadsheetTimeZone(): string {
    this.counter.count('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }

  getSheetByName(name: string): LocalSheet | null {
    this.counter.count('Spreadsheet.getSheetByName');
    return this.sheet(name) ?? null;
  }

  /** Direct access for loaders and tests; not counted. */
  sheet(name: string): LocalSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  insertSheet(name: string): LocalSheet {
    this.counter.count('Spreadsheet.insertSheet');
    return this.addSheet(name);
  }

  /** Uncounted: used by loaders. Throws like Sheets when the name is taken. */
  addSheet(name: string): LocalSheet {
    if (this.sheet(name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = new LocalSheet(this, name, this.nextSheetId++);
    this.sheets.push(sheet);
    return sheet;
  }

  getSheets(): LocalSheet[] {
    this.counter.count('Spreadsheet.getSheets');
    return [...this.sheets];
  }

  toast(message: string, title?: string): void {
    this.counter.count('Spreadsheet.toast');
    this.toasts.push(title === undefined ? { message } : { message, title });
  }
}

export class LocalSheet implements Sheet {
  /** rows[r][c], 0-based. */
  readonly rows: (Cell | undefined)[][] = [];
  readonly merges: Merge[] = [];
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  hiddenGridlines = false;
  conditionalRules: LocalConditionalRule[] = [];
  printSetup: PrintSetup | undefined;
  activeRange: { row: number; column: number; numRows: number; numColumns: number } | undefined;

  constructor(
    readonly book: LocalSpreadsheet,
    private currentName: string,
    private readonly id: number,
  ) {}

  get name(): string {
    return this.currentName;
  }

  /** Uncounted, for loaders: gives a sheet found by a looser match its canonical name. Throws like Sheets when taken. */
  rename(name: string): void {
    if (this.book.sheets.some((s) => s !== this && s.name === name))
      throw new Error(`A sheet with the name "${name}" already exists.`);
    this.currentName = name;
  }

  private count(method: string): void {
    this.book.counter.count(`Sheet.${method}`);
  }

  getName(): string {
    this.count('getName');
    return this.name;
  }

  getSheetId(): number {
    this.count('getSheetId');
    return this.id;
  }

  /** Uncounted helpers for loaders, the printer and tests. */
  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  cellForWrite(row: number, column: number): Cell {
    const r = this.rows[row - 1] ?? [];
    this.rows[row - 1] = r;
    const cell = r[column - 1] ?? emptyCell();
    r[column - 1] = cell;
    return cell;
  }

  lastRow(): number {
    for (let r = this.rows.length; r > 0; r--) if ((this.rows[r - 1] ?? []).some(hasContent)) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--)
        if (hasContent(row[c - 1])) {
          last = c;
          break;
        }
    }
    return last;
  }

  /** All values, as getDataRange().getValues() would give them; uncounted. */
  values(): SheetValue[][] {
    const rows = Math.max(this.lastRow(), 1);
    const cols = Math.max(this.lastColumn(), 1);
    return new LocalRange(this, 1, 1, rows, cols).readValues();
  }

  getLastRow(): number {
    this.count('getLastRow');
    return this.lastRow();
  }

  getLastColumn(): number {
    this.count('getLastColumn');
    return this.lastColumn();
  }

  getMaxRows(): number {
    this.count('getMaxRows');
    return Math.max(this.rows.length, 1000);
  }

  getMaxColumns(): number {
    this.count('getMaxColumns');
    return Math.max(this.lastColumn(), 26);
  }

  getRange(row: number, column: number, numRows = 1, numColumns = 1): LocalRange {
    this.count('getRange');
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1) {
      throw new Error('The coordinates or dimensions of the range are invalid.');
    }
    return new LocalRange(this, row, column, numRows, numColumns);
  }

  getDataRange(): LocalRange {
    this.count('getDataRange');
    return new LocalRange(this, 1, 1, Math.max(this.lastRow(), 1), Math.max(this.lastColumn(), 1));
  }

  setFrozenRows(rows: number): void {
    this.count('setFrozenRows');
    this.frozenRows = rows;
  }

  setColumnWidth(column: number, width: number): LocalSheet {
    this.count('setColumnWidth');
    this.columnWidths.set(column, width);
    return this;
  }

  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.count('setConditionalFormatRules');
    // Only rules built by LocalConditionalFormatRuleBuilder (builders.ts) can reach here.
    this.conditionalRules = rules.map((rule) => {
      if (!(rule instanceof LocalConditionalRule)) throw new Error('Not a conditional-format rule of the local workbook.');
      return rule;
    });
  }

  getConditionalFormatRules(): LocalConditionalRule[] {
    this.count('getConditionalFormatRules');
    return [...this.conditionalRules];
  }

  setHiddenGridlines(hide: boolean): LocalSheet {
    this.count('setHiddenGridlines');
    this.hiddenGridlines = hide;
    return this;
  }

  activate(): LocalSheet {
    this.count('activate');
    return this;
  }

  clear(): LocalSheet {
    this.count('clear');
    this.rows.length = 0;
    this.merges.length = 0;
    return this;
  }

  /** Uncounted: for loaders. */
  addMerge(merge: Merge): void {
    this.merges.push(merge);
  }
}

export class LocalRange implements Range {
  constructor(
    readonly sheet: LocalSheet,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
  ) {}

  get sheetName(): string {
    return this.sheet.name;
  }

  private count(method: string): void {
    this.sheet.book.counter.count(`Range.${method}`);
  }

  private forEachCell(fn: (cell: Cell, r: number, c: number) => void): this {
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numColumns; c++) fn(this.sheet.cellForWrite(this.row + r, this.column + c), r, c);
    }
    return this;
  }

  /** Gives each cell the interned style for its own style changed by the change at (r, c). */
  private restyle(changeAt: (r: number, c: number) => StyleChange): this {
    return this.forEachCell((cell, r, c) => {
      cell.style = restyle(cell.style, changeAt(r, c));
    });
  }

  private restyleAll(patch: Partial<CellStyle>): this {
    const change = styleChange(patch);
    return this.restyle(() => change);
  }

  private checkGrid(values: readonly (readonly unknown[])[], what: string): void {
    if (values.length !== this.numRows) {
      throw new Error(
        `The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${values.length} but the range has ${this.numRows}.`,
      );
    }
    for (const row of values) {
      if (row.length !== this.numColumns) {
        throw new Error(
          `The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${row.length} but the range has ${this.numColumns}.`,
        );
      }
    }
  }

  getRow(): number {
    this.count('getRow');
    return this.row;
  }
  getColumn(): number {
    this.count('getColumn');
    return this.column;
  }
  getNumRows(): number {
    this.count('getNumRows');
    return this.numRows;
  }
  getNumColumns(): number {
    this.count('getNumColumns');
    return this.numColumns;
  }

  getA1Notation(): string {
    this.count('getA1Notation');
    const start = `${columnLetter(this.column)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${columnLetter(this.column + this.numColumns - 1)}${this.row + this.numRows - 1}`;
  }

  /**
   * Uncounted read for helpers. Dates are copied so callers can't change the sheet. A range
   * of more cells than a Google spreadsheet may hold (a stray cell at XFD200000) is refused
   * with a UserError rather than built.
   */
  readValues(): SheetValue[][] {
    if (this.numRows * this.numColumns > MAX_CELLS) {
      const lastRow = this.row + this.numRows - 1;
      const lastColumn = this.column + this.numColumns - 1;
      throw new UserError(UI.tooManyCells(this.sheet.name, `${columnLetter(lastColumn)}${lastRow}`, lastRow, lastColumn));
    }
    const out: SheetValue[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const src = this.sheet.rows[this.row - 1 + r];
      const line: SheetValue[] = new Array<SheetValue>(this.numColumns);
      for (let c = 0; c < this.numColumns; c++) {
        const cell = src?.[this.column - 1 + c];
        const value = cell?.value ?? '';
        line[c] =
          cell?.uncomputed && cell.formula !== undefined
            ? { formula: cell.formula }
            : isDate(value)
              ? new Date(value.getTime())
              : value;
      }
      out.push(line);
    }
    return out;
  }

  getValues(): SheetValue[][] {
    this.count('getValues');
    return this.readValues();
  }

  setValues(values: CellValue[][]): LocalRange {
    this.count('setValues');
    this.checkGrid(values, 'data');
    return this.forEachCell((cell, r, c) => {
      const value = values[r]?.[c] ?? '';
      delete cell.formula;
      delete cell.uncomputed;
      if (typeof value === 'string' && value.startsWith("'")) cell.value = value.slice(1);
      else if (typeof value === 'string' && value.startsWith('=')) {
        cell.formula = value;
        cell.value = '';
      } else cell.value = isDate(value) ? new Date(value.getTime()) : value;
    });
  }

  setFontWeight(weight: 'bold' | 'normal' | null): LocalRange {
    this.count('setFontWeight');
    return this.restyleAll({ bold: weight === 'bold' });
  }

  setFontWeights(weights: ('bold' | 'normal' | null)[][]): LocalRange {
    this.count('setFontWeights');
    this.checkGrid(weights, 'data');
    const change = changesBy((bold: boolean) => ({ bold }));
    return this.restyle((r, c) => change(weights[r]?.[c] === 'bold'));
  }

  setFontStyle(style: 'italic' | 'normal' | null): LocalRange {
    this.count('setFontStyle');
    return this.restyleAll({ italic: style === 'italic' });
  }

  setFontStyles(styles: ('italic' | 'normal' | null)[][]): LocalRange {
    this.count('setFontStyles');
    this.checkGrid(styles, 'data');
    const change = changesBy((italic: boolean) => ({ italic }));
    return this.restyle((r, c) => change(styles[r]?.[c] === 'italic'));
  }

  setFontSizes(sizes: number[][]): LocalRange {
    this.count('setFontSizes');
    this.checkGrid(sizes, 'data');
    const change = changesBy((size: number | undefined) => (size === undefined ? {} : { fontSize: size }));
    return this.restyle((r, c) => change(sizes[r]?.[c]));
  }

  setHorizontalAlignments(alignments: ('left' | 'center' | 'normal' | 'right' | null)[][]): LocalRange {
    this.count('setHorizontalAlignments');
    this.checkGrid(alignments, 'data');
    const change = changesBy(hAlignChange);
    return this.restyle((r, c) => change(alignments[r]?.[c] ?? null));
  }

  setFontFamily(family: string | null): LocalRange {
    this.count('setFontFamily');
    return this.restyleAll({ fontFamily: family || undefined });
  }

  setFontSize(size: number): LocalRange {
    this.count('setFontSize');
    return this.restyleAll({ fontSize: size });
  }

  setFontColor(color: string | null): LocalRange {
    this.count('setFontColor');
    return this.restyleAll({ fontColor: normalizeColor(color) });
  }

  setBackground(color: string | null): LocalRange {
    this.count('setBackground');
    return this.restyleAll({ background: normalizeColor(color) });
  }

  setBackgrounds(colors: string[][]): LocalRange {
    this.count('setBackgrounds');
    this.checkGrid(colors, 'data');
    const change = changesBy((color: string | null) => ({ background: normalizeColor(color) }));
    return this.restyle((r, c) => change(colors[r]?.[c] ?? null));
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): LocalRange {
    this.count('setHorizontalAlignment');
    return this.restyleAll(hAlignChange(alignment));
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): LocalRange {
    this.count('setVerticalAlignment');
    return this.restyleAll({ vAlign: alignment || undefined });
  }

  setWrap(wrap: boolean): LocalRange {
    this.count('setWrap');
    return this.restyleAll({ wrap });
  }

  setNumberFormat(format: string): LocalRange {
    this.count('setNumberFormat');
    return this.restyleAll({ numberFormat: format });
  }

  setDataValidation(rule: DataValidation | null): LocalRange {
    this.count('setDataValidation');
    // Only rules built by LocalDataValidationBuilder (builders.ts) can reach here.
    if (rule !== null && !(rule instanceof LocalDataValidation))
      throw new Error('Not a data-validation rule of the local workbook.');
    return this.forEachCell((cell) => {
      if (rule) cell.validation = rule.rule;
      else delete cell.validation;
    });
  }

  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: BorderStyle | null,
  ): LocalRange {
    this.count('setBorder');
    const lineStyle = borderStyleName(style);
    const lineColor = normalizeColor(color) ?? '#000000';
    const lastR = this.numRows - 1;
    const lastC = this.numColumns - 1;
    // A cell's edges depend only on where it lies in the range: at most nine changes.
    const change = changesBy((at: number) => ({
      border: {
        top: Boolean(at & TOP ? top : horizontal),
        bottom: Boolean(at & BOTTOM ? bottom : horizontal),
        left: Boolean(at & LEFT ? left : vertical),
        right: Boolean(at & RIGHT ? right : vertical),
        style: lineStyle,
        color: lineColor,
      },
    }));
    return this.restyle((r, c) =>
      change((r === 0 ? TOP : 0) | (r === lastR ? BOTTOM : 0) | (c === 0 ? LEFT : 0) | (c === lastC ? RIGHT : 0)),
    );
  }

  /**
   * Merges each row of the range separately, in one call. The existing merges are looked at
   * once, not once per row: a report of 100,000 rows makes as many merged lines.
   */
  mergeAcross(): LocalRange {
    this.count('mergeAcross');
    if (this.numColumns === 1) return this;
    for (const m of this.sheet.merges) {
      if (m.row < this.row + this.numRows && this.row < m.row + m.numRows && this.overlapsColumns(m))
        throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    }
    for (let r = 0; r < this.numRows; r++)
      this.sheet.merges.push({ row: this.row + r, column: this.column, numRows: 1, numColumns: this.numColumns });
    return this.clearUnderMerges(true);
  }

  private overlapsColumns(m: Merge): boolean {
    return m.column < this.column + this.numColumns && this.column < m.column + m.numColumns;
  }

  breakApart(): LocalRange {
    this.count('breakApart');
    const m = this.sheet.merges;
    for (let i = m.length - 1; i >= 0; i--) {
      const x = m[i] as Merge;
      if (
        x.row >= this.row &&
        x.row + x.numRows <= this.row + this.numRows &&
        x.column >= this.column &&
        x.column + x.numColumns <= this.column + this.numColumns
      )
        m.splice(i, 1);
    }
    return this;
  }

  merge(): LocalRange {
    this.count('merge');
    return this.mergeQuietly();
  }

  private mergeQuietly(): LocalRange {
    if (this.numRows === 1 && this.numColumns === 1) return this;
    const overlaps = this.sheet.merges.some(
      (m) =>
        m.row < this.row + this.numRows &&
        this.row < m.row + m.numRows &&
        m.column < this.column + this.numColumns &&
        this.column < m.column + m.numColumns,
    );
    if (overlaps) throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    this.sheet.merges.push({ row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns });
    return this.clearUnderMerges();
  }

  /** As in Sheets, only the upper-left value of a merge survives; mergeAcross keeps each row's first. */
  private clearUnderMerges(across = false): this {
    return this.forEachCell((cell, r, c) => {
      if (c === 0 && (r === 0 || across)) return;
      cell.value = '';
      delete cell.formula;
      delete cell.uncomputed;
    });
  }

  activate(): LocalRange {
    this.count('activate');
    this.sheet.activeRange = { row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns };
    return this;
  }

  clear(): LocalRange {
    this.count('clear');
    const inside = (m: Merge) =>
      m.row >= this.row && m.row < this.row + this.numRows && m.column >= this.column && m.column < this.column + this.numColumns;
    for (let i = this.sheet.merges.length - 1; i >= 0; i--)
      if (inside(this.sheet.merges[i] as Merge)) this.sheet.merges.splice(i, 1);
    return this.forEachCell((cell) => {
      cell.value = '';
      delete cell.formula;
      delete cell.uncomputed;
      cell.style = EMPTY_STYLE;
      delete cell.validation;
    });
  }
}

/** Where a cell lies in a bordered range: on its top, bottom, left or right edge. */
const TOP = 1;
const BOTTOM = 2;
const LEFT = 4;
const RIGHT = 8;

/** An alignment setter's change: 'normal' or null removes the alignment. */
function hAlignChange(alignment: 'left' | 'center' | 'normal' | 'right' | null): Partial<CellStyle> {
  return { hAlign: alignment && alignment !== 'normal' ? alignment : undefined };
}

function borderStyleName(style: BorderStyle | null): 'thin' | 'medium' | 'thick' | 'dotted' | 'dashed' | 'double' {
  // Local values are positions in BORDER_STYLE_NAMES (services.ts); Google's own print as their names.
  const name = style === null ? 'SOLID' : (BORDER_STYLE_NAMES[style] ?? String(style));
  if (name.includes('DOTTED')) return 'dotted';
  if (name.includes('DASHED')) return 'dashed';
  if (name.includes('DOUBLE')) return 'double';
  if (name.includes('THICK')) return 'thick';
  if (name.includes('MEDIUM')) return 'medium';
  return 'thin';
}
