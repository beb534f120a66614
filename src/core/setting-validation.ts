/**
 * Validation of settings typed in the sidebar form, shared by the client (before sending)
 * and the server (before writing): the same zod schemas that read «Cấu hình».
 */
import { SETTING_KEYS, settingProblem, type SettingKey } from './settings';

export function validateSettings(values: Partial<Record<SettingKey, string>>): Partial<Record<SettingKey, string>> {
  const errors: Partial<Record<SettingKey, string>> = {};
  for (const key of SETTING_KEYS) {
    if (!(key in values)) continue;
    const problem = settingProblem(key, String(values[key] ?? ''));
    if (problem !== null) errors[key] = problem;
  }
  return errors;
}
