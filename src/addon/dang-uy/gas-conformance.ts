/**
 * Compile-time proof that Google's UrlFetchApp fits the đảng ủy's narrowed interface, as
 * src/addon/gas-conformance.ts does for the chi bộ add-on. Nothing here runs.
 */
import type { DangUyUrlFetch } from './gas';

type Assignable<From, To> = From extends To ? true : false;
const checks: [Assignable<GoogleAppsScript.URL_Fetch.UrlFetchApp, DangUyUrlFetch>] = [true];
export const DANG_UY_GAS_CONFORMANCE_CHECKED = checks.length;
