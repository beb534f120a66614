/**
 * Compile-time proof that the real Apps Script services fit the narrowed interfaces in
 * gas.ts. Nothing here runs; if Google's types drift away, `npm run typecheck` fails.
 */
import type * as Gas from './gas';

type Assignable<From, To> = From extends To ? true : false;
const checks: [
  Assignable<GoogleAppsScript.Spreadsheet.Range, Gas.Range>,
  Assignable<GoogleAppsScript.Spreadsheet.Sheet, Gas.Sheet>,
  Assignable<GoogleAppsScript.Spreadsheet.Spreadsheet, Gas.Spreadsheet>,
  Assignable<GoogleAppsScript.Spreadsheet.SpreadsheetApp, Gas.SpreadsheetApp>,
  Assignable<GoogleAppsScript.Lock.LockService, Gas.LockService>,
] = [true, true, true, true, true];
export const GAS_CONFORMANCE_CHECKED = checks.length;
