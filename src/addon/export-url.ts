/**
 * The spreadsheet export request for one sheet as PDF: A4, portrait, fit to width, no
 * gridlines, no print title, no sheet names. These are the parameters of the Sheets
 * export endpoint used by «File → Download → PDF».
 */
export const EXPORT_PARAMS: Readonly<Record<string, string>> = {
  format: 'pdf',
  size: 'A4',
  portrait: 'true',
  fitw: 'true',
  gridlines: 'false',
  printtitle: 'false',
  sheetnames: 'false',
  pagenum: 'UNDEFINED',
  fzr: 'false',
  top_margin: '0.6',
  bottom_margin: '0.6',
  left_margin: '0.7',
  right_margin: '0.5',
};

export function exportUrl(spreadsheetId: string, sheetId: number): string {
  const query = Object.entries({ ...EXPORT_PARAMS, gid: String(sheetId) })
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?${query}`;
}
