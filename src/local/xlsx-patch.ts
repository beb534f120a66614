/**
 * ket-qua.xlsx made from the user's own file: the original package, with only what the tool
 * owns replaced or added. Sheets the run did not change keep their XML byte for byte; a
 * changed sheet («Danh sách», «Cấu hình») keeps everything but the cells, dropdowns,
 * conditional formats, merges, widths and frozen rows the run changed; the generated sheets
 * are written whole. So comments, hyperlinks, rich text, images, charts, pivot tables,
 * defined names, the user's own validations and conditional formats, hidden sheets and
 * columns, row heights, filters, panes, tab colours, protection and print setup all stay.
 *
 * The new content comes from the exceljs file of the same workbook (`generated`): its cell
 * values, whole new sheets. Styles are not copied from it but made in the original's styles
 * part from the in-memory workbook's styles (xlsx-styles.ts).
 */
import { SHEET_NAMES } from '../core/text/sheets';
import type { LocalConditionalRule } from './builders';
import type { Cell, CellStyle, StyleDraft, Validation } from './cell-model';
import { cfFormula, isToolFormula } from './xlsx-formulas';
import {
  type Relationship,
  REL_NS,
  XlsxPackage,
  freePartName,
  mainPrefix,
  relKind,
  relType,
  relativeTarget,
  relsPathOf,
  relsXml,
  resolveTarget,
} from './xlsx-package';
import { type Rect, parseCellRef, parseRange, parseSqref, rectRef, sqrefOf, subtractAll } from './xlsx-ranges';
import { EMPTY_STYLES, StyleBook, styleKey } from './xlsx-styles';
import { type LocalSheet, type LocalSpreadsheet, type Merge, columnLetter } from './workbook';
import {
  type SplitRoot,
  type XmlElement,
  elementXml,
  escapeXml,
  findElement,
  findElements,
  insertInOrder,
  joinRoot,
  parseAttrs,
  renderAttrs,
  splitRoot,
  unescapeXml,
  withPrefix,
} from './xml-scan';

/** The sheets the tool writes whole: what the file held there before is the tool's own. */
const OWNED_SHEETS: ReadonlySet<string> = new Set([
  SHEET_NAMES.report,
  SHEET_NAMES.ballots,
  SHEET_NAMES.htxsBallot,
  SHEET_NAMES.reviewOrder,
]);

/** CT_Worksheet's order of children (ECMA-376 18.3.1.99). */
const SHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** Sheets measures widths in pixels; Excel in characters of ~7 px (as xlsx.ts). */
const PX_PER_CHAR = 7;

/** What the loader saw of a sheet, to tell what the run changed. */
export interface SheetSnapshot {
  readonly rows: (Cell | undefined)[][];
  readonly merges: Merge[];
  readonly columnWidths: Map<number, number>;
  readonly frozenRows: number;
  readonly hiddenGridlines: boolean;
}

export function snapshotSheet(sheet: LocalSheet): SheetSnapshot {
  // Each cell is copied; its style (interned, frozen), dropdown rule and date are replaced
  // when they change, never changed in place, so the copy shares them.
  return {
    rows: sheet.rows.map((row) => row.map((cell) => (cell ? { ...cell } : cell))),
    merges: sheet.merges.map((m) => ({ ...m })),
    columnWidths: new Map(sheet.columnWidths),
    frozenRows: sheet.frozenRows,
    hiddenGridlines: sheet.hiddenGridlines,
  };
}

/** A cell's style as written: [as it is, as a text that looks like a formula, as a date]. */
const effective = new WeakMap<CellStyle, CellStyle[]>();
const NO_STYLE: CellStyle = Object.freeze({});

/**
 * The style a cell is written with: as xlsx.ts writes it, a text that looks like a formula is
 * kept as text ("@"), a date gets a date format; `bold: false` is no bold. Made once per
 * style (cell styles are interned) and kind of value.
 */
export function effectiveStyle(cell: Cell | undefined): CellStyle {
  if (!cell) return NO_STYLE;
  const kind =
    !cell.formula && typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value) ? 1 : cell.value instanceof Date ? 2 : 0;
  let made = effective.get(cell.style);
  if (!made) {
    made = [];
    effective.set(cell.style, made);
  }
  let style = made[kind];
  if (!style) {
    const draft: StyleDraft = {};
    for (const [key, value] of Object.entries(cell.style))
      if (value !== false && value !== undefined) Object.assign(draft, { [key]: value });
    if (kind === 1) draft.numberFormat = '@';
    else if (kind === 2 && !draft.numberFormat) draft.numberFormat = 'mm-dd-yy';
    style = Object.freeze(draft);
    made[kind] = style;
  }
  return style;
}

function sameValue(a: Cell | undefined, b: Cell | undefined): boolean {
  if ((a?.formula ?? '') !== (b?.formula ?? '')) return false;
  const x = a?.value ?? '';
  const y = b?.value ?? '';
  if (x instanceof Date || y instanceof Date) return x instanceof Date && y instanceof Date && x.getTime() === y.getTime();
  return x === y;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The JSON of each dropdown rule, made once: a rule is shared by every cell of its range. */
const validationJson = new WeakMap<Validation, string>();
function jsonOf(v: Validation | undefined): string {
  if (!v) return 'null';
  let json = validationJson.get(v);
  if (json === undefined) {
    json = JSON.stringify(v);
    validationJson.set(v, json);
  }
  return json;
}

function sameValidation(a: Validation | undefined, b: Validation | undefined): boolean {
  return a === b || jsonOf(a) === jsonOf(b);
}

interface CellChange {
  readonly row: number;
  readonly column: number;
  readonly before: Cell | undefined;
  readonly after: Cell | undefined;
  readonly value: boolean;
  readonly style: boolean;
  readonly validation: boolean;
}

function diffCells(snap: SheetSnapshot, sheet: LocalSheet): CellChange[] {
  const changes: CellChange[] = [];
  const rows = Math.max(snap.rows.length, sheet.rows.length);
  for (let r = 0; r < rows; r++) {
    const a = snap.rows[r];
    const b = sheet.rows[r];
    if (!a && !b) continue;
    const columns = Math.max(a?.length ?? 0, b?.length ?? 0);
    for (let c = 0; c < columns; c++) {
      const before = a?.[c];
      const after = b?.[c];
      if (!before && !after) continue;
      const value = !sameValue(before, after);
      const style = styleKey(effectiveStyle(before)) !== styleKey(effectiveStyle(after));
      const validation = !sameValidation(before?.validation, after?.validation);
      if (value || style || validation) changes.push({ row: r + 1, column: c + 1, before, after, value, style, validation });
    }
  }
  return changes;
}

function mergeKey(m: Merge): string {
  return `${m.row},${m.column},${m.numRows},${m.numColumns}`;
}

function sameMerges(a: readonly Merge[], b: readonly Merge[]): boolean {
  const x = new Set(a.map(mergeKey));
  return a.length === b.length && b.every((m) => x.has(mergeKey(m)));
}

function changedWidths(snap: SheetSnapshot, sheet: LocalSheet): Map<number, number> {
  const out = new Map<number, number>();
  for (const [column, px] of sheet.columnWidths) if (snap.columnWidths.get(column) !== px) out.set(column, px);
  return out;
}

/** Whether the run changed anything of a sheet that the file keeps. */
function sheetChanged(snap: SheetSnapshot, sheet: LocalSheet, changes: readonly CellChange[]): boolean {
  return (
    changes.length > 0 ||
    !sameMerges(snap.merges, sheet.merges) ||
    changedWidths(snap, sheet).size > 0 ||
    snap.frozenRows !== sheet.frozenRows ||
    snap.hiddenGridlines !== sheet.hiddenGridlines ||
    sheet.conditionalRules.length > 0 ||
    sheet.printSetup !== undefined
  );
}

interface ParsedCell {
  readonly attrs: Map<string, string>;
  readonly inner: string | undefined;
}

/** The cells of the exceljs sheet, found row by row as needed. */
class GeneratedCells {
  private readonly rows = new Map<number, string>();
  private readonly parsed = new Map<number, Map<number, ParsedCell>>();

  constructor(xml: string) {
    const data = findElement(xml, 'sheetData');
    for (const row of findElements(data?.inner ?? '', 'row')) {
      const r = Number(parseAttrs(row.attrText).get('r'));
      if (row.inner !== undefined) this.rows.set(r, row.inner);
    }
  }

  cell(row: number, column: number): ParsedCell | undefined {
    let cells = this.parsed.get(row);
    if (!cells) {
      cells = new Map();
      for (const c of findElements(this.rows.get(row) ?? '', 'c')) {
        const attrs = parseAttrs(c.attrText);
        const at = parseCellRef(attrs.get('r') ?? '');
        if (at) cells.set(at.column, { attrs, inner: c.inner });
      }
      this.parsed.set(row, cells);
    }
    return cells.get(column);
  }
}

function validationXml(p: string, rule: Validation, sqref: string): string {
  const attrs = new Map<string, string>([
    ['type', 'list'],
    ['allowBlank', '1'],
  ]);
  const values = rule.kind === 'checkbox' ? ['TRUE', 'FALSE'] : rule.values;
  if (rule.kind === 'list' && !rule.allowInvalid) attrs.set('showErrorMessage', '1');
  if (rule.kind === 'list' && rule.helpText) {
    attrs.set('showInputMessage', '1');
    attrs.set('prompt', rule.helpText);
  }
  attrs.set('sqref', sqref);
  return `<${p}dataValidation${renderAttrs(attrs)}><${p}formula1>${escapeXml(`"${values.join(',')}"`)}</${p}formula1></${p}dataValidation>`;
}

/** The patch of one existing worksheet. */
class SheetPatch {
  private readonly doc: SplitRoot;
  private readonly p: string;

  constructor(
    xml: string,
    private readonly sheet: LocalSheet,
    private readonly snap: SheetSnapshot,
    private readonly changes: readonly CellChange[],
    private readonly generated: GeneratedCells,
    private readonly styles: StyleBook,
  ) {
    this.doc = splitRoot(xml);
    this.p = this.doc.prefix;
  }

  private child(name: string): { name: string; text: string } | undefined {
    return this.doc.children.find((c) => c.name === `${this.p}${name}`);
  }

  /** Replaces (or inserts, in schema order, or with undefined removes) the child named `name`. */
  private put(name: string, text: string | undefined): void {
    const at = this.doc.children.findIndex((c) => c.name === `${this.p}${name}`);
    if (text === undefined) {
      if (at >= 0) this.doc.children.splice(at, 1);
    } else if (at >= 0) this.doc.children[at] = { name: `${this.p}${name}`, text };
    else insertInOrder(this.doc, SHEET_ORDER, name, text);
  }

  xml(): string {
    const cells = this.changes.filter((c) => c.value || c.style);
    if (cells.length > 0) {
      this.patchCells(cells);
      this.patchDimension();
    }
    const validations = this.changes.filter((c) => c.validation);
    if (validations.length > 0) this.patchValidations(validations);
    if (!sameMerges(this.snap.merges, this.sheet.merges)) this.patchMerges();
    const widths = changedWidths(this.snap, this.sheet);
    if (widths.size > 0) this.patchColumns(widths);
    if (this.snap.frozenRows !== this.sheet.frozenRows || this.snap.hiddenGridlines !== this.sheet.hiddenGridlines)
      this.patchView();
    if (this.sheet.conditionalRules.length > 0) this.patchConditionalFormats(this.sheet.conditionalRules);
    return joinRoot(this.doc);
  }

  private cellXml(change: CellChange, old: ParsedCell | undefined): string | undefined {
    const p = this.p;
    const attrs = new Map<string, string>([['r', `${columnLetter(change.column)}${change.row}`]]);
    for (const [k, v] of old?.attrs ?? []) if (k !== 'r') attrs.set(k, v);
    let inner = old?.inner;
    if (change.style) {
      const base = Number(old?.attrs.get('s') ?? 0);
      attrs.set('s', String(this.styles.xfFor(base, effectiveStyle(change.before), effectiveStyle(change.after))));
    }
    if (change.value) {
      // Content metadata (dynamic arrays, rich values) belonged to the old content.
      for (const k of ['t', 'cm', 'vm']) attrs.delete(k);
      const fresh = this.generated.cell(change.row, change.column);
      const t = fresh?.attrs.get('t');
      if (t) attrs.set('t', t);
      inner = fresh?.inner === undefined ? undefined : withPrefix(fresh.inner, p);
    }
    if (!attrs.has('s') && !attrs.has('t') && !inner) return undefined;
    return elementXml(`${p}c`, attrs, inner === '' ? undefined : inner);
  }

  private rowXml(rowNo: number, attrs: Map<string, string>, inner: string, changes: readonly CellChange[]): string {
    const p = this.p;
    const cells = new Map<number, string>();
    const found = new Map<number, XmlElement>();
    let column = 0;
    for (const c of findElements(inner, `${p}c`)) {
      const ref = /\sr="([^"]*)"/.exec(c.attrText)?.[1];
      column = (ref && parseCellRef(ref)?.column) || column + 1;
      found.set(column, c);
      // A cell without its reference gets one, so cells put in before it keep it in place.
      cells.set(
        column,
        ref
          ? inner.slice(c.start, c.end)
          : elementXml(`${p}c`, new Map([['r', `${columnLetter(column)}${rowNo}`], ...parseAttrs(c.attrText)]), c.inner),
      );
    }
    for (const change of changes) {
      const old = found.get(change.column);
      const parsed = old ? { attrs: parseAttrs(old.attrText), inner: old.inner } : undefined;
      const xml = this.cellXml(change, parsed);
      if (xml === undefined) cells.delete(change.column);
      else cells.set(change.column, xml);
    }
    const ext = findElement(inner, `${p}extLst`);
    const body = [...cells.entries()]
      .sort((a, b) => a[0] - b[0])
      .map((e) => e[1])
      .join('');
    attrs.delete('spans');
    attrs.set('r', String(rowNo));
    return elementXml(`${p}row`, attrs, body + (ext ? inner.slice(ext.start, ext.end) : ''));
  }

  private patchCells(changes: readonly CellChange[]): void {
    const p = this.p;
    const byRow = new Map<number, CellChange[]>();
    for (const c of changes) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
    const pending = [...byRow.keys()].sort((a, b) => a - b);
    const child = this.child('sheetData');
    const el = child ? findElement(child.text, `${p}sheetData`) : undefined;
    const inner = el?.inner ?? '';
    let out = '';
    let last = 0;
    let rowNo = 0;
    let k = 0;
    const fresh = (r: number) => {
      const xml = this.rowXml(r, new Map(), '', byRow.get(r) ?? []);
      return xml.endsWith('/>') ? '' : xml;
    };
    for (const row of findElements(inner, `${p}row`)) {
      const attrs = parseAttrs(row.attrText);
      rowNo = attrs.has('r') ? Number(attrs.get('r')) : rowNo + 1;
      out += inner.slice(last, row.start);
      last = row.end;
      for (; k < pending.length && (pending[k] as number) < rowNo; k++) out += fresh(pending[k] as number);
      if (pending[k] === rowNo) {
        out += this.rowXml(rowNo, attrs, row.inner ?? '', byRow.get(rowNo) ?? []);
        k++;
      } else if (!attrs.has('r')) {
        // Rows are numbered explicitly, so rows put in before them keep them in place.
        out += elementXml(`${p}row`, new Map([['r', String(rowNo)], ...attrs]), row.inner);
      } else out += inner.slice(row.start, row.end);
    }
    out += inner.slice(last);
    for (; k < pending.length; k++) out += fresh(pending[k] as number);
    this.put('sheetData', `<${p}sheetData${el?.attrText ?? ''}>${out}</${p}sheetData>`);
  }

  private patchDimension(): void {
    const child = this.child('dimension');
    if (!child) return;
    const el = findElement(child.text, `${this.p}dimension`);
    const attrs = parseAttrs(el?.attrText ?? '');
    const old = parseRange(attrs.get('ref') ?? 'A1');
    let bottom = old?.bottom ?? 1;
    let right = old?.right ?? 1;
    this.sheet.rows.forEach((row, r) => {
      if (!row || row.length === 0) return;
      bottom = Math.max(bottom, r + 1);
      right = Math.max(right, row.length);
    });
    attrs.set('ref', rectRef({ top: old?.top ?? 1, left: old?.left ?? 1, bottom, right }));
    this.put('dimension', elementXml(`${this.p}dimension`, attrs, undefined));
  }

  private patchValidations(changes: readonly CellChange[]): void {
    const p = this.p;
    // Changed cells as runs down each column with one rule (or none).
    const runs: { rect: Rect; rule: Validation | undefined }[] = [];
    const sorted = [...changes].sort((a, b) => a.column - b.column || a.row - b.row);
    for (const c of sorted) {
      const rule = c.after?.validation;
      const last = runs[runs.length - 1];
      if (last && last.rect.left === c.column && last.rect.bottom === c.row - 1 && sameValidation(last.rule, rule))
        runs[runs.length - 1] = { rect: { ...last.rect, bottom: c.row }, rule };
      else runs.push({ rect: { top: c.row, left: c.column, bottom: c.row, right: c.column }, rule });
    }
    const cut = runs.map((r) => r.rect);
    const child = this.child('dataValidations');
    const el = child ? findElement(child.text, `${p}dataValidations`) : undefined;
    const items = findElements(el?.inner ?? '', `${p}dataValidation`).flatMap((e) => {
      const attrs = parseAttrs(e.attrText);
      const before = parseSqref(attrs.get('sqref') ?? '');
      const rects = subtractAll(before, cut);
      if (rects.length === 0) return [];
      if (rects.length !== before.length || rects.some((r, i) => !sameJson(r, before[i]))) attrs.set('sqref', sqrefOf(rects));
      return [elementXml(`${p}dataValidation`, attrs, e.inner)];
    });
    for (const run of runs) if (run.rule) items.push(validationXml(p, run.rule, rectRef(run.rect)));
    const attrs = parseAttrs(el?.attrText ?? '');
    attrs.set('count', String(items.length));
    this.put('dataValidations', items.length === 0 ? undefined : elementXml(`${p}dataValidations`, attrs, items.join('')));
    this.cutExtensionValidations(cut);
  }

  /** Excel keeps a dropdown whose list is on another sheet in the extension list (x14); the run's dropdowns replace those too. */
  private cutExtensionValidations(cut: readonly Rect[]): void {
    const child = this.child('extLst');
    if (!child?.text.includes('dataValidation')) return;
    let text = child.text;
    for (const list of findElements(text, 'x14:dataValidations').reverse()) {
      const inner = list.inner ?? '';
      const kept = findElements(inner, 'x14:dataValidation').flatMap((e) => {
        const body = e.inner ?? '';
        const sq = findElement(body, 'xm:sqref');
        if (!sq) return [inner.slice(e.start, e.end)];
        const rects = subtractAll(parseSqref(unescapeXml(sq.inner ?? '')), cut);
        if (rects.length === 0) return [];
        const newBody = `${body.slice(0, sq.start)}<xm:sqref>${sqrefOf(rects)}</xm:sqref>${body.slice(sq.end)}`;
        return [`<x14:dataValidation${e.attrText}>${newBody}</x14:dataValidation>`];
      });
      const attrs = parseAttrs(list.attrText);
      attrs.set('count', String(kept.length));
      text = text.slice(0, list.start) + elementXml('x14:dataValidations', attrs, kept.join('')) + text.slice(list.end);
    }
    this.put('extLst', text);
  }

  private patchMerges(): void {
    const p = this.p;
    const merges = this.sheet.merges;
    const items = merges.map(
      (m) =>
        `<${p}mergeCell ref="${rectRef({ top: m.row, left: m.column, bottom: m.row + m.numRows - 1, right: m.column + m.numColumns - 1 })}"/>`,
    );
    this.put(
      'mergeCells',
      merges.length === 0 ? undefined : `<${p}mergeCells count="${merges.length}">${items.join('')}</${p}mergeCells>`,
    );
  }

  private patchColumns(widths: ReadonlyMap<number, number>): void {
    const p = this.p;
    const child = this.child('cols');
    const el = child ? findElement(child.text, `${p}cols`) : undefined;
    let cols = findElements(el?.inner ?? '', `${p}col`).map((e) => {
      const attrs = parseAttrs(e.attrText);
      return { min: Number(attrs.get('min')), max: Number(attrs.get('max')), attrs };
    });
    for (const [column, px] of widths) {
      const width = String(Math.round((px / PX_PER_CHAR) * 10) / 10);
      const i = cols.findIndex((c) => c.min <= column && column <= c.max);
      const found = cols[i];
      if (!found) {
        cols.push({
          min: column,
          max: column,
          attrs: new Map([
            ['min', String(column)],
            ['max', String(column)],
            ['width', width],
            ['customWidth', '1'],
          ]),
        });
        continue;
      }
      // The column gets its own <col>, keeping what the range said (hidden, style, outline).
      const piece = (min: number, max: number) => {
        const attrs = new Map(found.attrs);
        attrs.set('min', String(min));
        attrs.set('max', String(max));
        return { min, max, attrs };
      };
      const own = piece(column, column);
      own.attrs.set('width', width);
      own.attrs.set('customWidth', '1');
      const parts = [
        ...(found.min < column ? [piece(found.min, column - 1)] : []),
        own,
        ...(column < found.max ? [piece(column + 1, found.max)] : []),
      ];
      cols = [...cols.slice(0, i), ...parts, ...cols.slice(i + 1)];
    }
    cols.sort((a, b) => a.min - b.min);
    const items = cols.map((c) => elementXml(`${p}col`, c.attrs, undefined)).join('');
    this.put('cols', `<${p}cols${el?.attrText ?? ''}>${items}</${p}cols>`);
  }

  private patchView(): void {
    const p = this.p;
    const child = this.child('sheetViews');
    const views = child ? findElement(child.text, `${p}sheetViews`) : undefined;
    const inner = views?.inner ?? '';
    const view = findElement(inner, `${p}sheetView`);
    const attrs = parseAttrs(view?.attrText ?? ' workbookViewId="0"');
    if (this.snap.hiddenGridlines !== this.sheet.hiddenGridlines) {
      if (this.sheet.hiddenGridlines) attrs.set('showGridLines', '0');
      else attrs.delete('showGridLines');
    }
    let body = view?.inner ?? '';
    if (this.snap.frozenRows !== this.sheet.frozenRows) {
      const pane = findElement(body, `${p}pane`);
      const paneAttrs = parseAttrs(pane?.attrText ?? '');
      const frozen = paneAttrs.get('state') === 'frozen' || paneAttrs.get('state') === 'frozenSplit';
      const xSplit = frozen ? Number(paneAttrs.get('xSplit') ?? 0) : 0;
      const ySplit = this.sheet.frozenRows;
      // The pane and the selections made for the old panes give way to the new pane.
      const rest = body.replace(
        new RegExp(`<${p}(pane|selection)(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*?(?:/>|>[\\s\\S]*?</${p}\\1>)`, 'g'),
        '',
      );
      if (xSplit === 0 && ySplit === 0) body = rest;
      else {
        const active = xSplit > 0 && ySplit > 0 ? 'bottomRight' : ySplit > 0 ? 'bottomLeft' : 'topRight';
        const a = new Map<string, string>();
        if (xSplit > 0) a.set('xSplit', String(xSplit));
        if (ySplit > 0) a.set('ySplit', String(ySplit));
        a.set('topLeftCell', `${columnLetter(xSplit + 1)}${ySplit + 1}`);
        a.set('activePane', active);
        a.set('state', 'frozen');
        body = `${elementXml(`${p}pane`, a, undefined)}<${p}selection pane="${active}"/>${rest}`;
      }
    }
    const viewXml = elementXml(`${p}sheetView`, attrs, body === '' ? undefined : body);
    const newInner = view ? inner.slice(0, view.start) + viewXml + inner.slice(view.end) : viewXml;
    this.put('sheetViews', `<${p}sheetViews${views?.attrText ?? ''}>${newInner}</${p}sheetViews>`);
  }

  private patchConditionalFormats(rules: readonly LocalConditionalRule[]): void {
    const p = this.p;
    let priority = 0;
    // The rules an earlier run wrote (recognised by their formulas) give way to this run's.
    for (const child of this.doc.children.filter((c) => c.name === `${p}conditionalFormatting`)) {
      const el = findElement(child.text, `${p}conditionalFormatting`);
      const inner = el?.inner ?? '';
      const kept = findElements(inner, `${p}cfRule`).filter((r) => {
        const attrs = parseAttrs(r.attrText);
        priority = Math.max(priority, Number(attrs.get('priority') ?? 0));
        const formula = unescapeXml(findElement(r.inner ?? '', `${p}formula`)?.inner ?? '');
        return !(attrs.get('type') === 'expression' && isToolFormula(formula));
      });
      child.text =
        kept.length === 0
          ? ''
          : `<${p}conditionalFormatting${el?.attrText ?? ''}>${kept.map((r) => inner.slice(r.start, r.end)).join('')}</${p}conditionalFormatting>`;
    }
    this.doc.children = this.doc.children.filter((c) => !(c.name === `${p}conditionalFormatting` && c.text === ''));
    const blocks: string[] = [];
    for (const rule of rules) {
      const dxf = this.styles.addDxf(this.styles.dxfXml(rule));
      for (const range of rule.ranges) {
        const rect = {
          top: range.row,
          left: range.column,
          bottom: range.row + range.numRows - 1,
          right: range.column + range.numColumns - 1,
        };
        priority++;
        blocks.push(
          `<${p}conditionalFormatting sqref="${rectRef(rect)}"><${p}cfRule type="expression" dxfId="${dxf}" priority="${priority}"><${p}formula>${escapeXml(cfFormula(rule.condition, rect.top, rect.left))}</${p}formula></${p}cfRule></${p}conditionalFormatting>`,
        );
      }
    }
    const lastAt = this.doc.children.map((c) => c.name).lastIndexOf(`${p}conditionalFormatting`);
    if (lastAt >= 0)
      this.doc.children.splice(lastAt + 1, 0, ...blocks.map((text) => ({ name: `${p}conditionalFormatting`, text })));
    else for (const text of [...blocks].reverse()) insertInOrder(this.doc, SHEET_ORDER, 'conditionalFormatting', text);
  }
}

/**
 * A sheet of the exceljs file made ready for the original package: each cell's format made
 * in the original's styles part, the dropdown and conditional-format looks likewise.
 */
function importedSheet(xml: string, sheet: LocalSheet, styles: StyleBook, generatedDxfs: readonly string[]): string {
  const learned = new Map<string, number>();
  return xml
    .replace(/<c(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g, (_, attrText: string, close: string) => {
      const attrs = parseAttrs(attrText);
      const at = parseCellRef(attrs.get('r') ?? '');
      const cell = at ? sheet.cell(at.row, at.column) : undefined;
      // exceljs gives one format per distinct style, so a format seen once is known.
      const s = attrs.get('s');
      let xf = s === undefined ? undefined : learned.get(s);
      if (xf === undefined && cell) {
        xf = styles.xfFor(0, {}, effectiveStyle(cell));
        if (s !== undefined) learned.set(s, xf);
      }
      if (xf === undefined || xf === 0) attrs.delete('s');
      else attrs.set('s', String(xf));
      return `<c${renderAttrs(attrs)}${close}>`;
    })
    .replace(/(<row(?=[\s/>])[^>]*?)\s(?:s|customFormat)="[^"]*"/g, '$1')
    .replace(/(<col(?=[\s/>])[^>]*?)\sstyle="[^"]*"/g, '$1')
    .replace(/(<cfRule(?=[\s/>])[^>]*?\sdxfId=")(\d+)"/g, (_, head: string, id: string) => {
      const dxf = generatedDxfs[Number(id)];
      return `${head}${dxf === undefined ? id : styles.addDxf(dxf)}"`;
    });
}

/** Days between 1900-01-00 and 1904-01-01 in Excel's two date systems. */
const DAYS_1904 = 1462;

/**
 * The exceljs sheet's dates moved to the 1904 date system, for a file that uses it (old
 * Mac Excel): exceljs writes 1900-system serial numbers.
 */
function in1904(xml: string, sheet: LocalSheet): string {
  return xml.replace(/<c(?=[\s>])((?:[^>"']|"[^"]*"|'[^']*')*?)>([\s\S]*?)<\/c>/g, (whole, attrText: string, inner: string) => {
    const at = parseCellRef(parseAttrs(attrText).get('r') ?? '');
    if (!at || !(sheet.cell(at.row, at.column)?.value instanceof Date)) return whole;
    return `<c${attrText}>${inner.replace(/<v>([\d.]+)<\/v>/, (_, n: string) => `<v>${Number(n) - DAYS_1904}</v>`)}</c>`;
  });
}

function dxfsOf(stylesXml: string): string[] {
  const el = findElement(stylesXml, 'dxfs');
  return findElements(el?.inner ?? '', 'dxf').map((d) => (el?.inner ?? '').slice(d.start, d.end));
}

/** [Content_Types].xml with an override added or removed. */
function contentTypes(xml: string, add: readonly { part: string; type: string }[], remove: readonly string[]): string {
  let out = xml;
  for (const part of remove) {
    const name = escapeXml(`/${part}`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`<Override(?=[\\s/>])[^>]*PartName="${name}"[^>]*/>`, 'i'), '');
  }
  const items = add.map((a) => `<Override PartName="/${escapeXml(a.part)}" ContentType="${a.type}"/>`).join('');
  return out.replace(/<\/Types>\s*$/, `${items}</Types>`);
}

export interface PatchResult {
  readonly bytes: Uint8Array;
  /** Sheets written whole over the original's (the tool's own sheets). */
  readonly replaced: readonly string[];
}

/** ket-qua.xlsx made from `original` (the user's file), `book` after the run, and `generated` (exceljs's file of `book`). */
export async function patchOriginal(
  original: Uint8Array,
  snapshots: ReadonlyMap<string, SheetSnapshot>,
  book: LocalSpreadsheet,
  generated: Uint8Array,
): Promise<PatchResult> {
  const pkg = await XlsxPackage.open(original);
  const gen = await XlsxPackage.open(generated);
  const existing = await pkg.sheets();
  const made = new Map((await gen.sheets()).map((s) => [s.name, s.part]));
  const wbRels = await pkg.rels(pkg.workbookPart);
  const stylesRel = wbRels.find((r) => relKind(r) === 'styles' && !r.external);
  let stylesPart = stylesRel ? resolveTarget(pkg.workbookPart, stylesRel.target) : undefined;
  const styles = new StyleBook((stylesPart && (await pkg.text(stylesPart))) || EMPTY_STYLES);
  const genStylesPart = (await gen.related(gen.workbookPart, 'styles'))[0];
  const generatedDxfs = dxfsOf((genStylesPart && (await gen.text(genStylesPart))) || '');
  const addedParts: { part: string; type: string }[] = [];
  const removedParts: string[] = [];
  const newSheets: { name: string; part: string }[] = [];
  const replaced: string[] = [];
  const taken = new Set<string>();
  let touched = false;
  const workbookXml = (await pkg.text(pkg.workbookPart)) ?? '';
  const workbookPr = findElement(workbookXml, `${mainPrefix(workbookXml)}workbookPr`);
  const date1904 = /^(1|true)$/.test(parseAttrs(workbookPr?.attrText ?? '').get('date1904') ?? '');

  for (const sheet of book.sheets) {
    const genPart = made.get(sheet.name);
    const madeXml = genPart ? await gen.text(genPart) : undefined;
    if (madeXml === undefined) continue;
    const genXml = date1904 ? in1904(madeXml, sheet) : madeXml;
    // A sheet found by a looser name («danh sach») is patched in place and keeps its own name.
    const entry = existing.find((e) => e.name === sheet.nameInFile && e.kind === 'worksheet' && e.part && pkg.has(e.part));
    const snap = snapshots.get(sheet.nameInFile);
    if (!entry?.part || !snap) {
      const part = freePartName(pkg, 'xl/worksheets/sheet', '.xml', taken);
      taken.add(part.toLowerCase());
      pkg.write(part, importedSheet(genXml, sheet, styles, generatedDxfs));
      addedParts.push({ part, type: WORKSHEET_TYPE });
      newSheets.push({ name: sheet.name, part });
      touched = true;
      continue;
    }
    const changes = diffCells(snap, sheet);
    if (!sheetChanged(snap, sheet, changes)) continue;
    touched = true;
    if (OWNED_SHEETS.has(sheet.name)) {
      pkg.write(entry.part, importedSheet(genXml, sheet, styles, generatedDxfs));
      pkg.remove(relsPathOf(entry.part));
      replaced.push(sheet.name);
      continue;
    }
    const xml = (await pkg.text(entry.part)) ?? '';
    pkg.write(entry.part, new SheetPatch(xml, sheet, snap, changes, new GeneratedCells(genXml), styles).xml());
  }
  if (!touched) return { bytes: new Uint8Array(original), replaced };

  const rels: Relationship[] = [...wbRels];
  // Excel rebuilds the calculation chain; a stale one (a formula cell the run overwrote) makes it repair the file.
  for (const rel of wbRels.filter((r) => relKind(r) === 'calcChain' && !r.external)) {
    const part = resolveTarget(pkg.workbookPart, rel.target);
    pkg.remove(part);
    removedParts.push(part);
    rels.splice(rels.indexOf(rel), 1);
  }
  if (!stylesPart) {
    stylesPart = 'xl/styles.xml';
    rels.push({
      id: freeRelId(rels),
      type: relType('styles'),
      target: relativeTarget(pkg.workbookPart, stylesPart),
      external: false,
    });
    addedParts.push({ part: stylesPart, type: STYLES_TYPE });
  }
  pkg.write(stylesPart, styles.xml());
  if (newSheets.length > 0) {
    let workbook = (await pkg.text(pkg.workbookPart)) ?? '';
    const p = mainPrefix(workbook);
    const rPrefix = new RegExp(`xmlns:([\\w.-]+)="${REL_NS.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"`).exec(
      splitRoot(workbook).rootAttrs,
    )?.[1];
    const ids = [...workbook.matchAll(/\ssheetId="(\d+)"/g)].map((m) => Number(m[1]));
    let sheetId = Math.max(0, ...ids);
    const items = newSheets.map((s) => {
      const id = freeRelId(rels);
      rels.push({ id, type: relType('worksheet'), target: relativeTarget(pkg.workbookPart, s.part), external: false });
      sheetId++;
      const rAttr = rPrefix ? `${rPrefix}:id="${id}"` : `xmlns:r="${REL_NS}" r:id="${id}"`;
      return `<${p}sheet name="${escapeXml(s.name)}" sheetId="${sheetId}" ${rAttr}/>`;
    });
    workbook = workbook.replace(new RegExp(`</${p}sheets>`), `${items.join('')}</${p}sheets>`);
    pkg.write(pkg.workbookPart, workbook);
  }
  pkg.write(relsPathOf(pkg.workbookPart), relsXml(rels));
  const types = (await pkg.text('[Content_Types].xml')) ?? '';
  pkg.write('[Content_Types].xml', contentTypes(types, addedParts, removedParts));
  const bytes = await pkg.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { bytes, replaced };
}

function freeRelId(rels: readonly Relationship[]): string {
  const ids = new Set(rels.map((r) => r.id));
  for (let n = rels.length + 1; ; n++) if (!ids.has(`rId${n}`)) return `rId${n}`;
}
