/**
 * What the đảng ủy's «Tạo bảng mẫu» sets up, as plain data: the header of «Danh sách chi
 * bộ» and its widths, the labels of «Cấu hình đảng ủy» with the values a new label starts
 * with, and each label's dropdown.
 */
import { DANG_UY_SETTING_KEYS, DANG_UY_SETTINGS, dangUySettingLabel, type DangUySettingKey } from '../../core/dang-uy/settings';
import { PROFILES, profileName } from '../../core/profiles';
import { CHI_BO_LIST_WORDS, QUOTA_SCOPE_WORDS } from '../../core/text/dang-uy';
import { NO, YES } from '../../core/text/domain';
import { TEMPLATE } from '../../core/text/sheets';
import type { ValidationSpec } from '../template';

/** The columns of «Danh sách chi bộ», in order, with their widths in pixels. */
export const CHI_BO_LIST_COLUMNS = [
  { key: 'number', header: CHI_BO_LIST_WORDS.number.headers[0], width: 50 },
  { key: 'name', header: CHI_BO_LIST_WORDS.name.headers[0], width: 280 },
  { key: 'link', header: CHI_BO_LIST_WORDS.link.headers[0], width: 520 },
] as const;

/** The value a label of «Cấu hình đảng ủy» starts with when «Tạo bảng mẫu» adds it. */
export function dangUyInitialValue(key: DangUySettingKey): string {
  const initial = DANG_UY_SETTINGS[key].initial;
  if (initial === 'dangBo') return QUOTA_SCOPE_WORDS.dangBo[0];
  return initial === 'no' ? NO : '';
}

/** «Cấu hình đảng ủy» as «Tạo bảng mẫu» writes it into an empty sheet: a header, then one label per row. */
export function dangUySettingsGrid(): string[][] {
  return [[...TEMPLATE.settingsHeader], ...DANG_UY_SETTING_KEYS.map((key) => [dangUySettingLabel(key), dangUyInitialValue(key)])];
}

/** The dropdown of a value of «Cấu hình đảng ủy», if it has one. */
export function dangUySettingValidation(key: DangUySettingKey): ValidationSpec | undefined {
  switch (DANG_UY_SETTINGS[key].dropdown) {
    case 'yesNo':
      return { kind: 'list', values: [YES, NO], help: TEMPLATE.validationHelp.yesNo };
    case 'quotaScope':
      return { kind: 'list', values: [QUOTA_SCOPE_WORDS.dangBo[0], QUOTA_SCOPE_WORDS.chiBo[0]], help: '' };
    case 'profile':
      return { kind: 'list', values: PROFILES.map(profileName), help: '' };
    case undefined:
      return undefined;
  }
}
