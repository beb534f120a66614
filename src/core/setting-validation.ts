/**
 * Validation of settings typed in the sidebar form, shared by the client (before sending)
 * and the server (before writing): the same zod schemas that read «Cấu hình».
 */
import { settingLabel, SETTING_KEYS, SETTING_SCHEMAS } from './settings';
import { MSG, type SettingKey } from './text';

export function validateSettings(values: Partial<Record<SettingKey, string>>): Partial<Record<SettingKey, string>> {
  const errors: Partial<Record<SettingKey, string>> = {};
  for (const key of SETTING_KEYS) {
    if (!(key in values)) continue;
    const text = String(values[key] ?? '');
    const { schema, hint } = SETTING_SCHEMAS[key];
    const result = schema.safeParse(text);
    if (!result.success) errors[key] = MSG.settingError(settingLabel(key), text.trim(), result.error.issues[0]?.message ?? '', hint);
  }
  return errors;
}
