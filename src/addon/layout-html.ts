/**
 * A SheetLayout as an HTML page for Google Drive to import as a Google Doc: the same blocks
 * as the Word file of the CLI (src/layout/document-blocks.ts) — paragraphs, tables with a
 * grid, borderless tables for the header and signature halves — in Times New Roman on an
 * A4 page with the margins of a party document (left 30 mm, right 15 mm, top and bottom
 * 20 mm), given in `@page` and as the body's width.
 *
 * The page is pure ASCII: every other character is a numeric character reference
 * (`&#7871;`), so the upload means the same whatever charset a hop assumes.
 */
import { alignAt, blocksOf, columnWidthsOver, isDottedLine, MergeMap, styleAt, textAt } from '../layout/document-blocks';
import type { SheetLayout } from '../layout/sheet-layout';

/** The text width of an A4 page with 30 mm and 15 mm side margins, in points. */
const TEXT_WIDTH_PT = ((210 - 30 - 15) * 72) / 25.4;
/** The narrowest a table column may be, in points. */
const MIN_COLUMN_PT = 39;

/** Escapes markup and writes every non-ASCII character as a numeric reference. */
export function htmlText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === '\n') out += '<br>';
    else if (code < 0x20 || code > 0x7e) out += `&#${code};`;
    else out += ch;
  }
  return out;
}

function css(layout: SheetLayout, row: number, column: number, base: number): string {
  const { bold, italic, size } = styleAt(layout, row, column);
  const align = alignAt(layout, row, column);
  return [
    bold ? 'font-weight:bold' : '',
    italic ? 'font-style:italic' : '',
    size !== base ? `font-size:${size}pt` : '',
    align !== 'left' ? `text-align:${align}` : '',
  ]
    .filter((p) => p !== '')
    .join(';');
}

function paragraph(layout: SheetLayout, row: number, base: number): string {
  const text = textAt(layout, row, 1);
  const align = alignAt(layout, row, 1);
  // A left-aligned sentence is justified with a 1 cm first-line indent, as in the Word file.
  const extra = align === 'left' && !isDottedLine(text) ? ';text-align:justify;text-indent:10mm' : '';
  return `<p style="margin:0 0 3pt 0${css(layout, row, 1, base) ? `;${css(layout, row, 1, base)}` : ''}${extra}">${htmlText(text)}</p>`;
}

function table(
  layout: SheetLayout,
  merges: MergeMap,
  rows: readonly number[],
  from: number,
  to: number,
  bordered: boolean,
  base: number,
): string {
  const widths = columnWidthsOver(layout, TEXT_WIDTH_PT, MIN_COLUMN_PT).slice(from - 1, to);
  const border = bordered ? 'border:1px solid #000000' : 'border:none';
  const cols = widths.map((w) => `<col style="width:${w}pt">`).join('');
  const body = rows
    .map((row) => {
      const cells = merges.segments(row, from, to).map((s) => {
        const span = `${s.numColumns > 1 ? ` colspan="${s.numColumns}"` : ''}${s.numRows > 1 ? ` rowspan="${s.numRows}"` : ''}`;
        // Each cell carries its width too: importers differ in how they read <col>.
        const width = widths.slice(s.column - from, s.column - from + s.numColumns).reduce((a, b) => a + b, 0);
        const style = [`width:${width}pt`, border, 'padding:1pt 3pt', 'vertical-align:middle', css(layout, row, s.column, base)]
          .filter((p) => p !== '')
          .join(';');
        return `<td${span} style="${style}">${htmlText(textAt(layout, row, s.column))}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  const total = widths.reduce((a, b) => a + b, 0);
  const percent = Math.round((100 * total) / TEXT_WIDTH_PT);
  return `<table width="${percent}%" style="border-collapse:collapse;width:${total}pt;margin:0 0 3pt 0">${cols}${body}</table>`;
}

function render(layout: SheetLayout, base: number): string {
  const merges = new MergeMap(layout);
  const width = layout.columnWidths.length;
  return blocksOf(layout, merges)
    .map((block) => {
      if (block.kind === 'paragraph') return paragraph(layout, block.row, base);
      if (block.kind === 'blank') return '<p style="margin:0">&nbsp;</p>';
      if (block.kind === 'grid') return table(layout, merges, block.rows, 1, width, false, base);
      const { rect } = block;
      const rows = Array.from({ length: rect.numRows }, (_, i) => rect.row + i);
      return table(layout, merges, rows, rect.column, rect.column + rect.numColumns - 1, true, base);
    })
    .join('\n');
}

/** The HTML page of the layouts, each after a page break. */
export function layoutsToHtml(layouts: readonly SheetLayout[], title: string): string {
  const first = layouts[0];
  const base = first?.baseSize ?? 13;
  const font = first?.fontFamily ?? 'Times New Roman';
  const pages = layouts.map((layout) => render(layout, base)).join('\n<p style="page-break-before:always;margin:0"></p>\n');
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8">',
    `<title>${htmlText(title)}</title>`,
    `<style>@page{size:A4;margin:20mm 15mm 20mm 30mm}body{font-family:'${font}',serif;font-size:${base}pt;width:${Math.round(TEXT_WIDTH_PT)}pt}</style>`,
    '</head><body>',
    pages,
    '</body></html>',
  ].join('\n');
}
