/** Text extraction from a PDF with pdf.js, for tests. */
// The legacy build is pdf.js's Node-compatible one (the modern build expects browser
// globals such as DOMMatrix); in Node it runs its worker in-process, so no workerSrc is set.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

export interface PageText {
  readonly view: number[];
  readonly items: TextItem[];
  /** The page's text items joined in reading order, NFC. */
  readonly text: string;
}

export async function readPdf(bytes: Uint8Array): Promise<PageText[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true }).promise;
  const pages: PageText[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const items = content.items.filter((i): i is TextItem => 'str' in i);
    // A wrapped cell gives one item per line, each ending in hasEOL.
    const text = items
      .map((i) => i.str + (i.hasEOL ? '\n' : ''))
      .join('')
      .normalize('NFC');
    pages.push({ view: page.view, items, text });
  }
  await pdf.destroy();
  return pages;
}
