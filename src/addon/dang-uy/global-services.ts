/** The services of the đảng ủy's Apps Script runtime, read from its globals when an entry point runs. */
import type { DangUyServices } from './gas';

export function dangUyServices(): DangUyServices {
  let book: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
  return {
    app: SpreadsheetApp,
    // One getActiveSpreadsheet per operation, as in the chi bộ add-on.
    book: () => {
      book ??= SpreadsheetApp.getActiveSpreadsheet();
      return book;
    },
    lock: LockService,
    html: HtmlService,
    // The chi bộ's spreadsheets are read through the Sheets API (read-sources.ts).
    fetch: UrlFetchApp,
    script: ScriptApp,
  };
}
