/**
 * «Cấu hình»: a two-column table, label in column A and value in column B. Labels are
 * matched like headers; unknown labels are left alone. Each value is validated by the
 * same zod schema the sidebar form uses.
 */
import type { Level } from './levels';
import { cellText, foldKey, parseNumber, type CalendarDate } from './normalize';
import { PLAN_2023, PROFILES, findProfile, type Profile } from './profiles';
import * as cells from './schema';
import { MSG, SETTING_LABELS, type SettingKey } from './text';
import { RANK_VOCAB, TASK_RESULT_VOCAB, type Rank, type TaskResult } from './vocab';
import { compactKey } from './normalize';

export interface CellCriteria {
  readonly taskResult: TaskResult | null;
  readonly committeeUnited: boolean | null;
  readonly committeeLevel: Level | null;
  readonly meetsRegularly: boolean | null;
  readonly schoolRank: Rank | null;
  readonly youthRank: Rank | null;
  readonly unionRank: Rank | null;
  readonly corruptionDiscipline: boolean;
  readonly selfDetectedDiscipline: boolean;
}

export interface Settings {
  readonly parentCommittee: string;
  readonly cellName: string;
  readonly year: number;
  readonly schoolYear: string;
  readonly place: string;
  readonly meetingDate: CalendarDate | null;
  readonly documentNumber: string;
  readonly secretary: string;
  readonly profile: Profile;
  /** As set; null = use the profile's default (or the outstanding one). */
  readonly quotaPercent: number | null;
  readonly outstanding: boolean;
  /** null = counted from the roster. */
  readonly votingBase: number | null;
  readonly cumulative: boolean;
  readonly separateHtxsBallot: boolean;
  readonly cell: CellCriteria;
}

export interface SettingError {
  readonly key: SettingKey;
  readonly label: string;
  /** 1-based row in «Cấu hình», when it came from the sheet. */
  readonly row: number | null;
  readonly value: string;
  readonly message: string;
}

type Hinted<T> = { schema: cells.CellSchema<T>; hint: string };

function withHint<T>(schema: cells.CellSchema<T>, hint: string): Hinted<T> {
  return { schema, hint };
}

const text = withHint(cells.optionalText, MSG.hint.text);
const yesNoBlank = withHint(cells.yesNoOrBlank, MSG.hint.yesNo);

const year = withHint(
  cells.cellSchema<number | null>((raw) => {
    const n = parseNumber(raw);
    if (n === null) return { ok: true, value: null };
    return Number.isInteger(n) && n >= 1930 && n <= 2200 ? { ok: true, value: n } : { ok: false, problem: MSG.problem.notYear };
  }),
  MSG.hint.year,
);

const percent = withHint(
  cells.cellSchema<number | null>((raw) => {
    // A cell formatted as a percentage holds 0.15 for 15%.
    const scaled = typeof raw === 'number' && raw > 0 && raw < 1 ? Math.round(raw * 100 * 1e6) / 1e6 : raw;
    const n = parseNumber(cellText(scaled).replace(/%$/, ''));
    if (n === null) return { ok: true, value: null };
    return Number.isInteger(n) && n >= 0 && n <= 100 ? { ok: true, value: n } : { ok: false, problem: MSG.problem.percentRange };
  }),
  MSG.hint.percent,
);

const positiveWhole = withHint(
  cells.cellSchema<number | null>((raw) => {
    const n = parseNumber(raw);
    if (n === null) return { ok: true, value: null };
    if (!Number.isFinite(n)) return { ok: false, problem: MSG.problem.notNumber };
    return Number.isInteger(n) && n > 0 ? { ok: true, value: n } : { ok: false, problem: MSG.problem.notWhole };
  }),
  MSG.hint.votingBase,
);

function codedSetting<T>(vocab: ReadonlyMap<string, T>, problem: string, hint: string): Hinted<T | null> {
  return withHint(
    cells.cellSchema<T | null>((raw) => {
      const t = cellText(raw);
      if (t === '') return { ok: true, value: null };
      const code = vocab.get(compactKey(t));
      return code === undefined ? { ok: false, problem } : { ok: true, value: code };
    }),
    hint,
  );
}

const profile = withHint(
  cells.cellSchema<Profile>((raw) => {
    const t = cellText(raw);
    if (t === '') return { ok: true, value: PLAN_2023 };
    const found = findProfile(t);
    return found ? { ok: true, value: found } : { ok: false, problem: MSG.problem.notProfile };
  }),
  MSG.hint.profile(PROFILES.map((p) => `«${p.name}»`).join(', ')),
);

const rank = codedSetting<Rank>(RANK_VOCAB, MSG.problem.notRank, MSG.hint.rank);

/** The per-label schemas; the sidebar form validates with exactly these. */
export const SETTING_SCHEMAS = {
  parentCommittee: text,
  cellName: text,
  year,
  schoolYear: text,
  place: text,
  meetingDate: withHint(cells.date, MSG.hint.date),
  documentNumber: text,
  secretary: text,
  profile,
  quotaPercent: percent,
  outstanding: yesNoBlank,
  votingBase: positiveWhole,
  cumulative: yesNoBlank,
  separateHtxsBallot: yesNoBlank,
  taskResult: codedSetting<TaskResult>(TASK_RESULT_VOCAB, MSG.problem.notTaskResult, MSG.hint.taskResult),
  committeeUnited: yesNoBlank,
  committeeLevel: withHint(cells.level, MSG.hint.level),
  meetsRegularly: yesNoBlank,
  schoolRank: rank,
  youthRank: rank,
  unionRank: rank,
  corruptionDiscipline: yesNoBlank,
  selfDetectedDiscipline: yesNoBlank,
} satisfies Record<SettingKey, Hinted<unknown>>;

export const SETTING_KEYS = Object.keys(SETTING_LABELS) as SettingKey[];

const LABEL_LOOKUP: ReadonlyMap<string, SettingKey> = new Map(
  SETTING_KEYS.flatMap((key) => SETTING_LABELS[key].map((label) => [foldKey(label), key] as const)),
);

export function settingForLabel(label: unknown): SettingKey | undefined {
  return typeof label === 'string' ? LABEL_LOOKUP.get(foldKey(label)) : undefined;
}

export function settingLabel(key: SettingKey): string {
  return SETTING_LABELS[key][0];
}

export type RawSettings = Partial<Record<SettingKey, unknown>>;

/** Reads the label/value table. Returns the raw values and the row each came from. */
export function readSettingsGrid(grid: readonly (readonly unknown[])[]): { raw: RawSettings; rows: Partial<Record<SettingKey, number>> } {
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

/** Validates raw values; blanks take their defaults. `today` gives the default year. */
export function parseSettings(
  raw: RawSettings,
  today: CalendarDate,
  rows: Partial<Record<SettingKey, number>> = {},
): { settings: Settings; errors: SettingError[] } {
  const errors: SettingError[] = [];
  type Out<K extends SettingKey> = (typeof SETTING_SCHEMAS)[K] extends Hinted<infer T> ? T : never;
  const value = <K extends SettingKey>(key: K): Out<K> | null => {
    const { schema, hint } = SETTING_SCHEMAS[key];
    const result = schema.safeParse(raw[key] ?? '');
    if (result.success) return result.data as Out<K>;
    const label = settingLabel(key);
    const shown = cellText(raw[key]);
    errors.push({ key, label, row: rows[key] ?? null, value: shown, message: MSG.settingError(label, shown, result.error.issues[0]?.message ?? '', hint) });
    return null;
  };
  const yearValue = value('year') ?? today.year;
  const settings: Settings = {
    parentCommittee: value('parentCommittee') ?? '',
    cellName: value('cellName') ?? '',
    year: yearValue,
    schoolYear: value('schoolYear') || `${yearValue - 1}-${yearValue}`,
    place: value('place') ?? '',
    meetingDate: value('meetingDate') ?? null,
    documentNumber: value('documentNumber') ?? '',
    secretary: value('secretary') ?? '',
    profile: value('profile') ?? PLAN_2023,
    quotaPercent: value('quotaPercent') ?? null,
    outstanding: value('outstanding') ?? false,
    votingBase: value('votingBase') ?? null,
    cumulative: value('cumulative') ?? true,
    separateHtxsBallot: value('separateHtxsBallot') ?? false,
    cell: {
      taskResult: value('taskResult') ?? null,
      committeeUnited: value('committeeUnited') ?? null,
      committeeLevel: value('committeeLevel') ?? null,
      meetsRegularly: value('meetsRegularly') ?? null,
      schoolRank: value('schoolRank') ?? null,
      youthRank: value('youthRank') ?? null,
      unionRank: value('unionRank') ?? null,
      corruptionDiscipline: value('corruptionDiscipline') ?? false,
      selfDetectedDiscipline: value('selfDetectedDiscipline') ?? false,
    },
  };
  return { settings, errors };
}

/** P for the HTXS quota: the value set, else 20 for an outstanding chi bộ, else 15. */
export function effectiveQuotaPercent(settings: Settings): number {
  if (settings.quotaPercent !== null) return settings.quotaPercent;
  return settings.outstanding ? settings.profile.outstandingQuotaPercent : settings.profile.quotaPercent;
}
