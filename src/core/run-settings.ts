/**
 * The settings of one run: «Cấu hình» read through the setting registry (settings.ts), the
 * profile in force resolved, the year worked out. Separate from the registry so that the
 * sidebar, which only validates values, does not carry the rule profiles.
 */
import type { CalendarDate } from './normalize';
import { profileById, type Profile } from './profiles';
import { recordOf } from './record';
import {
  SETTING_KEYS,
  SETTINGS,
  settingLabel,
  settingProblem,
  type RawSettings,
  type SettingKey,
  type SettingValues,
} from './settings';
import { cellText } from './normalize';

/** The settings of a run: the values, with the year and school year worked out. */
export interface Settings extends Omit<SettingValues, 'year' | 'profile'> {
  readonly year: number;
  readonly profile: Profile;
}

/** Command-line flags (or sidebar actions) that win over «Cấu hình». */
export interface SettingOverrides {
  readonly quotaPercent?: number;
  readonly votingBase?: number;
  readonly separateHtxsBallot?: boolean;
  readonly cumulative?: boolean;
  readonly meetingDate?: CalendarDate;
  readonly profile?: Profile;
}

export interface SettingError {
  readonly key: SettingKey;
  readonly label: string;
  /** 1-based row in «Cấu hình», when it came from the sheet. */
  readonly row: number | null;
  readonly value: string;
  readonly message: string;
}

/**
 * Validates raw values; blanks take their defaults; `overrides` win. Only the labels of the
 * profile in force (the override, else «Bộ quy tắc») report errors. The year is «Năm đánh
 * giá», else the meeting's year, else `today`'s: a meeting on 07/12/2023 reviews 2023.
 */
export function parseSettings(
  raw: RawSettings,
  today: CalendarDate,
  rows: Partial<Record<SettingKey, number>> = {},
  overrides: SettingOverrides = {},
): { settings: Settings; errors: SettingError[] } {
  const errors: SettingError[] = [];
  let reported: ReadonlySet<SettingKey> = new Set<SettingKey>(['profile']);
  const value = <K extends SettingKey>(key: K): SettingValues[K] => {
    const spec = SETTINGS[key];
    const result = spec.parse.safeParse(raw[key] ?? '');
    if (result.success) return result.data ?? spec.fallback;
    if (reported.has(key) && !errors.some((e) => e.key === key)) {
      const message = settingProblem(key, raw[key]) ?? '';
      errors.push({ key, label: settingLabel(key), row: rows[key] ?? null, value: cellText(raw[key]), message });
    }
    return spec.fallback;
  };
  // «Bộ quy tắc» first: it says which labels belong to this run.
  const inForce = overrides.profile ?? profileById(value('profile'));
  reported = new Set(['profile', ...inForce.settings]);
  const read = recordOf<SettingValues>(SETTING_KEYS, value);
  const values: SettingValues = {
    ...read,
    quotaPercent: overrides.quotaPercent ?? read.quotaPercent,
    votingBase: overrides.votingBase ?? read.votingBase,
    separateHtxsBallot: overrides.separateHtxsBallot ?? read.separateHtxsBallot,
    cumulative: overrides.cumulative ?? read.cumulative,
    meetingDate: overrides.meetingDate ?? read.meetingDate,
  };
  const yearValue = values.year ?? values.meetingDate?.year ?? today.year;
  const settings: Settings = {
    ...values,
    profile: inForce,
    year: yearValue,
    schoolYear: values.schoolYear || `${yearValue - 1}-${yearValue}`,
  };
  return { settings, errors };
}
