/**
 * The Apps Script entry of the đảng ủy's project (its own spreadsheet, its own manifest):
 * reads the service globals and forwards to the shell. Bundled as an IIFE into the global
 * `PhanLoaiDangUy` (build/gas-dang-uy/Code.js); the build adds the top-level stubs. Nothing
 * of this goes into the chi bộ add-on's bundle.
 */
import type { DangUyServices } from './gas';
import * as menu from './menu';

function services(): DangUyServices {
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

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  menu.buildDangUyMenu(services());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function menuDangUySetupTemplate(): void {
  menu.menuDangUySetupTemplate(services());
}

export function menuDangUyConsolidate(): void {
  menu.menuDangUyConsolidate(services(), new Date());
}

export function menuDangUyHelp(): void {
  menu.menuDangUyHelp(services());
}
