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
import { MENU } from '../core/text';
import { alignAt, blocksOf, columnWidthsOver, isDottedLine, MergeMap, styleAt, textAt } from '../layout/document-blocks';
import type { Align, SheetLayout } from '../layout/sheet-layout';

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
function runs(layout: SheetLayout, row: number, column: number, base: number): TextRun[] {
  const text = textAt(layout, row, column);
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
function table(
  layout: SheetLayout,
  merges: MergeMap,
  rows: readonly number[],
  from: number,
  to: number,
  bordered: boolean,
  base: number,
): Table {
  const widths = columnWidthsOver(layout, TEXT_WIDTH, MIN_COLUMN).slice(from - 1, to);
  const line = bordered ? LINE : NONE;
  const tableRows = rows.map(
    (row, i) =>
      new TableRow({
        // The halves of a header or signature block stay on one page: titles with names.
        ...(!bordered && i < rows.length - 1 && { keepNext: true }),
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
                children: runs(layout, row, s.column, base),
              }),
            ],
          });
        }),
      }),
  );
  return new Table({
    rows: tableRows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    // The grid and the cell margins are set once for the table, not on each cell.
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 20, bottom: 20 },
  });
}

/** `base`: the document's default size in points. */
function render(layout: SheetLayout, base: number): (Paragraph | Table)[] {
  const merges = new MergeMap(layout);
  const width = layout.columnWidths.length;
  const out: (Paragraph | Table)[] = [];
  for (const block of blocksOf(layout, merges)) {
    if (block.kind === 'paragraph') out.push(paragraph(layout, block.row, base));
    else if (block.kind === 'blank') out.push(new Paragraph({ children: [] }));
    else if (block.kind === 'grid') out.push(table(layout, merges, block.rows, 1, width, false, base));
    else {
      const { rect } = block;
      const rows = Array.from({ length: rect.numRows }, (_, i) => rect.row + i);
      out.push(table(layout, merges, rows, rect.column, rect.column + rect.numColumns - 1, true, base));
      // Word joins two tables that touch: an empty paragraph keeps them apart.
      out.push(new Paragraph({ children: [] }));
    }
  }
  return out;
}

/** The Word file (.docx bytes) of the layouts, each starting on a new page. */
export async function layoutsToDocx(layouts: readonly SheetLayout[], options: DocxOptions): Promise<Uint8Array> {
  const first = layouts[0];
  const base = first?.baseSize ?? 13;
  const doc = new Document({
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
    sections: layouts.map((layout) => ({
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height },
          margin: { left: PAGE.left, right: PAGE.right, top: PAGE.top, bottom: PAGE.bottom },
        },
      },
      children: render(layout, base),
    })),
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
