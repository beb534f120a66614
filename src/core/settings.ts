/**
 * «Cấu hình»: a two-column table, label in column A and value in column B. Labels are
 * matched like headers; unknown labels are left alone. The setting registry has one
 * entry per label: its parser (the same zod schema the sidebar form uses), the value a
 * blank or broken cell takes, the form field and the dropdown. The words (label,
 * aliases) live in text/columns.ts under the same key.
 */
import type { DropdownKind } from './columns';
import type { Level } from './levels';
import { cellText, foldKey, isUncomputedFormula, parseNumber, type CalendarDate, type Vocabulary } from './normalize';
import { DEFAULT_PROFILE_ID, findProfileId, PROFILE_IDS, type ProfileId } from './profiles/ids';
import { keysOf } from './record';
import * as cells from './schema';
import { SETTING_WORDS, settingLabel } from './text/columns';

export { settingLabel };
import { PROFILE_NAMES } from './text/domain';
import { MSG } from './text/messages';
import { RANK_VOCAB, TASK_RESULT_VOCAB, type Rank, type TaskResult } from './vocab';

/** How the sidebar shows a setting. */
export type FieldKind = 'text' | 'date' | 'yesNo' | 'select' | 'number';
export type HintKey = Exclude<keyof typeof MSG.hint, 'tally' | 'tallySum' | 'profile'>;

export interface SettingSpec<T> {
  /** Reads the cell; null = blank. */
  readonly parse: cells.Cell<T | null>;
  /** The value of a blank or broken cell. */
  readonly fallback: T;
  readonly field: FieldKind;
  readonly hint: HintKey | 'profile';
  readonly dropdown?: DropdownKind;
  /** Written into a new «Cấu hình» by «Tạo bảng mẫu». */
  readonly initial?: 'yes' | 'no' | 'profile';
}

interface SettingOptions {
  readonly dropdown?: DropdownKind;
  readonly initial?: 'yes' | 'no' | 'profile';
}

function setting<T>(
  parse: cells.Cell<T | null>,
  fallback: T,
  field: FieldKind,
  hint: HintKey | 'profile',
  options: SettingOptions = {},
): SettingSpec<T> {
  return { parse, fallback, field, hint, ...options };
}

const year = cells.cell<number | null>((raw) => {
  const n = parseNumber(raw);
  if (n === null) return null;
  return Number.isInteger(n) && n >= 1930 && n <= 2200 ? n : new cells.CellProblem(MSG.problem.notYear);
});

/** A cell formatted as a percentage holds 0.15 for 15%: the number the user typed. */
export function percentCellValue(raw: unknown): unknown {
  return typeof raw === 'number' && raw > 0 && raw < 1 ? Math.round(raw * 100 * 1e6) / 1e6 : raw;
}

const percent = cells.cell<number | null>((raw) => {
  const n = parseNumber(cellText(percentCellValue(raw)).replace(/%$/, ''));
  if (n === null) return null;
  return Number.isInteger(n) && n >= 0 && n <= 100 ? n : new cells.CellProblem(MSG.problem.percentRange);
});

const positiveWhole = cells.cell<number | null>((raw) => {
  const n = parseNumber(raw);
  if (n === null) return null;
  if (!Number.isFinite(n)) return new cells.CellProblem(MSG.problem.notNumber);
  return Number.isInteger(n) && n > 0 ? n : new cells.CellProblem(MSG.problem.notWhole);
});

function coded<T>(vocab: Vocabulary<T>, problem: string): cells.Cell<T | null> {
  return cells.cell<T | null>((raw) => {
    const t = cellText(raw);
    if (t === '') return null;
    return vocab.get(t) ?? new cells.CellProblem(problem);
  });
}

const profile = cells.cell<ProfileId | null>((raw) => {
  const t = cellText(raw);
  if (t === '') return null;
  return findProfileId(t) ?? new cells.CellProblem(MSG.problem.notProfile);
});

/** The cell schemas other registries reuse (the đảng ủy's «Cấu hình đảng ủy»). */
export { profile as profileCell, percent as percentCell, year as yearCell };

const rank = coded<Rank>(RANK_VOCAB, MSG.problem.notRank);
const yesNo = (fallback: boolean | null, initial?: 'yes' | 'no') =>
  setting<boolean | null>(
    cells.yesNoOrBlank,
    fallback,
    'yesNo',
    'yesNo',
    initial ? { dropdown: 'yesNo', initial } : { dropdown: 'yesNo' },
  );
const flag = (fallback: boolean, initial?: 'yes' | 'no') =>
  setting<boolean>(
    cells.yesNoOrBlank,
    fallback,
    'yesNo',
    'yesNo',
    initial ? { dropdown: 'yesNo', initial } : { dropdown: 'yesNo' },
  );
const text = setting(cells.optionalText, '', 'text', 'text');

const SETTING_DEFS = {
  parentCommittee: text,
  chiBoName: text,
  year: setting<number | null>(year, null, 'number', 'year'),
  schoolYear: text,
  place: text,
  meetingDate: setting<CalendarDate | null>(cells.date, null, 'date', 'date'),
  documentNumber: text,
  documentSymbol: text,
  basis: text,
  receivingBody: text,
  secretary: text,
  meetingChair: text,
  minuteTaker: text,
  profile: setting<ProfileId>(profile, DEFAULT_PROFILE_ID, 'select', 'profile', { dropdown: 'profile', initial: 'profile' }),
  quotaPercent: setting<number | null>(percent, null, 'number', 'percent'),
  outstanding: flag(false, 'no'),
  votingBase: setting<number | null>(positiveWhole, null, 'number', 'votingBase'),
  cumulative: flag(true, 'yes'),
  separateHtxsBallot: flag(false, 'no'),
  taskResult: setting<TaskResult | null>(coded(TASK_RESULT_VOCAB, MSG.problem.notTaskResult), null, 'select', 'taskResult', {
    dropdown: 'taskResult',
  }),
  committeeUnited: yesNo(null),
  committeeLevel: setting<Level | null>(cells.level, null, 'select', 'level', { dropdown: 'level' }),
  meetsRegularly: yesNo(null),
  schoolRank: setting<Rank | null>(rank, null, 'select', 'rank', { dropdown: 'rank' }),
  youthRank: setting<Rank | null>(rank, null, 'select', 'rank', { dropdown: 'rank' }),
  unionRank: setting<Rank | null>(rank, null, 'select', 'rank', { dropdown: 'rank' }),
  corruptionDiscipline: flag(false, 'no'),
  selfDetectedDiscipline: flag(false, 'no'),
  votesAtMeeting: flag(false, 'no'),
  quotaByGroup: flag(true, 'yes'),
  smallGroupOne: flag(false, 'no'),
  outstandingUnit: flag(false, 'no'),
  chiBoGeneralScore: setting<number | null>(cells.hundredths(30), null, 'number', 'score30'),
  chiBoTaskScore: setting<number | null>(cells.hundredths(70), null, 'number', 'score70'),
  chiBoTasksAssigned: setting<number | null>(cells.count, null, 'number', 'count'),
  chiBoTasksDone: setting<number | null>(cells.count, null, 'number', 'count'),
  chiBoTasksLate: setting<number | null>(cells.count, null, 'number', 'count'),
  chiBoTasksAbove: setting<number | null>(cells.count, null, 'number', 'count'),
  chiBoRemedied: yesNo(null),
  cadreViolation: flag(false, 'no'),
  committeeDisciplined: flag(false, 'no'),
  committeeDegraded: flag(false, 'no'),
};

type ValueOf<S> = S extends SettingSpec<infer T> ? T : never;
export type SettingKey = keyof typeof SETTING_DEFS;
/** Every setting's value after defaults, typed from the registry. */
export type SettingValues = { readonly [K in SettingKey]: ValueOf<(typeof SETTING_DEFS)[K]> };

export const SETTINGS: { readonly [K in SettingKey]: SettingSpec<SettingValues[K]> } = SETTING_DEFS;
export const SETTING_KEYS: readonly SettingKey[] = keysOf(SETTING_DEFS);

/** Every label and alias by foldKey; built on first use, not when the script loads. */
let labelLookup: ReadonlyMap<string, SettingKey> | undefined;

function settingForLabel(label: unknown): SettingKey | undefined {
  if (typeof label !== 'string') return undefined;
  labelLookup ??= new Map(SETTING_KEYS.flatMap((key) => SETTING_WORDS[key].headers.map((text) => [foldKey(text), key] as const)));
  return labelLookup.get(foldKey(label));
}

function settingHint(key: SettingKey): string {
  const hint = SETTINGS[key].hint;
  return hint === 'profile' ? MSG.hint.profile(PROFILE_IDS.map((id) => `«${PROFILE_NAMES[id]}»`).join(', ')) : MSG.hint[hint];
}

export type RawSettings = Partial<Record<SettingKey, unknown>>;

/** Reads the label/value table. Returns the raw values and the row each came from. */
export function readSettingsGrid(grid: readonly (readonly unknown[])[]): {
  raw: RawSettings;
  rows: Partial<Record<SettingKey, number>>;
} {
  const raw: RawSettings = {};
  const rows: Partial<Record<SettingKey, number>> = {};
  grid.forEach((line, i) => {
    const key = settingForLabel(line[0]);
    if (!key || key in raw) return;
    raw[key] = line[1] ?? '';
    rows[key] = i + 1;
  });
  return { raw, rows };
}

/** Checks one setting's text; the Vietnamese message, or null when it is valid. */
export function settingProblem(key: SettingKey, raw: unknown): string | null {
  const result = SETTINGS[key].parse.safeParse(raw ?? '');
  if (result.success) return null;
  const hint = isUncomputedFormula(raw) ? MSG.hint.uncomputedFormula : settingHint(key);
  return MSG.settingError(settingLabel(key), cellText(raw), result.error.issues[0]?.message ?? '', hint);
}
