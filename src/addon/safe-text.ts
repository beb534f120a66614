/**
 * Formula-injection guard. Apps Script's setValues parses a string that starts with "="
 * as a formula (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues),
 * and Sheets reads "+", "-" and "@" as formula starts too. A leading apostrophe makes
 * Sheets keep the rest as literal text and hides the apostrophe, as when a user types it.
 */
import type { CellValue } from './gas';

const FORMULA_START = /^[=+\-@]/;

export function literal(value: CellValue): CellValue {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

export function literalGrid(values: readonly (readonly CellValue[])[]): CellValue[][] {
  return values.map((row) => row.map(literal));
}
