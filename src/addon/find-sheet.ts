/**
 * The user's sheets are found like headers: «DANH SACH» or «danh sách» (in any Unicode
 * form) is «Danh sách». The exact name is tried first, so the usual case costs one call.
 */
import { foldKey } from '../core/normalize';
import type { Sheet, Spreadsheet } from './gas';

export function findSheet(book: Spreadsheet, name: string): Sheet | null {
  const exact = book.getSheetByName(name);
  if (exact) return exact;
  const key = foldKey(name);
  return book.getSheets().find((sheet) => foldKey(sheet.getName()) === key) ?? null;
}
