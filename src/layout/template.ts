/**
 * What «Tạo bảng mẫu» sets up, as plain data: the canonical headers, which columns get a
 * dropdown or a checkbox, widths, and the colours of results and warnings.
 */
import { DOCUMENT_COLUMNS, INPUT_COLUMNS, OUTPUT_COLUMNS } from '../core/columns';
import { LEVELS } from '../core/levels';
import { settingLabel, SETTING_KEYS } from '../core/settings';
import { DEFAULT_PROFILE_NAME, DROPDOWNS, NO, STATUS_NAMES, TASK_RESULT_NAMES, TEMPLATE, YES, headerOf, type ColumnKey, type SettingKey } from '../core/text';

export type ValidationSpec =
  | { readonly kind: 'list'; readonly values: readonly string[]; readonly help: string }
  | { readonly kind: 'checkbox' };

const YES_NO: ValidationSpec = { kind: 'list', values: [YES, NO], help: TEMPLATE.validationHelp.yesNo };
const LEVEL_LIST: ValidationSpec = { kind: 'list', values: LEVELS, help: TEMPLATE.validationHelp.level };

export const ROSTER_VALIDATION: Partial<Record<ColumnKey, ValidationSpec>> = {
  leader: YES_NO,
  membership: { kind: 'list', values: DROPDOWNS.membership, help: TEMPLATE.validationHelp.membership },
  status: {
    kind: 'list',
    values: [STATUS_NAMES.absent, STATUS_NAMES.exempt, STATUS_NAMES.suspended, STATUS_NAMES.under6months],
    help: TEMPLATE.validationHelp.status,
  },
  emulation: { kind: 'list', values: DROPDOWNS.emulation, help: TEMPLATE.validationHelp.emulation },
  discipline: YES_NO,
  selfAssessment: LEVEL_LIST,
  committeeProposal: LEVEL_LIST,
  conclusion: LEVEL_LIST,
  ...Object.fromEntries(DOCUMENT_COLUMNS.map((key) => [key, { kind: 'checkbox' } as const])),
};

/** Widths in pixels, as Sheets measures them. */
export const ROSTER_WIDTHS: Partial<Record<ColumnKey, number>> = {
  stt: 45, name: 200, post: 200, leader: 90, membership: 110, status: 130, admissionDate: 110, emulation: 120,
  sickMonths: 90, discipline: 100, faults: 220, selfAssessment: 90, committeeProposal: 90,
  votesHTXS: 80, votesHTT: 80, votesHT: 80, votesKHT: 80, conclusion: 110,
  docSelfReview: 90, docResidence: 110, docBiography: 110,
  outCeiling: 110, outByVotes: 110, outResult: 120, outWarnings: 220, outExplanation: 480,
};

export const ROSTER_HEADERS: string[] = [...INPUT_COLUMNS, ...OUTPUT_COLUMNS].map(headerOf);

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

const RANK_LIST: ValidationSpec = { kind: 'list', values: DROPDOWNS.ranks, help: '' };

export const SETTING_VALIDATION: Partial<Record<SettingKey, ValidationSpec>> = {
  outstanding: YES_NO,
  cumulative: YES_NO,
  separateHtxsBallot: YES_NO,
  taskResult: { kind: 'list', values: ['HTXS', 'HTT', 'HT', TASK_RESULT_NAMES.FAILED2], help: '' },
  committeeUnited: YES_NO,
  committeeLevel: LEVEL_LIST,
  meetsRegularly: YES_NO,
  schoolRank: RANK_LIST,
  youthRank: RANK_LIST,
  unionRank: RANK_LIST,
  corruptionDiscipline: YES_NO,
  selfDetectedDiscipline: YES_NO,
};

/** Defaults written into a new «Cấu hình»; the rest stays blank for the user. */
export const SETTING_DEFAULTS: Partial<Record<SettingKey, string>> = {
  profile: DEFAULT_PROFILE_NAME,
  outstanding: NO,
  cumulative: YES,
  separateHtxsBallot: NO,
  corruptionDiscipline: NO,
  selfDetectedDiscipline: NO,
};

export function settingsTemplateGrid(): string[][] {
  return [[...TEMPLATE.settingsHeader], ...SETTING_KEYS.map((key) => [settingLabel(key), SETTING_DEFAULTS[key] ?? ''])];
}
