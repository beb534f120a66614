/**
 * What «Tạo bảng mẫu» sets up, as plain data: the profile's headers and labels, the
 * dropdown or checkbox of each (from the registries), widths, and the colours of results
 * and warnings.
 */
import { headerOf, INPUT_COLUMNS, type ColumnKey, type DropdownKind, type InputKey } from '../core/columns';
import { LEVELS } from '../core/levels';
import { PROFILES, profileName, type Profile } from '../core/profiles';
import { SETTINGS, settingLabel, type SettingKey } from '../core/settings';
import { NO, PEER_GROUP_NAMES, STATUS_NAMES, TASK_RESULT_NAMES, YES } from '../core/text/domain';
import { PEER_GROUPS } from '../core/vocab';
import { DROPDOWNS, TEMPLATE } from '../core/text/sheets';

export type ValidationSpec =
  | { readonly kind: 'list'; readonly values: readonly string[]; readonly help: string }
  | { readonly kind: 'checkbox' };

/** The words a dropdown offers, by its kind. */
function dropdownSpec(kind: DropdownKind): ValidationSpec {
  switch (kind) {
    case 'checkbox':
      return { kind: 'checkbox' };
    case 'yesNo':
      return { kind: 'list', values: [YES, NO], help: TEMPLATE.validationHelp.yesNo };
    case 'level':
      return { kind: 'list', values: LEVELS, help: TEMPLATE.validationHelp.level };
    case 'membership':
      return { kind: 'list', values: DROPDOWNS.membership, help: TEMPLATE.validationHelp.membership };
    case 'status':
      return {
        kind: 'list',
        values: [STATUS_NAMES.absent, STATUS_NAMES.exempt, STATUS_NAMES.suspended, STATUS_NAMES.under6months],
        help: TEMPLATE.validationHelp.status,
      };
    case 'emulation':
      return { kind: 'list', values: DROPDOWNS.emulation, help: TEMPLATE.validationHelp.emulation };
    case 'taskResult':
      return { kind: 'list', values: ['HTXS', 'HTT', 'HT', TASK_RESULT_NAMES.FAILED2], help: '' };
    case 'rank':
      return { kind: 'list', values: DROPDOWNS.ranks, help: '' };
    case 'profile':
      return { kind: 'list', values: PROFILES.map(profileName), help: '' };
    case 'peerGroup':
      return { kind: 'list', values: PEER_GROUPS.map((g) => PEER_GROUP_NAMES[g]), help: TEMPLATE.validationHelp.peerGroup };
  }
}

/** The dropdown of a roster column, if it has one. */
export function columnValidation(key: InputKey): ValidationSpec | undefined {
  const kind = INPUT_COLUMNS[key].dropdown;
  return kind ? dropdownSpec(kind) : undefined;
}

/** The dropdown of a «Cấu hình» value, if it has one. */
export function settingValidation(key: SettingKey): ValidationSpec | undefined {
  const kind = SETTINGS[key].dropdown;
  return kind ? dropdownSpec(kind) : undefined;
}

/** Every column of the profile's roster, input then output, in order. */
export function rosterColumns(profile: Profile): ColumnKey[] {
  return [...profile.columns, ...profile.outputColumns];
}

export function rosterHeaders(profile: Profile): string[] {
  return rosterColumns(profile).map(headerOf);
}

/** Background colours of «Kết quả xếp loại» by value, and of a non-empty «Cảnh báo». */
export const RESULT_COLORS: Record<string, string> = {
  HTXS: '#b7e1cd',
  HTT: '#d9ead3',
  HT: '#fff2cc',
  KHT: '#f4cccc',
  KXL: '#efefef',
  CXL: '#fce5cd',
};
export const WARNING_COLOR = '#fce8b2';
export const HEADER_BACKGROUND = '#cfe2f3';

/**
 * The value written with a label «Tạo bảng mẫu» adds (into a new «Cấu hình», or below an
 * existing one after the profile changed): the default of a Có/Không setting, the profile's
 * name; the rest stays blank for the user.
 */
export function settingInitialValue(key: SettingKey, profile: Profile): string {
  const initial = SETTINGS[key].initial;
  if (initial === 'yes') return YES;
  if (initial === 'no') return NO;
  if (initial === 'profile') return profileName(profile);
  return '';
}

export function settingsTemplateGrid(profile: Profile): string[][] {
  return [[...TEMPLATE.settingsHeader], ...profile.settings.map((key) => [settingLabel(key), settingInitialValue(key, profile)])];
}
