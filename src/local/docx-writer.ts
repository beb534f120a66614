/**
 * Writes SheetLayouts (the same data the add-on draws as sheets) into one Word file with
 * the `docx` library, so the chi bộ can edit the text before signing: A4 portrait, margins
 * left 30 mm, right 15 mm, top and bottom 20 mm, the layout's font (Times New Roman) and
 * sizes. Each layout starts on a new page (its own section).
 *
 * The rows become paragraphs, tables with a grid, borderless tables (header and signature
 * halves) and empty lines as src/layout/document-blocks.ts reads them. A left-aligned
 * sentence is justified with a 1 cm first-line indent, as official documents are set; a
 * line of dots becomes a dotted tab leader across the page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  LeaderType,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import { MENU } from '../core/text';
import { alignAt, blocksOf, columnWidthsOver, isDottedLine, MergeMap, styleAt, textAt } from '../layout/document-blocks';
import type { Align, SheetLayout } from '../layout/sheet-layout';
import {
  DOCUMENT_PART,
  fillRow,
  markers,
  placeholder,
  replacePlaceholders,
  rowTemplate,
  splitTable,
  tablesIn,
} from './docx-templates';

/** Millimetres to twips, rounded (docx's own helper truncates: A4 would be 11905 wide). */
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

const PAGE = {
  width: twips(210),
  height: twips(297),
  left: twips(30),
  right: twips(15),
  top: twips(20),
  bottom: twips(20),
} as const;
/** The width the text may take on the page, in twips. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** First-line indent of a left-aligned sentence (1 cm). */
const FIRST_LINE = twips(10);
/** The narrowest a table column may be: «Điểm» or «86,25» in bold 13 point with the cell margins (39 pt). */
const MIN_COLUMN = 780;
/** Left and right cell margins. */
const CELL_MARGIN = 50;
/** Space after a paragraph (3 pt). */
const AFTER = 60;

export interface DocxOptions {
  /** The document's title in its properties. */
  readonly title: string;
  /** Tables of at least this many rows are written from row templates (tests: 0 for all, Infinity for none). */
  readonly templatedFrom?: number;
}

function alignmentOf(align: Align, paragraph: boolean): (typeof AlignmentType)[keyof typeof AlignmentType] {
  if (align === 'center') return AlignmentType.CENTER;
  if (align === 'right') return AlignmentType.RIGHT;
  return paragraph ? AlignmentType.JUSTIFIED : AlignmentType.LEFT;
}

/**
 * The runs of a cell's text in its style; a line break in the text becomes a break. Only
 * what differs from the document's defaults is set, so a 20,000-row list stays small.
 */
function runs(layout: SheetLayout, row: number, column: number, base: number, text = textAt(layout, row, column)): TextRun[] {
  if (text === '') return [];
  const { bold, italic, size } = styleAt(layout, row, column);
  const style = { ...(bold && { bold }), ...(italic && { italics: italic }), ...(size !== base && { size: 2 * size }) };
  return text.split('\n').map((part, i) => new TextRun({ text: part, ...style, ...(i > 0 && { break: 1 }) }));
}

function paragraph(layout: SheetLayout, row: number, base: number): Paragraph {
  if (isDottedLine(textAt(layout, row, 1))) {
    return new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }],
      spacing: { after: AFTER },
      children: [new TextRun({ children: [new Tab()] })],
    });
  }
  const align = alignAt(layout, row, 1);
  return new Paragraph({
    alignment: alignmentOf(align, true),
    spacing: { after: AFTER },
    ...(align === 'left' && { indent: { firstLine: FIRST_LINE } }),
    children: runs(layout, row, 1, base),
  });
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

/** A table over columns `from`..`to` of the layout, for the given rows. */
interface TableSpec {
  readonly layout: SheetLayout;
  readonly merges: MergeMap;
  readonly rows: readonly number[];
  readonly from: number;
  readonly to: number;
  readonly bordered: boolean;
  readonly base: number;
}

/** The text a cell shows; the row templates put markers in its place. */
type CellText = (row: number, column: number) => string;

function tableRow(spec: TableSpec, row: number, keepNext: boolean, text: CellText): TableRow {
  const { layout, merges, from, to, base } = spec;
  return new TableRow({
    ...(keepNext && { keepNext: true }),
    cantSplit: true,
    children: merges.segments(row, from, to).map((s) => {
      const align = alignAt(layout, row, s.column);
      // No width per cell: the fixed layout takes the columns from the table's grid.
      return new TableCell({
        ...(s.numColumns > 1 && { columnSpan: s.numColumns }),
        ...(s.numRows > 1 && { rowSpan: s.numRows, verticalAlign: VerticalAlignTable.CENTER }),
        children: [
          new Paragraph({
            ...(align !== 'left' && { alignment: alignmentOf(align, false) }),
            children: runs(layout, row, s.column, base, text(row, s.column)),
          }),
        ],
      });
    }),
  });
}

/** The halves of a header or signature block stay on one page: titles with names. */
function keepsNext(spec: TableSpec, index: number): boolean {
  return !spec.bordered && index < spec.rows.length - 1;
}

function docxTable(spec: TableSpec, rows: readonly TableRow[]): Table {
  const widths = columnWidthsOver(spec.layout, TEXT_WIDTH, MIN_COLUMN).slice(spec.from - 1, spec.to);
  const line = spec.bordered ? LINE : NONE;
  return new Table({
    rows: [...rows],
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    // The grid and the cell margins are set once for the table, not on each cell.
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 20, bottom: 20 },
  });
}

function table(spec: TableSpec): Table {
  const text: CellText = (row, column) => textAt(spec.layout, row, column);
  return docxTable(
    spec,
    spec.rows.map((row, i) => tableRow(spec, row, keepsNext(spec, i), text)),
  );
}

/**
 * Which rows of a table docx must write itself: those a cell spanning rows starts in or
 * reaches (docx puts a continuation cell into each next row). The others are written from
 * row templates.
 */
function spannedRows(spec: TableSpec): boolean[] {
  const spanned = spec.rows.map(() => false);
  spec.rows.forEach((row, i) => {
    for (const s of spec.merges.segments(row, spec.from, spec.to))
      if (s.numRows > 1) for (let k = 0; k < s.numRows && i + k < spanned.length; k++) spanned[i + k] = true;
  });
  return spanned;
}

/** What a row's XML depends on besides its texts: the cells, their looks, the number of lines of each. */
function rowShape(spec: TableSpec, row: number, keepNext: boolean): string {
  const { layout, base } = spec;
  let shape = keepNext ? 'k' : '-';
  for (const s of spec.merges.segments(row, spec.from, spec.to)) {
    const text = textAt(layout, row, s.column);
    const { bold, italic, size } = styleAt(layout, row, s.column);
    const lines = text === '' ? 0 : text.split('\n').length;
    shape += `|${s.column},${s.numColumns},${alignAt(layout, row, s.column)},${bold ? 1 : 0}${italic ? 1 : 0},${size === base ? '' : size},${lines}`;
  }
  return shape;
}

/** A table docx writes in part: its rows written by docx itself, and one row per shape with markers for the texts. */
interface TableParts {
  readonly spec: TableSpec;
  readonly shapes: Map<string, number>;
  readonly rowShapes: (string | null)[];
  /** Tables for the template document: the row of each shape, then the spanned rows as they are. */
  readonly templates: Table;
  readonly spanned: Table | null;
}

function tableParts(spec: TableSpec): TableParts {
  const spanned = spannedRows(spec);
  const shapes = new Map<string, number>();
  const templateRows: TableRow[] = [];
  const rowShapes = spec.rows.map((row, i) => {
    if (spanned[i]) return null;
    const keepNext = keepsNext(spec, i);
    const shape = rowShape(spec, row, keepNext);
    // A row without cells is left out by docx; its template is nothing.
    if (!shapes.has(shape) && spec.merges.segments(row, spec.from, spec.to).length > 0) {
      shapes.set(shape, templateRows.length);
      let n = 0;
      templateRows.push(tableRow(spec, row, keepNext, (r, c) => markers(textAt(spec.layout, r, c), () => n++)));
    }
    return shape;
  });
  const spannedRowsOnly = spec.rows.flatMap((row, i) =>
    spanned[i] ? [tableRow(spec, row, keepsNext(spec, i), (r, c) => textAt(spec.layout, r, c))] : [],
  );
  return {
    spec,
    shapes,
    rowShapes,
    templates: docxTable(spec, templateRows),
    spanned: spannedRowsOnly.length > 0 ? docxTable(spec, spannedRowsOnly) : null,
  };
}

/** The texts of a row's cells, line by line, in the order the row template holds their markers. */
function rowTexts(spec: TableSpec, row: number): string[] {
  const out: string[] = [];
  for (const s of spec.merges.segments(row, spec.from, spec.to)) {
    const text = textAt(spec.layout, row, s.column);
    if (text !== '') for (const line of text.split('\n')) out.push(line);
  }
  return out;
}

/** The XML of a table from the XML docx wrote for its parts. */
function assembleTable(parts: TableParts, templatesXml: string, spannedXml: string | null): string {
  const templates = splitTable(templatesXml);
  const spanned = spannedXml === null ? null : splitTable(spannedXml);
  const spannedCount = parts.rowShapes.filter((shape) => shape === null).length;
  if (templates.rows.length !== parts.shapes.size || (spanned?.rows.length ?? 0) !== spannedCount)
    throw new Error('docx: the rows written for a table are not the rows asked for.');
  const fill = templates.rows.map(rowTemplate);
  let next = 0;
  // The table's properties and grid do not depend on its rows.
  let out = spanned && templates.rows.length === 0 ? spanned.head : templates.head;
  parts.spec.rows.forEach((row, i) => {
    const shape = parts.rowShapes[i];
    if (shape === null || shape === undefined) {
      out += spanned?.rows[next++] ?? '';
      return;
    }
    const at = parts.shapes.get(shape);
    const template = at === undefined ? undefined : fill[at];
    if (template) out += fillRow(template, rowTexts(parts.spec, row));
  });
  return `${out}</w:tbl>`;
}

/** `base`: the document's default size in points; `tableOf` writes a table or stands in for it. */
function render(layout: SheetLayout, base: number, tableOf: (spec: TableSpec) => Paragraph | Table): (Paragraph | Table)[] {
  const merges = new MergeMap(layout);
  const width = layout.columnWidths.length;
  const out: (Paragraph | Table)[] = [];
  for (const block of blocksOf(layout, merges)) {
    if (block.kind === 'paragraph') out.push(paragraph(layout, block.row, base));
    else if (block.kind === 'blank') out.push(new Paragraph({ children: [] }));
    else if (block.kind === 'grid')
      out.push(tableOf({ layout, merges, rows: block.rows, from: 1, to: width, bordered: false, base }));
    else {
      const { rect } = block;
      const rows = Array.from({ length: rect.numRows }, (_, i) => rect.row + i);
      out.push(tableOf({ layout, merges, rows, from: rect.column, to: rect.column + rect.numColumns - 1, bordered: true, base }));
      // Word joins two tables that touch: an empty paragraph keeps them apart.
      out.push(new Paragraph({ children: [] }));
    }
  }
  return out;
}

/** Tables of at least this many rows are written from row templates: docx alone takes seconds on a 10,000-row list. */
const TEMPLATED_FROM_ROWS = 40;

/**
 * The Word file (.docx bytes) of the layouts, each starting on a new page. A large table
 * is written from row templates: docx writes one row of each shape with markers for the
 * texts (and the rows a cell spanning rows touches, as they are), the texts go into copies
 * of those rows, and the table takes the place of a placeholder paragraph in the XML docx
 * wrote for the rest, which docx then packs. The result is what docx alone would write
 * (test/local/docx-templates.test.ts), in a fraction of the time and memory.
 */
export async function layoutsToDocx(layouts: readonly SheetLayout[], options: DocxOptions): Promise<Uint8Array> {
  const templatedFrom = options.templatedFrom ?? TEMPLATED_FROM_ROWS;
  const large: TableParts[] = [];
  let index = 0;
  // Only a bordered table: a paragraph always follows it, so its placeholder never holds a section's properties.
  const tableOf = (spec: TableSpec): Paragraph | Table => {
    if (!spec.bordered || spec.rows.length < templatedFrom) return table(spec);
    const at = index++;
    if (at === large.length) large.push(tableParts(spec));
    return new Paragraph({ children: [new TextRun(placeholder(at))] });
  };
  const doc = documentOf(layouts, options, tableOf);
  if (large.length === 0) return new Uint8Array(await Packer.toBuffer(doc));
  // The template document: each large table's row templates, then its spanned rows.
  const templateDoc = documentOf(
    [],
    options,
    tableOf,
    large.flatMap((p) => [p.templates, ...(p.spanned ? [p.spanned] : [])]),
  );
  const written = tablesIn(await documentXml(templateDoc));
  let next = 0;
  const tables = large.map((parts) => {
    const templates = written[next++] ?? '';
    const spanned = parts.spanned ? (written[next++] ?? '') : null;
    return assembleTable(parts, templates, spanned);
  });
  const xml = replacePlaceholders(await documentXml(doc), tables);
  // Writing a document changes docx's objects (the body takes its last section): the same document again, made anew.
  index = 0;
  const again = documentOf(layouts, options, tableOf);
  return new Uint8Array(await Packer.toBuffer(again, false, [{ path: DOCUMENT_PART, data: xml }]));
}

async function documentXml(doc: Document): Promise<string> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const xml = await zip.file(DOCUMENT_PART)?.async('string');
  if (xml === undefined) throw new Error(`docx: no ${DOCUMENT_PART}.`);
  return xml;
}

/**
 * The document of the layouts; `extra` (the template document) is one more section of
 * tables with the same page.
 */
function documentOf(
  layouts: readonly SheetLayout[],
  options: DocxOptions,
  tableOf: (spec: TableSpec) => Paragraph | Table,
  extra?: readonly Table[],
): Document {
  const first = layouts[0];
  const base = first?.baseSize ?? 13;
  const properties = {
    page: {
      size: { width: PAGE.width, height: PAGE.height },
      margin: { left: PAGE.left, right: PAGE.right, top: PAGE.top, bottom: PAGE.bottom },
    },
  };
  return new Document({
    title: options.title,
    creator: MENU.title,
    styles: {
      default: {
        document: {
          run: { font: first?.fontFamily ?? 'Times New Roman', size: 2 * base },
          paragraph: { spacing: { line: 264 } },
        },
      },
    },
    sections: extra
      ? [{ properties, children: extra.flatMap((t) => [t, new Paragraph({})]) }]
      : layouts.map((layout) => ({ properties, children: render(layout, base, tableOf) })),
  });
}
