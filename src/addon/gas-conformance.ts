/**
 * Compile-time proof that the real Apps Script services fit the narrowed interfaces in
 * gas.ts. Nothing here runs; if Google's types drift away, `npm run typecheck` fails.
 * (The local backend's side is checked where its classes `implements` the same interfaces.)
 */
import type * as Gas from './gas';

type Assignable<From, To> = From extends To ? true : false;
const checks: [
  Assignable<GoogleAppsScript.Spreadsheet.Range, Gas.Range>,
  Assignable<GoogleAppsScript.Spreadsheet.RangeList, Gas.RangeList>,
  Assignable<GoogleAppsScript.Spreadsheet.Sheet, Gas.Sheet>,
  Assignable<GoogleAppsScript.Spreadsheet.Spreadsheet, Gas.Spreadsheet>,
  Assignable<GoogleAppsScript.Spreadsheet.SpreadsheetApp, Gas.SpreadsheetApp>,
  Assignable<GoogleAppsScript.Lock.LockService, Gas.LockService>,
  Assignable<GoogleAppsScript.Base.Ui, Gas.Ui>,
  Assignable<GoogleAppsScript.HTML.HtmlService, Gas.HtmlService>,
  Assignable<GoogleAppsScript.URL_Fetch.UrlFetchApp, Gas.UrlFetchApp>,
  Assignable<GoogleAppsScript.Script.ScriptApp, Gas.ScriptApp>,
  Assignable<GoogleAppsScript.Utilities.Utilities, Gas.Utilities>,
  Assignable<GoogleAppsScript.Drive.DriveApp, Gas.DriveApp>,
  Assignable<GoogleAppsScript.Spreadsheet.DataValidationBuilder, Gas.DataValidationBuilder>,
  Assignable<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, Gas.ConditionalFormatRuleBuilder>,
  Assignable<GoogleAppsScript.Base.Blob, Gas.Blob>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
export const GAS_CONFORMANCE_CHECKED = checks.length;
