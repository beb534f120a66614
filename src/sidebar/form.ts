/** The settings form: one field per «Cấu hình» label, validated with the server's zod schemas. */
import type { SettingField } from '../addon/server-api';
import { validateSettings } from '../core/setting-validation';
import type { SettingKey } from '../core/settings';
import { SIDEBAR } from '../core/text/ui';
import { clear, el } from './dom';

export type FormValues = Partial<Record<SettingKey, string>>;

function input(field: SettingField, id: string): HTMLInputElement | HTMLSelectElement {
  if (field.kind === 'yesNo' || field.kind === 'select') {
    const select = el('select', { id, name: field.key });
    const options = field.kind === 'yesNo' ? [SIDEBAR.selectYes, SIDEBAR.selectNo] : field.options;
    select.append(el('option', { value: '' }, field.blankLabel));
    for (const option of options) select.append(el('option', { value: option }, option));
    // Keep a value typed in the sheet that is not in the list, so saving never loses it.
    if (field.value && !options.includes(field.value)) select.append(el('option', { value: field.value }, field.value));
    select.value = field.value;
    return select;
  }
  const type = field.kind === 'date' ? 'date' : 'text';
  const box = el('input', { id, name: field.key, type, autocomplete: 'off' });
  if (field.kind === 'number') box.setAttribute('inputmode', 'numeric');
  box.value = field.value;
  return box;
}

export function renderForm(container: HTMLElement, fields: readonly SettingField[]): void {
  clear(container);
  for (const field of fields) {
    const id = `f-${field.key}`;
    const errorId = `${id}-error`;
    const control = input(field, id);
    control.setAttribute('aria-describedby', errorId);
    const row = el(
      'div',
      { class: 'field', 'data-key': field.key },
      el('label', { for: id }, field.label),
      control,
      ...(field.hint ? [el('small', { class: 'hint' }, field.hint)] : []),
      el('span', { id: errorId, class: 'error', role: 'alert' }),
    );
    container.append(row);
  }
}

export function readForm(container: HTMLElement): FormValues {
  const values: FormValues = {};
  for (const control of Array.from(container.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select'))) {
    values[control.name as SettingKey] = control.value;
  }
  return values;
}

export function showErrors(container: HTMLElement, errors: FormValues): void {
  for (const row of Array.from(container.querySelectorAll<HTMLElement>('.field'))) {
    const key = row.dataset.key as SettingKey;
    const message = errors[key] ?? '';
    const target = row.querySelector('.error');
    if (target) target.textContent = message;
    row.querySelector('input, select')?.setAttribute('aria-invalid', message ? 'true' : 'false');
  }
}

/** Client-side check with the very schemas the server uses. */
export function validate(values: FormValues): FormValues {
  return validateSettings(values);
}
