/**
 * The đảng ủy's «Tạo bảng mẫu»: creates «Danh sách chi bộ» and «Cấu hình đảng ủy» when missing,
 * and adds what is missing to them (headers, labels, dropdowns, widths, the frozen header). It
 * never changes a value that is already there, so running it twice changes nothing.
 */
import { DANG_UY_SETTING_KEYS, dangUySettingForLabel, dangUySettingLabel } from '../../core/dang-uy/settings';
import { cellText, foldKey } from '../../core/normalize';
import { CHI_BO_LIST_WORDS, DANG_UY_SHEETS, DANG_UY_UI } from '../../core/text/dang-uy';
import {
  CHI_BO_LIST_COLUMNS,
  dangUyInitialValue,
  dangUySettingsGrid,
  dangUySettingValidation,
} from '../../layout/dang-uy/template';
import { HEADER_BACKGROUND } from '../../layout/template';
import { findSheet } from '../find-sheet';
import type { Services, Sheet, Spreadsheet } from '../gas';
import { literalGrid } from '../safe-text';
import { buildValidation } from '../validation';
import { withDangUyLock } from './lock';

interface SheetSetup {
  readonly created: boolean;
  readonly added: number;
}

const HEADER_SEARCH_ROWS = 20;

type ListKey = (typeof CHI_BO_LIST_COLUMNS)[number]['key'];

function isHeaderOf(key: ListKey, cell: unknown): boolean {
  const folded = foldKey(cellText(cell));
  return CHI_BO_LIST_WORDS[key].headers.some((header) => foldKey(header) === folded);
}

function valuesOf(sheet: Sheet): unknown[][] {
  return sheet.getLastRow() === 0 ? [] : sheet.getDataRange().getValues();
}

/** The row (0-based) holding the list's header as «Tổng hợp» finds it, else the first naming a chi bộ column, else 0. */
function headerIndexOf(values: readonly (readonly unknown[])[]): number {
  const rows = values.slice(0, HEADER_SEARCH_ROWS);
  for (const key of ['link', 'name'] as const) {
    const index = rows.findIndex((row) => row.some((cell) => isHeaderOf(key, cell)));
    if (index >= 0) return index;
  }
  return 0;
}

function setupList(book: Spreadsheet): SheetSetup {
  const existing = findSheet(book, DANG_UY_SHEETS.chiBoList);
  const sheet = existing ?? book.insertSheet(DANG_UY_SHEETS.chiBoList);
  const values = existing ? valuesOf(sheet) : [];
  const headerIndex = headerIndexOf(values);
  const header = values[headerIndex] ?? [];
  const blank = header.every((cell) => cellText(cell) === '');
  // A blank header row gets every column; an existing one only the two the list is read by («STT» is optional).
  const missing = CHI_BO_LIST_COLUMNS.filter(
    (column) => (blank || column.key !== 'number') && !header.some((cell) => isHeaderOf(column.key, cell)),
  );
  // Right of every used column, so no value is written over.
  const at = blank ? 1 : sheet.getLastColumn() + 1;
  if (missing.length > 0) {
    sheet.getRange(headerIndex + 1, at, 1, missing.length).setValues(literalGrid([missing.map((c) => c.header)]));
  }
  const width = Math.max(header.length, at + missing.length - 1, 1);
  sheet
    .getRange(headerIndex + 1, 1, 1, width)
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setWrap(true)
    .setVerticalAlignment('middle');
  sheet.setFrozenRows(headerIndex + 1);
  for (const [i, column] of missing.entries()) sheet.setColumnWidth(at + i, column.width);
  return { created: existing === null, added: existing === null ? 0 : missing.length };
}

function setupSettings(services: Services, book: Spreadsheet): SheetSetup {
  const existing = findSheet(book, DANG_UY_SHEETS.settings);
  const sheet = existing ?? book.insertSheet(DANG_UY_SHEETS.settings);
  const values = existing ? valuesOf(sheet) : [];
  const rows = new Map<string, number>();
  values.forEach((line, i) => {
    const key = dangUySettingForLabel(line[0]);
    if (key && !rows.has(key)) rows.set(key, i + 1);
  });
  let added = 0;
  if (values.length === 0) {
    const grid = dangUySettingsGrid();
    sheet.getRange(1, 1, grid.length, 2).setValues(literalGrid(grid));
    for (const [i, key] of DANG_UY_SETTING_KEYS.entries()) rows.set(key, i + 2);
  } else {
    const missing = DANG_UY_SETTING_KEYS.filter((key) => !rows.has(key));
    if (missing.length > 0) {
      const appended = missing.map((key) => [dangUySettingLabel(key), dangUyInitialValue(key)]);
      sheet.getRange(values.length + 1, 1, missing.length, 2).setValues(literalGrid(appended));
      for (const [i, key] of missing.entries()) rows.set(key, values.length + 1 + i);
      added = missing.length;
    }
  }
  const lastRow = Math.max(...rows.values(), 1);
  sheet.getRange(1, 1, 1, 2).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.getRange(2, 1, Math.max(lastRow - 1, 1), 1).setFontWeight('bold');
  sheet.setColumnWidth(1, 380);
  sheet.setColumnWidth(2, 320);
  for (const key of DANG_UY_SETTING_KEYS) {
    const row = rows.get(key);
    const spec = dangUySettingValidation(key);
    if (row && spec) sheet.getRange(row, 2).setDataValidation(buildValidation(services.app, spec));
  }
  const dateRow = rows.get('date');
  if (dateRow) sheet.getRange(dateRow, 2).setNumberFormat('dd/mm/yyyy');
  return { created: existing === null, added };
}

/** Returns the toast text. */
export function setupDangUyTemplate(services: Services): string {
  return withDangUyLock(services, () => {
    const book = services.book();
    const list = setupList(book);
    const settings = setupSettings(services, book);
    const created = [
      ...(list.created ? [`«${DANG_UY_SHEETS.chiBoList}»`] : []),
      ...(settings.created ? [`«${DANG_UY_SHEETS.settings}»`] : []),
    ];
    if (created.length > 0) return DANG_UY_UI.templateCreated(created.join(', '));
    return DANG_UY_UI.templateThere(list.added, settings.added);
  });
}
