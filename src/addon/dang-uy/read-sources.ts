/**
 * Reads every chi bộ's spreadsheet named in «Danh sách chi bộ» through the Sheets REST API,
 * read-only (`spreadsheets.readonly`: SpreadsheetApp.openById would need the right to edit
 * every spreadsheet of the user), in two UrlFetchApp.fetchAll calls whatever the number of
 * chi bộ and their size:
 * 1. every spreadsheet's name and sheet titles, to find «Danh sách» and «Cấu hình» as the
 *    chi bộ add-on does (find-sheet.ts);
 * 2. those two sheets' cells, made into the grid getDataRange().getValues() would give
 *    (sheets-api.ts).
 * Nothing is written to a chi bộ's spreadsheet. A spreadsheet that can't be read or has no
 * «Danh sách» is a problem naming the chi bộ and its row; the others are still read, so one
 * run reports every problem. A problem of the project itself (a scope, the API switched
 * off, no network) is said once, alone.
 */
import type { ChiBoSource } from '../../core/consolidate';
import type { ChiBoLink } from '../../core/dang-uy/chi-bo-list';
import { cellText, type CalendarDate } from '../../core/normalize';
import { readSettingsGrid } from '../../core/settings';
import { DANG_UY_PROBLEMS } from '../../core/text/dang-uy';
import { SHEET_NAMES } from '../../core/text/sheets';
import { findSheetTitle } from '../find-sheet';
import type { CellValue, HttpResponse } from '../gas';
import type { DangUyServices, FetchRequest } from './gas';
import {
  type Failure,
  type GridAnswer,
  gridAnswer,
  gridUrl,
  gridValues,
  readAnswer,
  titlesAnswer,
  titlesUrl,
} from './sheets-api';

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

/** A spreadsheet whose sheets were found: what the second request asks for. */
interface Located {
  readonly entry: ChiBoLink;
  readonly title: string;
  readonly roster: string;
  readonly settings: string | null;
}

/** A failure of the whole project, said once; else null, and the chi bộ's own problem is said. */
function projectProblem(failure: Failure): string | null {
  if (failure.kind === 'scope') return DANG_UY_PROBLEMS.noPermission(failure.detail);
  if (failure.kind === 'disabled') return DANG_UY_PROBLEMS.apiDisabled(failure.detail);
  return null;
}

function chiBoProblem(entry: ChiBoLink, failure: Failure): string {
  switch (failure.kind) {
    case 'noAccess':
      return DANG_UY_PROBLEMS.notShared(entry.name, entry.row, failure.detail);
    case 'notFound':
      return DANG_UY_PROBLEMS.notFound(entry.name, entry.row, failure.detail);
    case 'later':
      return DANG_UY_PROBLEMS.cannotRead(entry.name, entry.row, failure.detail);
    default:
      return DANG_UY_PROBLEMS.cannotOpen(entry.name, entry.row, failure.detail);
  }
}

/** The cells of `title` in a grid answer ('' 1 × 1 when the sheet is empty), or null when absent. */
function sheetGrid(answer: GridAnswer, title: string): CellValue[][] | null {
  const found = answer.sheets?.find((s) => s.properties.title === title);
  return found ? gridValues(found.data ?? []) : null;
}

export function readChiBoSources(services: DangUyServices, entries: readonly ChiBoLink[], today: CalendarDate): SourcesRead {
  if (entries.length === 0) return { chiBo: [], problems: [] };
  const token = services.script.getOAuthToken();
  const get = (url: string): FetchRequest => ({ url, headers: { Authorization: `Bearer ${token}` }, muteHttpExceptions: true });
  /** One fetchAll; a thrown one (no network, a scope missing) stops the run with one problem. */
  const fetchAll = (urls: string[]): HttpResponse[] | string => {
    try {
      return services.fetch.fetchAll(urls.map(get));
    } catch (error) {
      const detail = errorText(error);
      return lacksScope(detail) ? DANG_UY_PROBLEMS.noPermission(detail) : DANG_UY_PROBLEMS.unreachable(detail);
    }
  };
  const problems: string[] = [];
  const titles = fetchAll(entries.map((e) => titlesUrl(e.id)));
  if (typeof titles === 'string') return { chiBo: [], problems: [titles] };
  const located: Located[] = [];
  for (const [i, entry] of entries.entries()) {
    const answer = readAnswer(titles[i], titlesAnswer);
    if (!answer.ok) {
      const project = projectProblem(answer.failure);
      if (project) return { chiBo: [], problems: [project] };
      problems.push(chiBoProblem(entry, answer.failure));
      continue;
    }
    const names = (answer.value.sheets ?? []).map((s) => s.properties.title);
    const roster = findSheetTitle(names, SHEET_NAMES.roster);
    if (roster === null) {
      problems.push(DANG_UY_PROBLEMS.missingRoster(entry.name, entry.row, SHEET_NAMES.roster));
      continue;
    }
    const title = answer.value.properties?.title ?? '';
    located.push({ entry, title, roster, settings: findSheetTitle(names, SHEET_NAMES.settings) });
  }
  if (located.length === 0) return { chiBo: [], problems };

  const grids = fetchAll(located.map((l) => gridUrl(l.entry.id, l.settings === null ? [l.roster] : [l.roster, l.settings])));
  if (typeof grids === 'string') return { chiBo: [], problems: [grids] };
  const chiBo: ChiBoRead[] = [];
  for (const [i, { entry, title, roster, settings }] of located.entries()) {
    const answer = readAnswer(grids[i], gridAnswer);
    if (!answer.ok) {
      const project = projectProblem(answer.failure);
      if (project) return { chiBo: [], problems: [project] };
      problems.push(chiBoProblem(entry, answer.failure));
      continue;
    }
    const rosterValues = sheetGrid(answer.value, roster);
    if (rosterValues === null) {
      // Renamed between the two requests.
      problems.push(DANG_UY_PROBLEMS.missingRoster(entry.name, entry.row, SHEET_NAMES.roster));
      continue;
    }
    const settingsValues = settings === null ? null : sheetGrid(answer.value, settings);
    const ownName = settingsValues ? cellText(readSettingsGrid(settingsValues).raw.chiBoName) : '';
    const name = entry.name || ownName || title;
    chiBo.push({
      entry,
      name,
      // The link names the spreadsheet in the engine's problems; the shell adds the chi bộ and its row.
      source: { name, source: entry.link, input: { roster: rosterValues, settings: settingsValues, today } },
    });
  }
  return { chiBo, problems };
}
