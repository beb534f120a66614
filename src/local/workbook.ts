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
import type {
  BorderStyle,
  CellValue,
  ConditionalFormatRule,
  DataValidation,
  Range,
  RangeList,
  Sheet,
  Spreadsheet,
} from '../addon/gas';
import { LocalConditionalRule, LocalDataValidation } from './builders';
import { BORDER_STYLE_NAMES } from './services';
import type { CallCounter, CallKind } from './call-counter';
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
import { MAX_COLUMN, MAX_ROW, parseRange } from './xlsx-ranges';

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
    /** What getId answers, and what SpreadsheetApp.openById finds it by (spreadsheet-registry.ts). */
    readonly id = 'local-spreadsheet',
  ) {}

  getId(): string {
    this.counter.count('Spreadsheet.getId');
    return this.id;
  }

  getName(): string {
    this.counter.count('Spreadsheet.getName', 'read');
    return this.name;
  }

  /** The name, uncounted: for the Sheets API fake, which is no SpreadsheetApp call. */
  get title(): string {
    return this.name;
  }

  getSpreadsheetTimeZone(): string {
    this.counter.count('Spreadsheet.getSpreadsheetTimeZone', 'read');
    return this.timeZone;
  }

  getSheetByName(name: string): LocalSheet | null {
    this.counter.count('Spreadsheet.getSheetByName', 'read');
    return this.sheet(name) ?? null;
  }

  /** Direct access for loaders and tests; not counted. */
  sheet(name: string): LocalSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  insertSheet(name: string): LocalSheet {
    this.counter.count('Spreadsheet.insertSheet', 'write');
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
    this.counter.count('Spreadsheet.getSheets', 'read');
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

  /** The name the sheet had in the file it was loaded from, before `rename`. */
  private loadedName: string | undefined;

  /**
   * The name to write back into the user's own file: the one it had there. The shell looks
   * sheets up by their canonical names, but the user's workbook keeps its own.
   */
  get nameInFile(): string {
    return this.loadedName ?? this.currentName;
  }

  /** Uncounted, for loaders: gives a sheet found by a looser match its canonical name. Throws like Sheets when taken. */
  rename(name: string): void {
    if (this.book.sheets.some((s) => s !== this && s.name === name))
      throw new Error(`A sheet with the name "${name}" already exists.`);
    this.loadedName ??= this.currentName;
    this.currentName = name;
  }

  private count(method: string, kind: CallKind): void {
    this.book.counter.count(`Sheet.${method}`, kind);
  }

  getName(): string {
    this.count('getName', 'read');
    return this.name;
  }

  getSheetId(): number {
    this.count('getSheetId', 'other');
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
    this.count('getLastRow', 'read');
    return this.lastRow();
  }

  getLastColumn(): number {
    this.count('getLastColumn', 'read');
    return this.lastColumn();
  }

  /**
   * The grid's size, as getMaxRows / getMaxColumns answer; uncounted. A new Google sheet is
   * 1,000 × 26 and grows to hold every cell written (styled or merged ones too).
   */
  maxRows(): number {
    return Math.max(this.rows.length, 1000);
  }

  maxColumns(): number {
    let widest = 26;
    for (const row of this.rows) if (row && row.length > widest) widest = row.length;
    return widest;
  }

  getMaxRows(): number {
    this.count('getMaxRows', 'read');
    return this.maxRows();
  }

  getMaxColumns(): number {
    this.count('getMaxColumns', 'read');
    return this.maxColumns();
  }

  getRange(row: number, column: number, numRows = 1, numColumns = 1): LocalRange {
    this.count('getRange', 'other');
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1) {
      throw new Error('The coordinates or dimensions of the range are invalid.');
    }
    return new LocalRange(this, row, column, numRows, numColumns);
  }

  /**
   * The ranges named in A1 notation ("B2", "A1:E9", or whole columns "A:H" and rows "3:5",
   * which reach the end of the grid), as one RangeList; like getRange, it reads nothing
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangelista1notations).
   */
  getRangeList(a1Notations: string[]): LocalRangeList {
    this.count('getRangeList', 'other');
    if (a1Notations.length === 0) throw new Error('A range list needs at least one range.');
    const ranges = a1Notations.map((a1) => {
      const rect = parseRange(a1);
      if (!rect) throw new Error(`Range not found: ${a1}`);
      const bottom = rect.bottom === MAX_ROW ? this.maxRows() : rect.bottom;
      const right = rect.right === MAX_COLUMN ? this.maxColumns() : rect.right;
      return new LocalRange(this, rect.top, rect.left, bottom - rect.top + 1, right - rect.left + 1);
    });
    return new LocalRangeList(this, ranges);
  }

  getDataRange(): LocalRange {
    this.count('getDataRange', 'read');
    return new LocalRange(this, 1, 1, Math.max(this.lastRow(), 1), Math.max(this.lastColumn(), 1));
  }

  setFrozenRows(rows: number): void {
    this.count('setFrozenRows', 'write');
    this.frozenRows = rows;
  }

  setColumnWidth(column: number, width: number): LocalSheet {
    this.count('setColumnWidth', 'write');
    this.columnWidths.set(column, width);
    return this;
  }

  /** One width for `numColumns` columns from `startColumn`, in one call. */
  setColumnWidths(startColumn: number, numColumns: number, width: number): LocalSheet {
    this.count('setColumnWidths', 'write');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }

  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.count('setConditionalFormatRules', 'write');
    // Only rules built by LocalConditionalFormatRuleBuilder (builders.ts) can reach here.
    this.conditionalRules = rules.map((rule) => {
      if (!(rule instanceof LocalConditionalRule)) throw new Error('Not a conditional-format rule of the local workbook.');
      return rule;
    });
  }

  getConditionalFormatRules(): LocalConditionalRule[] {
    this.count('getConditionalFormatRules', 'read');
    return [...this.conditionalRules];
  }

  setHiddenGridlines(hide: boolean): LocalSheet {
    this.count('setHiddenGridlines', 'write');
    this.hiddenGridlines = hide;
    return this;
  }

  activate(): LocalSheet {
    this.count('activate', 'write');
    return this;
  }

  clear(): LocalSheet {
    this.count('clear', 'write');
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

  private count(method: string, kind: CallKind): void {
    this.sheet.book.counter.count(`Range.${method}`, kind);
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

  /** Position and size without counting, for the local rule builders. */
  get bounds(): { row: number; column: number; numRows: number; numColumns: number; a1: string } {
    const start = `${columnLetter(this.column)}${this.row}`;
    const single = this.numRows === 1 && this.numColumns === 1;
    const a1 = single ? start : `${start}:${columnLetter(this.column + this.numColumns - 1)}${this.row + this.numRows - 1}`;
    return { row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns, a1 };
  }

  getRow(): number {
    this.count('getRow', 'other');
    return this.row;
  }
  getColumn(): number {
    this.count('getColumn', 'other');
    return this.column;
  }
  getNumRows(): number {
    this.count('getNumRows', 'other');
    return this.numRows;
  }
  getNumColumns(): number {
    this.count('getNumColumns', 'other');
    return this.numColumns;
  }

  getA1Notation(): string {
    this.count('getA1Notation', 'other');
    return this.bounds.a1;
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
    this.count('getValues', 'read');
    return this.readValues();
  }

  setValues(values: CellValue[][]): LocalRange {
    this.count('setValues', 'write');
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
    this.count('setFontWeight', 'write');
    return this.restyleAll({ bold: weight === 'bold' });
  }

  setFontWeights(weights: ('bold' | 'normal' | null)[][]): LocalRange {
    this.count('setFontWeights', 'write');
    this.checkGrid(weights, 'data');
    const change = changesBy((bold: boolean) => ({ bold }));
    return this.restyle((r, c) => change(weights[r]?.[c] === 'bold'));
  }

  setFontStyle(style: 'italic' | 'normal' | null): LocalRange {
    this.count('setFontStyle', 'write');
    return this.restyleAll({ italic: style === 'italic' });
  }

  setFontStyles(styles: ('italic' | 'normal' | null)[][]): LocalRange {
    this.count('setFontStyles', 'write');
    this.checkGrid(styles, 'data');
    const change = changesBy((italic: boolean) => ({ italic }));
    return this.restyle((r, c) => change(styles[r]?.[c] === 'italic'));
  }

  setFontSizes(sizes: number[][]): LocalRange {
    this.count('setFontSizes', 'write');
    this.checkGrid(sizes, 'data');
    const change = changesBy((size: number | undefined) => (size === undefined ? {} : { fontSize: size }));
    return this.restyle((r, c) => change(sizes[r]?.[c]));
  }

  setHorizontalAlignments(alignments: ('left' | 'center' | 'normal' | 'right' | null)[][]): LocalRange {
    this.count('setHorizontalAlignments', 'write');
    this.checkGrid(alignments, 'data');
    const change = changesBy(hAlignChange);
    return this.restyle((r, c) => change(alignments[r]?.[c] ?? null));
  }

  setFontFamily(family: string | null): LocalRange {
    this.count('setFontFamily', 'write');
    return this.restyleAll({ fontFamily: family || undefined });
  }

  setFontSize(size: number): LocalRange {
    this.count('setFontSize', 'write');
    return this.restyleAll({ fontSize: size });
  }

  setFontColor(color: string | null): LocalRange {
    this.count('setFontColor', 'write');
    return this.restyleAll({ fontColor: normalizeColor(color) });
  }

  setBackground(color: string | null): LocalRange {
    this.count('setBackground', 'write');
    return this.restyleAll({ background: normalizeColor(color) });
  }

  setBackgrounds(colors: string[][]): LocalRange {
    this.count('setBackgrounds', 'write');
    this.checkGrid(colors, 'data');
    const change = changesBy((color: string | null) => ({ background: normalizeColor(color) }));
    return this.restyle((r, c) => change(colors[r]?.[c] ?? null));
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): LocalRange {
    this.count('setHorizontalAlignment', 'write');
    return this.restyleAll(hAlignChange(alignment));
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): LocalRange {
    this.count('setVerticalAlignment', 'write');
    return this.restyleAll({ vAlign: alignment || undefined });
  }

  setWrap(wrap: boolean): LocalRange {
    this.count('setWrap', 'write');
    return this.restyleAll({ wrap });
  }

  setNumberFormat(format: string): LocalRange {
    this.count('setNumberFormat', 'write');
    return this.restyleAll({ numberFormat: format });
  }

  setDataValidation(rule: DataValidation | null): LocalRange {
    this.count('setDataValidation', 'write');
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
    this.count('setBorder', 'write');
    return this.border(top, left, bottom, right, vertical, horizontal, color, style);
  }

  /** setBorder without counting, for RangeList.setBorder. */
  border(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: BorderStyle | null,
  ): this {
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
    this.count('mergeAcross', 'write');
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
    this.count('breakApart', 'write');
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
    this.count('merge', 'write');
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
    this.count('activate', 'write');
    this.sheet.activeRange = { row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns };
    return this;
  }

  clear(): LocalRange {
    this.count('clear', 'write');
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

/** Several ranges of one sheet (Sheet.getRangeList). */
export class LocalRangeList implements RangeList {
  constructor(
    private readonly sheet: LocalSheet,
    private readonly ranges: readonly LocalRange[],
  ) {}

  private count(method: string, kind: CallKind): void {
    this.sheet.book.counter.count(`RangeList.${method}`, kind);
  }

  /** The Range objects of the list, in order: one call, nothing read from the sheet. */
  getRanges(): LocalRange[] {
    this.count('getRanges', 'other');
    return [...this.ranges];
  }

  /** Each range bordered as Range.setBorder would, in one call. */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: BorderStyle | null,
  ): LocalRangeList {
    this.count('setBorder', 'write');
    for (const range of this.ranges) range.border(top, left, bottom, right, vertical, horizontal, color, style);
    return this;
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
