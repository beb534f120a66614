/**
 * Reads a .docx back for tests: unzips it with jszip, checks that word/document.xml is
 * well-formed XML (saxes, a strict parser; it comes with exceljs) and returns the text of
 * its paragraphs and the raw XML.
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

export interface DocxText {
  readonly files: string[];
  readonly xml: string;
  /** One entry per w:p, its w:t texts joined. */
  readonly paragraphs: string[];
  /** The paragraphs joined by newlines, NFC. */
  readonly text: string;
}

/** Throws unless `xml` is well-formed. */
export function checkWellFormed(xml: string): void {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}

export async function readDocx(bytes: Uint8Array): Promise<DocxText> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  // Every XML part of the package parses, not only the body.
  for (const name of files.filter((f) => /\.(xml|rels)$/.test(f))) checkWellFormed(await zip.file(name)!.async('string'));
  const entry = zip.file('word/document.xml');
  if (!entry) throw new Error('word/document.xml is missing');
  const xml = await entry.async('string');
  const paragraphs: string[] = [];
  let current: string | null = null;
  let inText = false;
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:p') current = '';
    if (tag.name === 'w:t') inText = true;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    if (tag.name === 'w:p' && current !== null) {
      paragraphs.push(current);
      current = null;
    }
  });
  parser.on('text', (text) => {
    if (inText && current !== null) current += text;
  });
  parser.write(xml).close();
  return { files, xml, paragraphs, text: paragraphs.join('\n').normalize('NFC') };
}
