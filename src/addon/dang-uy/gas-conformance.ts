/**
 * Compile-time proof that Google's SpreadsheetApp fits the đảng ủy's narrowed interface, as
 * src/addon/gas-conformance.ts does for the chi bộ add-on. Nothing here runs.
 */
import type { DangUyApp } from './gas';

type Assignable<From, To> = From extends To ? true : false;
const checks: [Assignable<GoogleAppsScript.Spreadsheet.SpreadsheetApp, DangUyApp>] = [true];
export const DANG_UY_GAS_CONFORMANCE_CHECKED = checks.length;
