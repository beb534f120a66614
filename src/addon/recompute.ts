/**
 * «Tính lại»: one batch read per sheet, the pure engine, one batch write of the output
 * block. Input columns are never written. The document lock keeps two runs apart.
 */
import { rosterFatal, runClassification, type ClassificationRun, type SettingOverrides } from '../core/run';
import type { CalendarDate } from '../core/normalize';
import { SHEET_NAMES, UI } from '../core/text';
import { outputBlock, outputPlacement } from '../layout/roster-output';
import type { Services, Sheet, Spreadsheet } from './gas';
import { literalGrid } from './safe-text';
import { UserError } from './user-error';
import { findSheet } from './find-sheet';
import { withDocumentLock } from './lock';

export interface RecomputeResult {
  readonly run: ClassificationRun;
  readonly settingsValues: unknown[][] | null;
  /** 1-based column where the output block starts. */
  readonly outputColumn: number;
}

function rosterSheet(book: Spreadsheet): Sheet {
  const sheet = findSheet(book, SHEET_NAMES.roster);
  if (!sheet) throw new UserError(UI.missingSheet(SHEET_NAMES.roster));
  return sheet;
}

/** Reads both sheets (one getValues each) and classifies, without writing anything. */
export interface ReadResult {
  readonly run: ClassificationRun;
  readonly rosterValues: unknown[][];
  /** «Cấu hình» as read, or null when the sheet does not exist. */
  readonly settingsValues: unknown[][] | null;
  readonly sheet: Sheet;
}

/** One getValues per sheet. */
function readSheets(book: Spreadsheet): Omit<ReadResult, 'run'> {
  const sheet = rosterSheet(book);
  const rosterValues = sheet.getDataRange().getValues();
  const settingsSheet = findSheet(book, SHEET_NAMES.settings);
  const settingsValues = settingsSheet ? settingsSheet.getDataRange().getValues() : null;
  return { rosterValues, settingsValues, sheet };
}

export function readAndClassify(book: Spreadsheet, today: CalendarDate, overrides?: SettingOverrides): ReadResult {
  const { sheet, rosterValues, settingsValues } = readSheets(book);
  return classifyValues(sheet, rosterValues, settingsValues, today, overrides);
}

/**
 * Reads both sheets and fails as readAndClassify would on an unusable roster (no sheet, a
 * missing or doubled column, too many cells), from the header alone: no member is
 * classified. The CLI checks this before it changes anything.
 */
export function checkRoster(book: Spreadsheet, today: CalendarDate, overrides?: SettingOverrides): void {
  const { rosterValues, settingsValues } = readSheets(book);
  const fatal = rosterFatal({ roster: rosterValues, settings: settingsValues, today, overrides });
  if (fatal.length > 0) throw new UserError(fatal.join('\n'));
}

/** Classifies sheets already read (or, after a save, as written); the roster's fatal problems become a UserError. */
export function classifyValues(
  sheet: Sheet,
  rosterValues: unknown[][],
  settingsValues: unknown[][] | null,
  today: CalendarDate,
  overrides?: SettingOverrides,
): ReadResult {
  const run = runClassification({ roster: rosterValues, settings: settingsValues, today, overrides });
  if (run.fatal.length > 0) throw new UserError(run.fatal.join('\n'));
  return { run, rosterValues, settingsValues, sheet };
}

/** The write half of «Tính lại»: the output block of a run already read, in one setValues. */
export function writeOutputBlock({ run, rosterValues, settingsValues, sheet }: ReadResult): RecomputeResult {
  const placement = outputPlacement(rosterValues, run.columns, run.settings.profile);
  if (!placement) throw new UserError(UI.noRoomForColumns(SHEET_NAMES.roster, run.settings.profile.outputColumns.length));
  const { column: outputColumn, width } = placement;
  const block = outputBlock(run, rosterValues.length, width);
  const clear = placement.clear;
  if (clear) {
    // A switch of profile made the block wider and a user column stands right of the old one.
    const blank = block.map(() => Array.from({ length: clear.width }, () => ''));
    sheet.getRange(run.columns.headerRow, clear.column, blank.length, clear.width).setValues(blank);
  }
  sheet.getRange(run.columns.headerRow, outputColumn, block.length, width).setValues(literalGrid(block));
  sheet.getRange(run.columns.headerRow, outputColumn, 1, width).setFontWeight('bold');
  return { run, settingsValues, outputColumn };
}

export function recompute(services: Services, today: CalendarDate, overrides?: SettingOverrides): RecomputeResult {
  return withDocumentLock(services, () => writeOutputBlock(readAndClassify(services.book(), today, overrides)));
}
