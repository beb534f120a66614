/**
 * «Tạo bảng mẫu»: creates «Danh sách» and «Cấu hình» when missing and adds what is
 * missing to them (headers, dropdowns, checkboxes, frozen header, widths, colours). It
 * never changes a value that is already there. The number of calls does not depend on
 * the roster size.
 */
import { columnWidth, headerOf, INPUT_KEYS, mapHeaderRow, type ColumnKey } from '../core/columns';
import { profileName, type Profile } from '../core/profiles';
import { parseSettings } from '../core/run-settings';
import { readSettingsGrid, settingLabel } from '../core/settings';
import { SHEET_NAMES, TEMPLATE } from '../core/text/sheets';
import { UI } from '../core/text/ui';
import {
  columnValidation,
  HEADER_BACKGROUND,
  RESULT_COLORS,
  rosterColumns,
  settingInitialValue,
  settingValidation,
  WARNING_COLOR,
  settingsTemplateGrid,
} from '../layout/template';
import { appendColumn, MAX_COLUMNS } from '../layout/roster-output';
import type { ConditionalFormatRule, Services, Sheet, Spreadsheet } from './gas';
import { withDocumentLock } from './lock';
import { setWidths } from './render';
import { literalGrid } from './safe-text';
import { UserError } from './user-error';
import { buildValidation } from './validation';
import { findSheet } from './find-sheet';

/** Rows below the header that get dropdowns: the roster plus room to grow. */
const SPARE_ROWS = 300;

function headerRowOf(sheet: Sheet): unknown[] {
  const lastColumn = sheet.getLastColumn();
  return lastColumn === 0 ? [] : (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []);
}

export interface TemplateOptions {
  /** Add the canonical headers that are missing (the menu does; the CLI's classify does not). */
  readonly addMissingColumns: boolean;
  /** The profile chosen outside the sheet (the CLI's --profile): it wins over «Bộ quy tắc». */
  readonly profile?: Profile;
}

/** What one sheet's setup did: whether it made the sheet, and how many headers or labels it added to an existing one. */
interface SheetSetup {
  readonly created: boolean;
  readonly added: number;
}

function setupRoster(services: Services, book: Spreadsheet, profile: Profile, options: TemplateOptions): SheetSetup {
  // Reads first (header, size, and the whole grid only when the header is full), then writes.
  const existing = findSheet(book, SHEET_NAMES.roster);
  // As wide as the used range: a column with data but no header is never written over.
  const header = existing ? headerRowOf(existing) : [];
  const lastRow = existing ? existing.getLastRow() : 0;
  const known = mapHeaderRow(header, SHEET_NAMES.roster, { required: [], outputs: profile.outputColumns }).columns;
  const outputs = new Set<ColumnKey>(profile.outputColumns);
  const missing = rosterColumns(profile).filter(
    // The output block is «Tính lại»'s to place: once one stands, its columns are never added one by one.
    (key) =>
      known.index[key] === undefined &&
      !(outputs.has(key) && known.outputBlock !== null) &&
      (options.addMissingColumns || existing === null || outputs.has(key)),
  );
  // Right of the used range; past column XFD (a stray cell far right), in blank columns.
  let at = header.length + 1;
  if (existing && missing.length > 0 && header.length + missing.length > MAX_COLUMNS) {
    const found = appendColumn(existing.getDataRange().getValues(), 0, missing.length);
    if (found === null) throw new UserError(UI.noRoomForColumns(SHEET_NAMES.roster, missing.length));
    at = found;
  }
  const sheet = existing ?? book.insertSheet(SHEET_NAMES.roster);
  if (missing.length > 0) {
    sheet.getRange(1, at, 1, missing.length).setValues(literalGrid([missing.map(headerOf)]));
  }
  const position = new Map<ColumnKey, number>();
  for (const key of rosterColumns(profile)) {
    const i = known.index[key];
    if (i !== undefined) position.set(key, i + 1);
  }
  for (const [i, key] of missing.entries()) position.set(key, at + i);
  // The header cells: a stray value far right (in XFD) does not make the styled row 16,384 wide.
  let filled = header.length;
  while (filled > 0 && (header[filled - 1] === '' || header[filled - 1] === null)) filled--;
  const width = Math.max(filled, at + missing.length - 1, 1);

  sheet
    .getRange(1, 1, 1, width)
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setWrap(true)
    .setVerticalAlignment('middle');
  sheet.setFrozenRows(1);
  // Read before the header was written, which moves the last row only on an empty sheet (0 to 1, alike here).
  const rows = Math.max(lastRow, 1) - 1 + SPARE_ROWS;
  for (const key of INPUT_KEYS) {
    const column = position.get(key);
    const spec = columnValidation(key);
    if (column && spec) sheet.getRange(2, column, rows, 1).setDataValidation(buildValidation(services.app, spec));
  }
  const dateColumn = position.get('admissionDate');
  if (dateColumn) sheet.getRange(2, dateColumn, rows, 1).setNumberFormat('dd/mm/yyyy');
  setWidths(
    sheet,
    [...position].map(([key, column]) => [column, columnWidth(key)] as const),
  );
  const explanation = position.get('outExplanation');
  if (explanation) sheet.getRange(2, explanation, rows, 1).setWrap(true);

  const result = position.get('outResult');
  const warnings = position.get('outWarnings');
  const rules: ConditionalFormatRule[] = [];
  if (result) {
    const range = sheet.getRange(2, result, rows, 1);
    for (const [value, color] of Object.entries(RESULT_COLORS)) {
      rules.push(services.app.newConditionalFormatRule().whenTextEqualTo(value).setBackground(color).setRanges([range]).build());
    }
  }
  if (warnings) {
    const range = sheet.getRange(2, warnings, rows, 1);
    rules.push(
      services.app.newConditionalFormatRule().whenCellNotEmpty().setBackground(WARNING_COLOR).setRanges([range]).build(),
    );
  }
  sheet.setConditionalFormatRules(rules);
  return { created: existing === null, added: existing === null ? 0 : missing.length };
}

function setupSettings(
  services: Services,
  book: Spreadsheet,
  profile: Profile,
  existing: Sheet | null,
  values: unknown[][],
): SheetSetup {
  const sheet = existing ?? book.insertSheet(SHEET_NAMES.settings);
  const { rows } = readSettingsGrid(values);
  const empty = values.every((row) => row.every((cell) => cell === ''));
  let lastRow = empty ? 0 : values.length;
  let added = 0;
  if (empty) {
    const grid = settingsTemplateGrid(profile);
    sheet.getRange(1, 1, grid.length, 2).setValues(literalGrid(grid));
    lastRow = grid.length;
    profile.settings.forEach((key, i) => {
      rows[key] = i + 2;
    });
  } else {
    const missing = profile.settings.filter((key) => rows[key] === undefined);
    if (missing.length > 0) {
      const appended = missing.map((key) => [settingLabel(key), settingInitialValue(key, profile)]);
      sheet.getRange(lastRow + 1, 1, missing.length, 2).setValues(literalGrid(appended));
      missing.forEach((key, i) => {
        rows[key] = lastRow + 1 + i;
      });
      lastRow += missing.length;
      added = missing.length;
    }
  }
  sheet.getRange(1, 1, 1, 2).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.getRange(2, 1, Math.max(lastRow - 1, 1), 1).setFontWeight('bold');
  sheet.setColumnWidth(1, 380);
  sheet.setColumnWidth(2, 320);
  for (const key of profile.settings) {
    const row = rows[key];
    const spec = settingValidation(key);
    if (row && spec) sheet.getRange(row, 2).setDataValidation(buildValidation(services.app, spec));
  }
  const dateRow = rows.meetingDate;
  if (dateRow) sheet.getRange(dateRow, 2).setNumberFormat('dd/mm/yyyy');
  return { created: existing === null, added };
}

/** Returns the toast text. */
export function setupTemplate(services: Services, options: TemplateOptions = { addMissingColumns: true }): string {
  const book = services.book();
  // Every read before the first write: the profile named in «Cấu hình» picks the columns, and
  // setupRoster reads the roster before it writes; setupSettings reads nothing.
  const settingsSheet = findSheet(book, SHEET_NAMES.settings);
  const settingsValues = settingsSheet ? settingsSheet.getDataRange().getValues() : [];
  const profile =
    options.profile ?? parseSettings(readSettingsGrid(settingsValues).raw, { year: 2000, month: 1, day: 1 }).settings.profile;
  const roster = setupRoster(services, book, profile, options);
  const settings = setupSettings(services, book, profile, settingsSheet, settingsValues);
  const created = [
    ...(roster.created ? [`«${SHEET_NAMES.roster}»`] : []),
    ...(settings.created ? [`«${SHEET_NAMES.settings}»`] : []),
  ];
  if (created.length > 0) return TEMPLATE.created(created.join(', '));
  return TEMPLATE.alreadyThere(profileName(profile), roster.added, settings.added);
}

/**
 * «Tạo bảng mẫu» from the menu: under the document lock, like «Tính lại», so it never writes
 * while another run reads or writes the sheets; when the lock is busy it fails clearly and
 * writes nothing. Returns the toast text.
 */
export function setupTemplateLocked(services: Services, options?: TemplateOptions): string {
  return withDocumentLock(services, () => setupTemplate(services, options));
}
