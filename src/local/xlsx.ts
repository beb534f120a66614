/**
 * XLSX <-> in-memory workbook, with exceljs. Keeps values, merges, fonts, fills, number
 * formats, alignment, borders, column widths, frozen rows, data validation, conditional
 * formats (on save) and print setup.
 *
 * A workbook loaded from a file is saved over that file's own package (xlsx-patch.ts), so
 * what the file holds beyond the in-memory workbook (comments, images, charts, hidden
 * sheets, …) is carried into the result; should that fail, the result is written from the
 * in-memory workbook alone with a notice naming what it lost (xlsx-content.ts).
 */
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { CellValue } from '../addon/gas';
import { CLI } from '../core/text/cli';
import { MENU } from '../core/text/ui';
import { CallCounter } from './call-counter';
import {
  type Cell,
  type CellStyle,
  EMPTY_STYLE,
  internStyle,
  restyle,
  type StyleDraft,
  styleChange,
  type Validation,
} from './cell-model';
import { contentKinds } from './xlsx-content';
import { cfFormula } from './xlsx-formulas';
import { XlsxPackage } from './xlsx-package';
import { type SheetSnapshot, patchOriginal, snapshotSheet } from './xlsx-patch';
import { exceljsInput } from './xlsx-reading';
import { LocalSpreadsheet, columnLetter, type LocalSheet } from './workbook';

/** The file a workbook was loaded from, and what each sheet held then. */
interface Origin {
  readonly data: Uint8Array;
  readonly snapshots: ReadonlyMap<string, SheetSnapshot>;
}

const origins = new WeakMap<LocalSpreadsheet, Origin>();

/** Sheets measures widths in pixels; Excel in characters of ~7 px. */
const PX_PER_CHAR = 7;

function argb(color: string | undefined): string | undefined {
  return color ? `FF${color.replace('#', '').toUpperCase()}` : undefined;
}

function fromArgb(value: string | undefined): string | undefined {
  if (!value || value.length < 6) return undefined;
  return `#${value.slice(-6).toLowerCase()}`;
}

/** exceljs gives dates as UTC midnight; Apps Script gives local midnight in the script's zone. */
function toLocalDate(date: Date): Date {
  return new Date(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  );
}

function fromLocalDate(date: Date): Date {
  return new Date(
    Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()),
  );
}

function readValue(cell: ExcelJS.Cell): { value: CellValue; formula?: string; uncomputed?: true } {
  const v = cell.value;
  if (v === null || v === undefined) return { value: '' };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: toLocalDate(v) };
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      const f = v as ExcelJS.CellFormulaValue;
      const result = f.result;
      const value: CellValue =
        result instanceof Date
          ? toLocalDate(result)
          : typeof result === 'object' || result === undefined || result === null
            ? ''
            : result;
      // No result: saved without a value (openpyxl, pandas); getValues reports the formula.
      return result === undefined
        ? { value, formula: `=${f.formula ?? ''}`, uncomputed: true }
        : { value, formula: `=${f.formula ?? ''}` };
    }
    if ('richText' in v) return { value: v.richText.map((part) => part.text).join('') };
    if ('text' in v) return { value: String((v as ExcelJS.CellHyperlinkValue).text) };
    if ('error' in v) return { value: String((v as ExcelJS.CellErrorValue).error) };
  }
  return { value: String(v) };
}

function readStyle(cell: ExcelJS.Cell): StyleDraft {
  const style: StyleDraft = {};
  const font = cell.font;
  if (font?.bold) style.bold = true;
  if (font?.italic) style.italic = true;
  if (font?.name) style.fontFamily = font.name;
  if (font?.size) style.fontSize = font.size;
  const fontColor = fromArgb(font?.color?.argb);
  if (fontColor) style.fontColor = fontColor;
  const fill = cell.fill;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const bg = fromArgb(fill.fgColor?.argb);
    if (bg) style.background = bg;
  }
  const a = cell.alignment;
  if (a?.horizontal === 'left' || a?.horizontal === 'center' || a?.horizontal === 'right') style.hAlign = a.horizontal;
  if (a?.vertical === 'top' || a?.vertical === 'bottom') style.vAlign = a.vertical;
  if (a?.vertical === 'middle') style.vAlign = 'middle';
  if (a?.wrapText) style.wrap = true;
  if (cell.numFmt && cell.numFmt !== 'General') style.numberFormat = cell.numFmt;
  const b = cell.border;
  if (b && (b.top || b.bottom || b.left || b.right)) {
    const any = b.top ?? b.bottom ?? b.left ?? b.right;
    const s = any?.style;
    style.border = {
      top: Boolean(b.top?.style),
      bottom: Boolean(b.bottom?.style),
      left: Boolean(b.left?.style),
      right: Boolean(b.right?.style),
      style: s === 'medium' || s === 'thick' || s === 'dotted' || s === 'dashed' || s === 'double' ? s : 'thin',
      color: fromArgb(any?.color?.argb) ?? '#000000',
    };
  }
  return style;
}

function readValidation(cell: ExcelJS.Cell): Validation | undefined {
  const dv = cell.dataValidation;
  if (dv?.type !== 'list' || !dv.formulae?.[0]) return undefined;
  const formula = String(dv.formulae[0]);
  const values = formula.replace(/^"|"$/g, '').split(',');
  if (values.length === 2 && values[0] === 'TRUE' && values[1] === 'FALSE') return { kind: 'checkbox' };
  return {
    kind: 'list',
    values,
    allowInvalid: !dv.showErrorMessage,
    ...(dv.showInputMessage && dv.prompt ? { helpText: dv.prompt } : {}),
  };
}

export async function loadXlsx(data: ArrayBuffer | Uint8Array, counter = new CallCounter()): Promise<LocalSpreadsheet> {
  const original = data instanceof Uint8Array ? new Uint8Array(data) : new Uint8Array(data.slice(0));
  const workbook = new ExcelJS.Workbook();
  // The normalised copy (xlsx-reading.ts); should making it fail, exceljs gets the file as it is.
  const input = await XlsxPackage.open(original)
    .then(exceljsInput)
    .catch(() => original);
  await workbook.xlsx.load(new Uint8Array(input).buffer);
  const book = new LocalSpreadsheet(counter);
  workbook.eachSheet((ws) => {
    const sheet = book.addSheet(ws.name);
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      // includeEmpty: a blank cell can still carry a border, a fill or a dropdown.
      row.eachCell({ includeEmpty: true }, (xcell, c) => {
        const { value, formula, uncomputed } =
          xcell.isMerged && xcell.master !== xcell
            ? { value: '' as CellValue, formula: undefined, uncomputed: undefined }
            : readValue(xcell);
        const style = readStyle(xcell);
        const validation = readValidation(xcell);
        if (value === '' && !formula && !validation && Object.keys(style).length === 0) return;
        const cell = sheet.cellForWrite(r, c);
        cell.value = value;
        if (formula) cell.formula = formula;
        if (uncomputed) cell.uncomputed = true;
        cell.style = internStyle(style);
        if (validation) cell.validation = validation;
      });
    });
    // Dropdowns may sit on rows that hold nothing else, which eachRow does not visit.
    const validations = dataValidationsOf(ws)?.model ?? {};
    for (const [address, dv] of Object.entries(validations)) {
      const rule = readValidation({ dataValidation: dv } as ExcelJS.Cell);
      if (!rule) continue;
      const [from, to] = address.replace(/^range:/, '').split(':');
      const a = ws.getCell(from ?? 'A1');
      const b = ws.getCell(to ?? from ?? 'A1');
      for (let r = Number(a.row); r <= Number(b.row); r++) {
        for (let c = Number(a.col); c <= Number(b.col); c++) sheet.cellForWrite(r, c).validation = rule;
      }
    }
    for (const range of ws.model.merges ?? []) {
      const [start, end] = range.split(':');
      const a = ws.getCell(start ?? 'A1');
      const b = ws.getCell(end ?? start ?? 'A1');
      const ra = Number(a.row),
        ca = Number(a.col),
        rb = Number(b.row),
        cb = Number(b.col);
      sheet.addMerge({ row: ra, column: ca, numRows: rb - ra + 1, numColumns: cb - ca + 1 });
    }
    ws.columns?.forEach((col, i) => {
      if (col.width) sheet.columnWidths.set(i + 1, Math.round(col.width * PX_PER_CHAR));
    });
    const view = ws.views?.[0];
    if (view && view.state === 'frozen' && view.ySplit) sheet.frozenRows = view.ySplit;
    if (view && view.showGridLines === false) sheet.hiddenGridlines = true;
  });
  counter.reset();
  origins.set(book, { data: original, snapshots: new Map(book.sheets.map((s) => [s.name, snapshotSheet(s)])) });
  return book;
}

/** exceljs style for a cell style. */
function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontFamily) font.name = style.fontFamily;
  if (style.fontSize) font.size = style.fontSize;
  const color = argb(style.fontColor);
  if (color) font.color = { argb: color };
  if (Object.keys(font).length > 0) out.font = font;
  const bg = argb(style.background);
  if (bg) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: bg } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.hAlign) alignment.horizontal = style.hAlign;
  if (style.vAlign) alignment.vertical = style.vAlign;
  if (style.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style.numberFormat) out.numFmt = style.numberFormat;
  if (style.border) {
    const edge = { style: style.border.style, color: { argb: argb(style.border.color) ?? 'FF000000' } } as ExcelJS.Border;
    out.border = {
      ...(style.border.top ? { top: edge } : {}),
      ...(style.border.bottom ? { bottom: edge } : {}),
      ...(style.border.left ? { left: edge } : {}),
      ...(style.border.right ? { right: edge } : {}),
    };
  }
  return out;
}

/**
 * One exceljs style object per distinct style: exceljs recognises a style object it has
 * already seen by reference (a WeakMap in its styles writer), which makes large sheets fast.
 * Cell styles are interned (cell-model.ts), so the same look is the same object here too.
 */
class StyleCache {
  private readonly styles = new Map<CellStyle, Partial<ExcelJS.Style>>();
  get(style: CellStyle): Partial<ExcelJS.Style> {
    let found = this.styles.get(style);
    if (!found) {
      found = excelStyle(style);
      this.styles.set(style, found);
    }
    return found;
  }
}

/** The Text number format ("@"), for a text that looks like a formula. */
const AS_TEXT = styleChange({ numberFormat: '@' });

function writeCell(xcell: ExcelJS.Cell, cell: Cell, styles: StyleCache): void {
  if (cell.formula)
    xcell.value = {
      formula: cell.formula.replace(/^=/, ''),
      result: cell.value === '' ? undefined : (cell.value as never),
    } as ExcelJS.CellFormulaValue;
  else if (cell.value instanceof Date) xcell.value = fromLocalDate(cell.value);
  else if (cell.value !== '') xcell.value = cell.value;
  // A text that looks like a formula gets the Text number format ("@"), so Excel, LibreOffice
  // and Sheets keep it as text even when the cell is edited (what a leading apostrophe does
  // in Sheets). Not quotePrefix: exceljs 4.4 leaves that style attribute out of the file.
  const asText = !cell.formula && typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value);
  if (asText) xcell.style = styles.get(restyle(cell.style, AS_TEXT));
  else if (cell.style !== EMPTY_STYLE && Object.keys(cell.style).length > 0) xcell.style = styles.get(cell.style);
}

function excelValidation(v: Validation): ExcelJS.DataValidation {
  if (v.kind === 'checkbox') return { type: 'list', allowBlank: true, formulae: ['"TRUE,FALSE"'] };
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${v.values.join(',')}"`],
    showErrorMessage: !v.allowInvalid,
    ...(v.helpText ? { showInputMessage: true, prompt: v.helpText } : {}),
  };
}

/** exceljs keeps a sheet's dropdowns in `dataValidations`, which its typings leave out; optional here. */
function dataValidationsOf(
  ws: ExcelJS.Worksheet,
): { model?: Record<string, ExcelJS.DataValidation>; add(address: string, v: ExcelJS.DataValidation): void } | undefined {
  return (ws as ExcelJS.Worksheet & { dataValidations?: ReturnType<typeof dataValidationsOf> }).dataValidations;
}

/** Dropdowns go in as one range per run of equal cells in a column, not one per cell. */
function writeValidations(ws: ExcelJS.Worksheet, sheet: LocalSheet): void {
  const validations = dataValidationsOf(ws);
  if (!validations) throw new Error('exceljs: the worksheet has no dataValidations.');
  let width = 0;
  for (const row of sheet.rows) if (row && row.length > width) width = row.length;
  for (let c = 1; c <= width; c++) {
    let start = 0;
    let key = '';
    let rule: Validation | undefined;
    const flush = (end: number) => {
      if (rule)
        validations.add(
          start === end ? `${columnLetter(c)}${start}` : `${columnLetter(c)}${start}:${columnLetter(c)}${end}`,
          excelValidation(rule),
        );
    };
    for (let r = 1; r <= sheet.rows.length + 1; r++) {
      const v = sheet.cell(r, c)?.validation;
      const k = v ? JSON.stringify(v) : '';
      if (k === key) continue;
      flush(r - 1);
      start = r;
      key = k;
      rule = v;
    }
  }
}

function pageSetup(sheet: LocalSheet): Partial<ExcelJS.PageSetup> | undefined {
  const p = sheet.printSetup;
  if (!p) return undefined;
  return {
    paperSize: 9, // A4
    orientation: p.orientation,
    ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    ...(p.margins ? { margins: { ...p.margins, header: 0.3, footer: 0.3 } } : {}),
  };
}

/**
 * Streams one sheet: widths first, then the rows, committed one by one, then
 * dropdowns and colours. The streaming writer zips with Node's zlib, which keeps a
 * 10,000-member workbook fast.
 */
function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: LocalSheet, styles: StyleCache): void {
  const setup = pageSetup(sheet);
  const ws = workbook.addWorksheet(sheet.name, {
    views: [
      {
        ...(sheet.frozenRows > 0 ? { state: 'frozen' as const, ySplit: sheet.frozenRows } : {}),
        showGridLines: !sheet.hiddenGridlines,
      },
    ],
    ...(setup ? { pageSetup: setup } : {}),
  });
  for (const [column, px] of sheet.columnWidths) ws.getColumn(column).width = Math.round((px / PX_PER_CHAR) * 10) / 10;
  // A merge is declared just before its first row is committed: declaring them all first
  // would make the writer hold every row in memory and commit in quadratic time.
  const mergesByRow = new Map<number, typeof sheet.merges>();
  for (const m of sheet.merges) mergesByRow.set(m.row, [...(mergesByRow.get(m.row) ?? []), m]);
  sheet.rows.forEach((line, r) => {
    for (const m of mergesByRow.get(r + 1) ?? [])
      ws.mergeCells(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
    if (!line) return;
    const row = ws.getRow(r + 1);
    line.forEach((cell, c) => {
      if (cell) writeCell(row.getCell(c + 1), cell, styles);
    });
    row.commit();
  });
  writeValidations(ws, sheet);
  for (const rule of sheet.conditionalRules) {
    for (const range of rule.ranges) {
      const ref = `${columnLetter(range.column)}${range.row}:${columnLetter(range.column + range.numColumns - 1)}${range.row + range.numRows - 1}`;
      const style: Partial<ExcelJS.Style> = {
        ...(rule.background
          ? {
              fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.background) ?? 'FFFFFFFF' } } as ExcelJS.Fill,
            }
          : {}),
        ...(rule.fontColor || rule.bold
          ? {
              font: {
                ...(rule.fontColor ? { color: { argb: argb(rule.fontColor) ?? 'FF000000' } } : {}),
                ...(rule.bold ? { bold: true } : {}),
              },
            }
          : {}),
      };
      const formula = cfFormula(rule.condition, range.row, range.column);
      ws.addConditionalFormatting({ ref, rules: [{ type: 'expression', formulae: [formula], style, priority: 1 }] });
    }
  }
  ws.commit();
}

/** The in-memory workbook alone, as an XLSX file. */
async function writeBook(book: LocalSpreadsheet, compressed = true): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
    ...(!compressed && { zip: { store: true } }),
  });
  workbook.creator = MENU.title;
  const styles = new StyleCache();
  for (const sheet of book.sheets) writeSheet(workbook, sheet, styles);
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

export interface SavedXlsx {
  readonly bytes: Uint8Array;
  /** For the user: what of their file the result could not carry (at most one line). */
  readonly notices: readonly string[];
}

/**
 * The workbook as an XLSX file. Loaded from a file, it is written over that file's package,
 * which keeps everything the run did not change; if that cannot be done, from the in-memory
 * workbook alone, with one notice naming the kinds of content that did not survive.
 */
export async function saveXlsxFile(book: LocalSpreadsheet): Promise<SavedXlsx> {
  const origin = origins.get(book);
  if (!origin) return { bytes: await writeBook(book), notices: [] };
  try {
    // Only read back by the patch, which packs the result anew: stored, not compressed.
    const generated = await writeBook(book, false);
    return { bytes: (await patchOriginal(origin.data, origin.snapshots, book, generated)).bytes, notices: [] };
  } catch {
    const lost = await contentKinds(await XlsxPackage.open(origin.data)).catch(() => []);
    const notices = lost.length > 0 ? [CLI.notCarried(lost.map((k) => CLI.contentKinds[k]).join(', '))] : [];
    return { bytes: await writeBook(book), notices };
  }
}

export async function saveXlsx(book: LocalSpreadsheet): Promise<Uint8Array> {
  return (await saveXlsxFile(book)).bytes;
}
