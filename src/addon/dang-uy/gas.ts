/**
 * What the đảng ủy's project needs beyond the chi bộ add-on's services: reading other
 * spreadsheets through the Sheets REST API (UrlFetchApp.fetchAll with the script's own OAuth
 * token). SpreadsheetApp.openById would need the full `spreadsheets` scope, the right to
 * edit every spreadsheet of the user; the API reads under `spreadsheets.readonly`
 * (docs/architecture.md, «The đảng ủy's project»). Only the đảng ủy's bundle uses this.
 */
import type { HttpResponse, ScriptApp, Services, UrlFetchApp } from '../gas';

/** One request of a fetchAll: the fields of Google's URLFetchRequest the reader sets. */
export type FetchRequest = Pick<GoogleAppsScript.URL_Fetch.URLFetchRequest, 'url' | 'headers' | 'muteHttpExceptions'>;

export interface DangUyUrlFetch extends UrlFetchApp {
  /** Sends every request at once (in parallel) and answers in the same order. */
  fetchAll(requests: FetchRequest[]): HttpResponse[];
}

export interface DangUyServices extends Services {
  readonly fetch: DangUyUrlFetch;
  readonly script: ScriptApp;
}
