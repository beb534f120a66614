/**
 * Reads every chi bộ's spreadsheet named in «Danh sách chi bộ», read-only, with the same
 * calls for each whatever its size: openById once, then for «Danh sách» and «Cấu hình» one
 * getSheetByName, one getDataRange and one getValues each (7 calls; a sheet whose name is
 * spelt differently costs one getSheets and the sheets' names more). Nothing is written to a
 * chi bộ's spreadsheet. A spreadsheet that can't be opened or has no «Danh sách» is a problem
 * naming the chi bộ and its row; the others are still read, so one run reports every problem.
 */
import type { ChiBoSource } from '../../core/consolidate';
import type { ChiBoLink } from '../../core/dang-uy/chi-bo-list';
import { cellText, type CalendarDate } from '../../core/normalize';
import { readSettingsGrid } from '../../core/settings';
import { DANG_UY_PROBLEMS } from '../../core/text/dang-uy';
import { SHEET_NAMES } from '../../core/text/sheets';
import type { Spreadsheet } from '../gas';
import { findSheet } from '../find-sheet';
import type { DangUyApp } from './gas';

export interface ChiBoRead {
  readonly entry: ChiBoLink;
  /** The list's name, else the chi bộ's «Tên chi bộ», else the spreadsheet's name. */
  readonly name: string;
  readonly source: ChiBoSource;
}

export interface SourcesRead {
  readonly chiBo: ChiBoRead[];
  readonly problems: string[];
}

/** What Google said: an exception's message (also one thrown from another realm, as in the tests' vm). */
export function errorText(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string')
    return error.message;
  return String(error);
}

/**
 * Apps Script says which scope a call lacks («… Required permissions:
 * https://www.googleapis.com/auth/…»): then no chi bộ can be read, and sharing won't help.
 */
function lacksScope(detail: string): boolean {
  return detail.includes('googleapis.com/auth/');
}

function readOne(book: Spreadsheet, entry: ChiBoLink, today: CalendarDate): ChiBoRead | string {
  const roster = findSheet(book, SHEET_NAMES.roster);
  if (!roster) return DANG_UY_PROBLEMS.missingRoster(entry.name, entry.row, SHEET_NAMES.roster);
  const rosterValues = roster.getDataRange().getValues();
  const settingsSheet = findSheet(book, SHEET_NAMES.settings);
  const settingsValues = settingsSheet ? settingsSheet.getDataRange().getValues() : null;
  const ownName = settingsValues ? cellText(readSettingsGrid(settingsValues).raw.chiBoName) : '';
  const name = entry.name || ownName || book.getName();
  return {
    entry,
    name,
    // The link names the spreadsheet in the engine's problems; the shell adds the chi bộ and its row.
    source: { name, source: entry.link, input: { roster: rosterValues, settings: settingsValues, today } },
  };
}

export function readChiBoSources(app: DangUyApp, entries: readonly ChiBoLink[], today: CalendarDate): SourcesRead {
  const chiBo: ChiBoRead[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    let book: Spreadsheet;
    try {
      book = app.openById(entry.id);
    } catch (error) {
      const detail = errorText(error);
      if (lacksScope(detail)) return { chiBo: [], problems: [DANG_UY_PROBLEMS.noPermission(detail)] };
      problems.push(DANG_UY_PROBLEMS.cannotOpen(entry.name, entry.row, detail));
      continue;
    }
    try {
      const read = readOne(book, entry, today);
      if (typeof read === 'string') problems.push(read);
      else chiBo.push(read);
    } catch (error) {
      problems.push(DANG_UY_PROBLEMS.cannotRead(entry.name, entry.row, errorText(error)));
    }
  }
  return { chiBo, problems };
}
