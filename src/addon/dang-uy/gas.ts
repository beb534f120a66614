/**
 * What the đảng ủy's project needs beyond the chi bộ add-on's services: opening another
 * spreadsheet by its id or link. Only the đảng ủy's bundle uses it, and only its manifest
 * (appsscript-dang-uy.json) has the scope that allows it; the chi bộ add-on keeps
 * spreadsheets.currentonly.
 */
import type { Services, Spreadsheet, SpreadsheetApp } from '../gas';

export interface DangUyApp extends SpreadsheetApp {
  /** Throws when the id names no spreadsheet the user may open. */
  openById(id: string): Spreadsheet;
  openByUrl(url: string): Spreadsheet;
}

export interface DangUyServices extends Services {
  readonly app: DangUyApp;
}
