/**
 * «Tạo bảng mẫu»: creates «Danh sách» and «Cấu hình» when missing and adds what is
 * missing to them (headers, dropdowns, checkboxes, frozen header, widths, colours). It
 * never changes a value that is already there. The number of calls does not depend on
 * the roster size.
 */
import { INPUT_COLUMNS, OUTPUT_COLUMNS, mapHeaderRow } from '../core/columns';
import { readSettingsGrid, settingLabel, SETTING_KEYS } from '../core/settings';
import { SHEET_NAMES, TEMPLATE, headerOf, type ColumnKey } from '../core/text';
import {
  HEADER_BACKGROUND, RESULT_COLORS, ROSTER_VALIDATION, ROSTER_WIDTHS, SETTING_VALIDATION,
  WARNING_COLOR, settingsTemplateGrid,
} from '../layout/template';
import type { ConditionalFormatRule, Services, Sheet, Spreadsheet } from './gas';
import { literalGrid } from './safe-text';
import { buildValidation } from './validation';

/** Rows below the header that get dropdowns: the roster plus room to grow. */
const SPARE_ROWS = 300;

function headerRowOf(sheet: Sheet): unknown[] {
  const lastColumn = sheet.getLastColumn();
  return lastColumn === 0 ? [] : (sheet.getRange(1, 1, 1, lastColumn).getValues()[0] ?? []);
}

export interface TemplateOptions {
  /** Add the canonical headers that are missing (the menu does; the CLI's classify does not). */
  readonly addMissingColumns: boolean;
}

function setupRoster(services: Services, book: Spreadsheet, options: TemplateOptions): boolean {
  const existing = book.getSheetByName(SHEET_NAMES.roster);
  const sheet = existing ?? book.insertSheet(SHEET_NAMES.roster);
  // As wide as the used range: a column with data but no header is never written over.
  const header = headerRowOf(sheet);
  const known = mapHeaderRow(header, SHEET_NAMES.roster).columns;
  const missing = [...INPUT_COLUMNS, ...OUTPUT_COLUMNS].filter(
    (key) => known.index[key] === undefined && (options.addMissingColumns || existing === null || OUTPUT_COLUMNS.includes(key as never)),
  );
  if (missing.length > 0) {
    sheet.getRange(1, header.length + 1, 1, missing.length).setValues(literalGrid([missing.map(headerOf)]));
  }
  const position: Partial<Record<ColumnKey, number>> = {};
  for (const [key, i] of Object.entries(known.index)) position[key as ColumnKey] = i + 1;
  missing.forEach((key, i) => { position[key] = header.length + 1 + i; });
  const width = header.length + missing.length;

  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true).setVerticalAlignment('middle');
  sheet.setFrozenRows(1);
  const rows = Math.max(sheet.getLastRow(), 1) - 1 + SPARE_ROWS;
  for (const [key, spec] of Object.entries(ROSTER_VALIDATION)) {
    const column = position[key as ColumnKey];
    if (column && spec) sheet.getRange(2, column, rows, 1).setDataValidation(buildValidation(services.app, spec));
  }
  const dateColumn = position.admissionDate;
  if (dateColumn) sheet.getRange(2, dateColumn, rows, 1).setNumberFormat('dd/mm/yyyy');
  for (const [key, px] of Object.entries(ROSTER_WIDTHS)) {
    const column = position[key as ColumnKey];
    if (column && px) sheet.setColumnWidth(column, px);
  }
  const explanation = position.outExplanation;
  if (explanation) sheet.getRange(2, explanation, rows, 1).setWrap(true);

  const result = position.outResult;
  const warnings = position.outWarnings;
  const rules: ConditionalFormatRule[] = [];
  if (result) {
    const range = sheet.getRange(2, result, rows, 1);
    for (const [value, color] of Object.entries(RESULT_COLORS)) {
      rules.push(services.app.newConditionalFormatRule().whenTextEqualTo(value).setBackground(color).setRanges([range]).build());
    }
  }
  if (warnings) {
    const range = sheet.getRange(2, warnings, rows, 1);
    rules.push(services.app.newConditionalFormatRule().whenCellNotEmpty().setBackground(WARNING_COLOR).setRanges([range]).build());
  }
  sheet.setConditionalFormatRules(rules);
  return existing === null;
}

function setupSettings(services: Services, book: Spreadsheet): boolean {
  const existing = book.getSheetByName(SHEET_NAMES.settings);
  const sheet = existing ?? book.insertSheet(SHEET_NAMES.settings);
  const values = existing ? sheet.getDataRange().getValues() : [];
  const { rows } = readSettingsGrid(values);
  const empty = values.every((row) => row.every((cell) => cell === ''));
  let lastRow = empty ? 0 : values.length;
  if (empty) {
    const grid = settingsTemplateGrid();
    sheet.getRange(1, 1, grid.length, 2).setValues(literalGrid(grid));
    lastRow = grid.length;
    SETTING_KEYS.forEach((key, i) => { rows[key] = i + 2; });
  } else {
    const missing = SETTING_KEYS.filter((key) => rows[key] === undefined);
    if (missing.length > 0) {
      sheet.getRange(lastRow + 1, 1, missing.length, 2).setValues(literalGrid(missing.map((key) => [settingLabel(key), ''])));
      missing.forEach((key, i) => { rows[key] = lastRow + 1 + i; });
      lastRow += missing.length;
    }
  }
  sheet.getRange(1, 1, 1, 2).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.getRange(2, 1, Math.max(lastRow - 1, 1), 1).setFontWeight('bold');
  sheet.setColumnWidth(1, 380);
  sheet.setColumnWidth(2, 320);
  for (const [key, spec] of Object.entries(SETTING_VALIDATION)) {
    const row = rows[key as keyof typeof rows];
    if (row && spec) sheet.getRange(row, 2).setDataValidation(buildValidation(services.app, spec));
  }
  const dateRow = rows.meetingDate;
  if (dateRow) sheet.getRange(dateRow, 2).setNumberFormat('dd/mm/yyyy');
  return existing === null;
}

/** Returns the toast text. */
export function setupTemplate(services: Services, options: TemplateOptions = { addMissingColumns: true }): string {
  const book = services.app.getActiveSpreadsheet();
  const created: string[] = [];
  if (setupRoster(services, book, options)) created.push(`«${SHEET_NAMES.roster}»`);
  if (setupSettings(services, book)) created.push(`«${SHEET_NAMES.settings}»`);
  return created.length > 0 ? TEMPLATE.created(created.join(', ')) : TEMPLATE.alreadyThere;
}
