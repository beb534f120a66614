/**
 * The spreadsheet export request for one sheet as PDF: A4, portrait, fit to width, no
 * gridlines, no print title, no sheet names, the document margins (inches), page numbers
 * centred, frozen rows repeated on each page. These are the parameters of the Sheets
 * export endpoint used by «File → Download → PDF»; Google does not document them and they
 * can't be checked here. Known limits: pagenum numbers the first page too (at the bottom),
 * and only frozen rows repeat, which the report can't use (its table starts far down).
 */
import { DOCUMENT_MARGINS } from '../layout/sheet-layout';

const inches = (mm: number) => (mm / 25.4).toFixed(3);

export const EXPORT_PARAMS: Readonly<Record<string, string>> = {
  format: 'pdf',
  size: 'A4',
  portrait: 'true',
  fitw: 'true',
  gridlines: 'false',
  printtitle: 'false',
  sheetnames: 'false',
  pagenum: 'CENTER',
  fzr: 'true',
  top_margin: inches(DOCUMENT_MARGINS.top),
  bottom_margin: inches(DOCUMENT_MARGINS.bottom),
  left_margin: inches(DOCUMENT_MARGINS.left),
  right_margin: inches(DOCUMENT_MARGINS.right),
};

export function exportUrl(spreadsheetId: string, sheetId: number): string {
  const query = Object.entries({ ...EXPORT_PARAMS, gid: String(sheetId) })
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?${query}`;
}
