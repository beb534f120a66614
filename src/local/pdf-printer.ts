/**
 * Prints one sheet of the in-memory workbook to an A4 portrait PDF, as Sheets' «Download
 * as PDF» does with fit to width, no gridlines, no sheet name and no print title. Text is
 * real text in an embedded Tinos subset (Times-compatible, full Vietnamese coverage).
 */
import PDFDocument from 'pdfkit';
import type { PrintSpec, RowSpan } from '../layout/sheet-layout';
import type { ClassificationRun } from '../core/run';
import { ballotsLayout, ballotsOffered } from '../layout/ballots';
import { servicesFrom } from '../addon/gas';
import { renderLayout } from '../addon/render';
import { CallCounter } from './call-counter';
import { createLocalServices } from './services';
import { type LocalSheet, LocalSpreadsheet } from './workbook';
import {
  breakLongWords,
  DEFAULT_COLUMN_PX,
  PAD_X_PX,
  PAD_Y_PX,
  PX_TO_PT,
  defaultAlign,
  fontFace,
  fontSizePt,
  rowBands,
  rowHeights,
  sheetGrid,
  type PrintBlock,
  type FontFace,
} from './pdf-measure';
import { tinosFonts } from './pdf-fonts';

export interface PdfMargins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Measures a text's width in the current font; `measure` is pdfkit's own. */
export type WidthMeasure = (text: string, measure: (text: string) => number) => number;

export interface PrintOptions {
  /** Points; wins over the layout's margins. */
  readonly margins?: PdfMargins;
  /**
   * The print settings of the layout the sheet was drawn from: margins (mm), page numbers,
   * header rows repeated on each page of a table, rows kept on one page, page breaks.
   */
  readonly print?: Pick<PrintSpec, 'margins' | 'pageNumbers' | 'repeatRows' | 'keepTogether' | 'pageBreaksBefore'>;
  /**
   * Wraps every width measurement, the printer's and pdfkit's line wrapper's alike (for
   * tests that count them). Defaults to pdfkit's measure.
   */
  readonly widthOfString?: WidthMeasure;
}

const A4 = { width: 595.28, height: 841.89 };
/** About Sheets' «Normal» margins for A4. */
const DEFAULT_MARGINS: PdfMargins = { top: 43, bottom: 43, left: 50, right: 36 };
/** Sheets draws a thin border 1 px wide, medium 2 px, thick 3 px. */
const BORDER_PX = { thin: 1, dotted: 1, dashed: 1, medium: 2, thick: 3, double: 3 } as const;
const MM_TO_PT = 72 / 25.4;
/** Page numbers are 13 pt, centred in the top margin. */
const PAGE_NUMBER_PT = 13;

/**
 * Joins the bands that meet each span into one band (so it moves to the next page whole),
 * unless the joined band would be taller than a page.
 */
export function keepBandsTogether(
  bands: readonly RowSpan[],
  spans: readonly RowSpan[],
  heightOf: (band: RowSpan) => number,
  pageHeight: number,
): RowSpan[] {
  let out: RowSpan[] = [...bands];
  for (const [from, to] of spans) {
    const i = out.findIndex(([, last]) => last >= from);
    let j = i;
    while (j + 1 < out.length && (out[j + 1]?.[0] ?? Number.POSITIVE_INFINITY) <= to) j++;
    const first = out[i];
    const last = out[j];
    if (i < 0 || j <= i || !first || !last) continue;
    const joined: RowSpan = [first[0], last[1]];
    if (heightOf(joined) <= pageHeight) out = [...out.slice(0, i), joined, ...out.slice(j + 1)];
  }
  return out;
}

export async function printSheetToPdf(sheet: LocalSheet, options: PrintOptions = {}): Promise<Uint8Array> {
  const print = options.print;
  const mm = print?.margins;
  const margins =
    options.margins ??
    (mm
      ? { top: mm.top * MM_TO_PT, bottom: mm.bottom * MM_TO_PT, left: mm.left * MM_TO_PT, right: mm.right * MM_TO_PT }
      : DEFAULT_MARGINS);
  // pdfkit's own margins stay 0: this file places everything, and a fixed CreationDate
  // (which also seeds the file ID) makes two prints of the same sheet byte-identical.
  const doc = new PDFDocument({ size: 'A4', layout: 'portrait', margin: 0, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  for (const [name, font] of Object.entries(tinosFonts())) doc.registerFont(name, font);
  const wrapMeasure = options.widthOfString;
  if (wrapMeasure) {
    const own = doc.widthOfString.bind(doc);
    doc.widthOfString = (text, opts) => wrapMeasure(text, (t) => own(t, opts));
  }

  const grid = sheetGrid(sheet);
  const widthsPx = Array.from({ length: grid.columns }, (_, i) => sheet.columnWidths.get(i + 1) ?? DEFAULT_COLUMN_PX);
  const printable = { width: A4.width - margins.left - margins.right, height: A4.height - margins.top - margins.bottom };
  const totalPt = widthsPx.reduce((s, w) => s + w, 0) * PX_TO_PT;
  // Fit to width shrinks everything (widths, fonts, row heights) by one factor, never enlarges.
  const scale = totalPt > 0 ? Math.min(1, printable.width / totalPt) : 1;
  const unit = PX_TO_PT * scale;
  const columnX = [0];
  for (const w of widthsPx) columnX.push((columnX[columnX.length - 1] ?? 0) + w * unit);

  const heights = rowHeights(grid, columnX, scale, (block, width) => {
    setFont(doc, block, scale);
    return textHeight(doc, block, width);
  });
  const startsAt = new Map<number, PrintBlock[]>();
  for (const b of grid.blocks) startsAt.set(b.row, [...(startsAt.get(b.row) ?? []), b]);

  const heightOf = ([first, last]: RowSpan) => heights.slice(first - 1, last).reduce((s, h) => s + h, 0);
  // Places rows first..last from `top` and draws the blocks that start in them; gives the y below.
  const placeRows = (first: number, last: number, top: number): number => {
    const rowY = new Map<number, number>();
    let y = top;
    for (let r = first; r <= last; r++) {
      rowY.set(r, y);
      y += heights[r - 1] ?? 0;
    }
    for (let r = first; r <= last; r++) {
      for (const b of startsAt.get(r) ?? []) {
        const height = heights.slice(b.row - 1, b.row - 1 + b.numRows).reduce((s, h) => s + h, 0);
        const left = margins.left + (columnX[b.column - 1] ?? 0);
        const width = (columnX[b.column - 1 + b.numColumns] ?? 0) - (columnX[b.column - 1] ?? 0);
        drawBlock(doc, b, { left, top: rowY.get(b.row) ?? y, width, height }, scale, A4.height - margins.bottom);
      }
    }
    return y;
  };

  const pageBottom = margins.top + printable.height;
  const breaks = new Set(print?.pageBreaksBefore ?? []);
  const repeat = print?.repeatRows ?? null;
  const repeatHeight = repeat ? heightOf(repeat.rows) : 0;
  let page = 1;
  const newPage = () => {
    doc.addPage({ size: 'A4', layout: 'portrait', margin: 0 });
    page++;
    if (print?.pageNumbers === 'fromSecond') {
      doc.font('Tinos').fontSize(PAGE_NUMBER_PT);
      const text = String(page);
      const x = margins.left + (printable.width - doc.widthOfString(text)) / 2;
      doc.text(text, x, Math.max(0, (margins.top - doc.currentLineHeight(true)) / 2), { lineBreak: false });
    }
  };
  // Whole bands go to the next page when they don't fit (rows kept together are one band);
  // a band taller than a page gets a page of its own and is cut at the bottom margin. A
  // table's header rows are drawn again at the top of each page the table continues onto.
  const bands = keepBandsTogether(rowBands(grid), print?.keepTogether ?? [], heightOf, printable.height);
  let y = margins.top;
  for (const [first, last] of bands) {
    const continues = repeat !== null && first > repeat.rows[1] && first <= repeat.through;
    const breakHere = y > margins.top && (breaks.has(first) || y + heightOf([first, last]) > pageBottom);
    if (breakHere) {
      newPage();
      y = margins.top;
      if (continues && repeat && repeatHeight + heightOf([first, last]) <= printable.height)
        y = placeRows(repeat.rows[0], repeat.rows[1], y);
    }
    y = placeRows(first, last, y);
  }
  doc.end();
  return done;
}

interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

function setFont(doc: PDFKit.PDFDocument, block: PrintBlock, scale: number): void {
  doc.font(fontFace(block.cell.style) satisfies FontFace).fontSize(fontSizePt(block.cell.style, scale));
}

/**
 * True when the text needs pdfkit's line wrapper. Most cells hold one short line; measuring
 * its width alone is far cheaper than wrapping, which matters for a 10,000-row report.
 */
function needsWrap(doc: PDFKit.PDFDocument, block: PrintBlock, width: number): boolean {
  return block.cell.style.wrap !== false && (block.text.includes('\n') || textWidth(doc, block.text) > width);
}

/** Widths of repeated texts (levels, posts, headers, letters) are measured once per font and size. */
const widths = new WeakMap<PDFKit.PDFDocument, Map<string, number>>();
function textWidth(doc: PDFKit.PDFDocument, text: string): number {
  const cache = widths.get(doc) ?? new Map<string, number>();
  widths.set(doc, cache);
  // pdfkit keeps the current font and size in fields its typings leave out; both are optional here.
  const font = doc as PDFKit.PDFDocument & { _font?: { name?: string }; _fontSize?: number };
  const key = `${font._font?.name ?? ''}|${font._fontSize ?? 0}|${text}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const width = doc.widthOfString(text);
  cache.set(key, width);
  return width;
}

/** The text handed to pdfkit's wrapper: long words already broken (breakLongWords), once per block and width. */
const wrapped = new WeakMap<PrintBlock, { width: number; text: string }>();
function wrappedText(doc: PDFKit.PDFDocument, block: PrintBlock, width: number): string {
  const cached = wrapped.get(block);
  if (cached?.width === width) return cached.text;
  const text = breakLongWords(
    block.text,
    width,
    (t) => doc.widthOfString(t),
    (c) => textWidth(doc, c),
  );
  wrapped.set(block, { width, text });
  return text;
}

/** Wrapped text wraps at the cell width; other text is one line per line break. */
function textHeight(doc: PDFKit.PDFDocument, block: PrintBlock, width: number): number {
  if (needsWrap(doc, block, width)) return doc.heightOfString(wrappedText(doc, block, width), { width });
  return block.text.split('\n').length * doc.currentLineHeight(true);
}

/** Background, then text, then borders on top, as Sheets paints them. */
function drawBlock(doc: PDFKit.PDFDocument, block: PrintBlock, rect: Rect, scale: number, pageBottom: number): void {
  const style = block.cell.style;
  const unit = PX_TO_PT * scale;
  if (style.background) doc.rect(rect.left, rect.top, rect.width, rect.height).fill(style.background);
  if (block.text !== '') {
    setFont(doc, block, scale);
    const padX = PAD_X_PX * unit;
    const padY = PAD_Y_PX * unit;
    const width = Math.max(1, rect.width - 2 * padX);
    const free = rect.height - textHeight(doc, block, width);
    // Sheets' default vertical alignment is bottom.
    const offset = style.vAlign === 'top' ? padY : style.vAlign === 'middle' ? free / 2 : free - padY;
    const top = rect.top + Math.max(padY, offset);
    // A height keeps pdfkit from adding pages itself; lines past the page bottom are dropped.
    // The small slack stops rounding from dropping the last line of a cell that fits.
    const height = Math.min(rect.top + rect.height, pageBottom) - top + 0.5;
    const align = defaultAlign(block.cell);
    doc.save().fillColor(style.fontColor ?? '#000000');
    if (needsWrap(doc, block, width)) {
      if (height >= 1) doc.text(wrappedText(doc, block, width), rect.left + padX, top, { width, height, align });
    } else {
      // pdfkit wraps whenever it is given a width, so unwrapped lines are placed by hand
      // and clipped at the cell rather than spilled over the neighbours.
      doc.rect(rect.left, rect.top, rect.width, Math.max(0, Math.min(rect.height, pageBottom - rect.top))).clip();
      const lineHeight = doc.currentLineHeight(true);
      block.text.split('\n').forEach((line, i) => {
        if ((i + 1) * lineHeight > height) return;
        const spare = width - doc.widthOfString(line);
        const x = rect.left + padX + (align === 'left' ? 0 : align === 'center' ? spare / 2 : spare);
        doc.text(line, x, top + i * lineHeight, { lineBreak: false });
      });
    }
    doc.restore();
  }
  const border = style.border;
  if (!border) return;
  const { left, top, width, height } = rect;
  const lines: [boolean, number, number, number, number][] = [
    [block.edges.top, left, top, left + width, top],
    [block.edges.bottom, left, top + height, left + width, top + height],
    [block.edges.left, left, top, left, top + height],
    [block.edges.right, left + width, top, left + width, top + height],
  ];
  doc
    .save()
    .lineWidth(Math.max(0.25, BORDER_PX[border.style] * unit))
    .strokeColor(border.color);
  if (border.style === 'dotted') doc.dash(unit, { space: 2 * unit });
  if (border.style === 'dashed') doc.dash(3 * unit, { space: 2 * unit });
  for (const [on, x1, y1, x2, y2] of lines) if (on) doc.moveTo(x1, y1).lineTo(x2, y2).stroke();
  doc.restore();
}

/**
 * The ballots as printed, each ballot from its own page, or null when the chi bộ does not
 * vote. The sheets keep a ballot each; the PDF is printed from the layout that holds both,
 * drawn into a scratch workbook.
 */
export async function ballotsPdf(run: ClassificationRun): Promise<Uint8Array | null> {
  if (!ballotsOffered(run)) return null;
  const layout = ballotsLayout(run);
  const scratch = new LocalSpreadsheet(new CallCounter());
  renderLayout(servicesFrom(createLocalServices(scratch).globals), layout);
  const sheet = scratch.sheet(layout.sheetName);
  return sheet ? printSheetToPdf(sheet, { print: layout.print }) : null;
}
