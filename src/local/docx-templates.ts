/**
 * The text half of writing a large Word table from row templates (docx-writer.ts): markers
 * in a template row, the texts put in their place, tables found in the XML docx wrote, and
 * placeholders replaced. The texts are escaped as docx escapes them, so a table written this
 * way is the one docx would write.
 */
import { randomUUID } from 'node:crypto';

export const DOCUMENT_PART = 'word/document.xml';

/** Per process: a text in a roster cannot hold it by chance. */
const NONCE = randomUUID();

/** The text of the paragraph that stands in for large table `index` until its XML is put in. */
export function placeholder(index: number): string {
  return `@@${NONCE}-table-${index}@@`;
}

const MARKER = /@@(\d+)@@/;

/** A cell's text in a template row: one marker per line (none for an empty cell), numbered by `next`. */
export function markers(text: string, next: () => number): string {
  if (text === '') return '';
  return text
    .split('\n')
    .map(() => `@@${next()}@@`)
    .join('\n');
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** As docx writes a text: & " ' < > as entities, the control characters XML cannot hold left out. */
export function escapeText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters docx leaves out, as this must.
  return text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => XML_ESCAPES[c] ?? '');
}

/** A template row: the XML between its markers, and which line of the row's texts each marker takes. */
export interface RowTemplate {
  readonly literals: readonly string[];
  readonly slots: readonly number[];
}

export function rowTemplate(xml: string): RowTemplate {
  const pieces = xml.split(MARKER);
  const literals: string[] = [];
  const slots: number[] = [];
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) literals.push(piece);
    else slots.push(Number(piece));
  });
  return { literals, slots };
}

/** The row with `texts` (its cells' lines, in order) in place of the markers. */
export function fillRow(template: RowTemplate, texts: readonly string[]): string {
  let out = template.literals[0] ?? '';
  template.slots.forEach((slot, k) => {
    out += escapeText(texts[slot] ?? '') + (template.literals[k + 1] ?? '');
  });
  return out;
}

/** The tables of a document's XML, in order (docx never nests them here). */
export function tablesIn(xml: string): string[] {
  const out: string[] = [];
  for (let at = xml.indexOf('<w:tbl>'); at >= 0; at = xml.indexOf('<w:tbl>', at)) {
    const end = xml.indexOf('</w:tbl>', at);
    if (end < 0) throw new Error('docx: a table is not closed.');
    out.push(xml.slice(at, end + '</w:tbl>'.length));
    at = end;
  }
  return out;
}

/** A table's XML: what comes before its rows (properties, grid), and its rows. */
export function splitTable(xml: string): { head: string; rows: string[] } {
  const rows = [...xml.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
  const first = xml.search(/<w:tr[\s>]/);
  const head = xml.slice(0, first >= 0 ? first : xml.lastIndexOf('</w:tbl>'));
  return { head, rows };
}

/** The document's XML with each placeholder paragraph replaced by its table. */
export function replacePlaceholders(xml: string, tables: readonly string[]): string {
  let out = xml;
  tables.forEach((table, i) => {
    const paragraph = `<w:p><w:r><w:t xml:space="preserve">${placeholder(i)}</w:t></w:r></w:p>`;
    const at = out.indexOf(paragraph);
    if (at < 0 || out.indexOf(paragraph, at + 1) >= 0) throw new Error(`docx: the place of table ${i} was not found once.`);
    out = out.slice(0, at) + table + out.slice(at + paragraph.length);
  });
  return out;
}
