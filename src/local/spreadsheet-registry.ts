/**
 * The spreadsheets a local user can open by id or link, with what they may do there: the
 * stand-in for Drive behind SpreadsheetApp.openById / openByUrl
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openbyidid)
 * and behind the Sheets REST API fake (sheets-api-fake.ts), which the đảng ủy reads through.
 * Google throws a scripting exception when the id or URL names no spreadsheet or the user has
 * no access to it; the messages below are the ones scripts see (Google does not document their
 * wording, and the shell never relies on it).
 */
import type { LocalSpreadsheet } from './workbook';

/** 'view' and 'edit' open the spreadsheet; 'none' is a spreadsheet nobody shared with the user. */
export type Access = 'edit' | 'view' | 'none';

export const OPEN_ERRORS = {
  notFound: 'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
  noAccess: 'You do not have permission to access the requested document.',
  badUrl: 'Invalid argument: url',
} as const;

export class LocalSpreadsheetRegistry {
  private readonly books = new Map<string, { readonly book: LocalSpreadsheet; readonly access: Access }>();

  /** Registers `book` under its id (LocalSpreadsheet.id). */
  add(book: LocalSpreadsheet, access: Access = 'view'): this {
    this.books.set(book.id, { book, access });
    return this;
  }

  /** The spreadsheet of `id` and the user's access to it, without throwing (the Sheets API fake's look-up). */
  find(id: string): { readonly book: LocalSpreadsheet; readonly access: Access } | undefined {
    return this.books.get(id);
  }

  openById(id: string): LocalSpreadsheet {
    const found = this.books.get(id);
    if (!found) throw new Error(OPEN_ERRORS.notFound);
    if (found.access === 'none') throw new Error(OPEN_ERRORS.noAccess);
    return found.book;
  }

  /** As Google reads a link: the id after «/spreadsheets/d/». */
  openByUrl(url: string): LocalSpreadsheet {
    const id = /^https:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/.exec(url)?.[1];
    if (!id) throw new Error(OPEN_ERRORS.badUrl);
    return this.openById(id);
  }
}
