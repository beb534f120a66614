/**
 * The user's sheets are found like headers: «DANH SACH» or «danh sách» (in any Unicode
 * form) is «Danh sách». The exact name is tried first, so the usual case costs one call.
 */
import { foldKey } from '../core/normalize';
import type { Sheet, Spreadsheet } from './gas';

/** Whether a sheet named `candidate` is the sheet called `name`, read loosely. */
function sameSheetName(candidate: string, name: string): boolean {
  return foldKey(candidate) === foldKey(name);
}

export function findSheet(book: Spreadsheet, name: string): Sheet | null {
  const exact = book.getSheetByName(name);
  if (exact) return exact;
  return book.getSheets().find((sheet) => sameSheetName(sheet.getName(), name)) ?? null;
}

/**
 * The same choice among sheet titles already known (the đảng ủy reads them from the Sheets
 * API): the exact title first, else the first that matches loosely.
 */
export function findSheetTitle(titles: readonly string[], name: string): string | null {
  if (titles.includes(name)) return name;
  return titles.find((title) => sameSheetName(title, name)) ?? null;
}
