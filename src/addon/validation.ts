/** Turns a ValidationSpec into an Apps Script data-validation rule. */
import type { ValidationSpec } from '../layout/template';
import type { DataValidation, SpreadsheetApp } from './gas';

export function buildValidation(app: SpreadsheetApp, spec: ValidationSpec): DataValidation {
  const builder = app.newDataValidation();
  if (spec.kind === 'checkbox') return builder.requireCheckbox().build();
  // allowInvalid: the engine accepts aliases and unaccented spellings, so Sheets only warns.
  const list = builder.requireValueInList([...spec.values], true).setAllowInvalid(true);
  return (spec.help ? list.setHelpText(spec.help) : list).build();
}
