/**
 * «Cấu hình đảng ủy»: the đảng ủy's settings, a label in column A and its value in column B,
 * matched like «Cấu hình» (case, diacritics and spacing ignored; unknown labels left alone).
 * A small registry of its own, in the pattern of settings.ts: each entry has its cell schema,
 * the value of a blank cell, the hint of its error and its dropdown. Unlike a chi bộ's
 * «Cấu hình», a refused value stops «Tổng hợp»: these settings move the quota of every chi bộ.
 */
import type { ConsolidationOptions, QuotaScope } from '../consolidate';
import { type CalendarDate, cellText, foldKey, vocabulary } from '../normalize';
import { PROFILE_IDS, type ProfileId } from '../profiles/ids';
import { profileById } from '../profiles';
import { keysOf, recordOf } from '../record';
import * as cells from '../schema';
import { percentCell, profileCell, yearCell } from '../settings';
import { DANG_UY_SETTING_TEXT, DANG_UY_SETTING_WORDS, QUOTA_SCOPE_WORDS } from '../text/dang-uy';
import { PROFILE_NAMES } from '../text/domain';
import { MSG } from '../text/messages';

export type DangUyDropdown = 'yesNo' | 'quotaScope' | 'profile';

export interface DangUySettingSpec<T> {
  /** Reads the cell; null = blank. */
  readonly parse: cells.Cell<T | null>;
  /** The value of a blank cell. */
  readonly fallback: T;
  /** What to type, added to the error. */
  readonly hint: string;
  readonly dropdown?: DangUyDropdown;
  /** Written by «Tạo bảng mẫu» into a new label's value cell. */
  readonly initial?: 'dangBo' | 'no';
}

function spec<T>(
  parse: cells.Cell<T | null>,
  fallback: T,
  hint: string,
  extra: Pick<DangUySettingSpec<T>, 'dropdown' | 'initial'> = {},
): DangUySettingSpec<T> {
  return { parse, fallback, hint, ...extra };
}

const SCOPE_VOCAB = vocabulary<QuotaScope>([
  ['dangBo', QUOTA_SCOPE_WORDS.dangBo],
  ['chiBo', QUOTA_SCOPE_WORDS.chiBo],
]);

const scopeCell = cells.cell<QuotaScope | null>((raw) => {
  const text = cellText(raw);
  if (text === '') return null;
  return SCOPE_VOCAB.get(text) ?? new cells.CellProblem(DANG_UY_SETTING_TEXT.notScope);
});

const text = spec(cells.optionalText, '', MSG.hint.text);
const flag = spec<boolean>(cells.yesNoOrBlank, false, MSG.hint.yesNo, { dropdown: 'yesNo', initial: 'no' });
const PROFILE_HINT = DANG_UY_SETTING_TEXT.profileHint(PROFILE_IDS.map((id) => `«${PROFILE_NAMES[id]}»`).join(', '));

const DANG_UY_SETTING_DEFS = {
  dangUyName: text,
  superior: text,
  year: spec<number | null>(yearCell, null, MSG.hint.year),
  documentNumber: text,
  documentSymbol: text,
  place: text,
  date: spec<CalendarDate | null>(cells.date, null, MSG.hint.date),
  signer: text,
  signerTitle: text,
  profile: spec<ProfileId | null>(profileCell, null, PROFILE_HINT, { dropdown: 'profile' }),
  quotaScope: spec<QuotaScope>(scopeCell, 'dangBo', DANG_UY_SETTING_TEXT.scopeHint, {
    dropdown: 'quotaScope',
    initial: 'dangBo',
  }),
  quotaPercent: spec<number | null>(percentCell, null, MSG.hint.percent),
  outstanding: flag,
  smallGroupOne: flag,
};

type ValueOf<S> = S extends DangUySettingSpec<infer T> ? T : never;
export type DangUySettingKey = keyof typeof DANG_UY_SETTING_DEFS;
export type DangUySettingValues = { readonly [K in DangUySettingKey]: ValueOf<(typeof DANG_UY_SETTING_DEFS)[K]> };

export const DANG_UY_SETTINGS: { readonly [K in DangUySettingKey]: DangUySettingSpec<DangUySettingValues[K]> } =
  DANG_UY_SETTING_DEFS;
export const DANG_UY_SETTING_KEYS: readonly DangUySettingKey[] = keysOf(DANG_UY_SETTING_DEFS);

export function dangUySettingLabel(key: DangUySettingKey): string {
  return DANG_UY_SETTING_WORDS[key].headers[0];
}

const LABEL_LOOKUP: ReadonlyMap<string, DangUySettingKey> = new Map(
  DANG_UY_SETTING_KEYS.flatMap((key) => DANG_UY_SETTING_WORDS[key].headers.map((label) => [foldKey(label), key] as const)),
);

/** The key of a label in column A, if it is one of the đảng ủy's. */
export function dangUySettingForLabel(label: unknown): DangUySettingKey | undefined {
  return LABEL_LOOKUP.get(foldKey(cellText(label)));
}

export interface DangUySettings {
  readonly values: DangUySettingValues;
  /** One message per refused value, naming its row; empty when every value is usable. */
  readonly problems: string[];
  /** 1-based row of each label found. */
  readonly rows: Partial<Record<DangUySettingKey, number>>;
}

/** Reads the label/value table (the first row with a label wins); null grid = no such sheet. */
export function readDangUySettings(grid: readonly (readonly unknown[])[] | null): DangUySettings {
  const raw: Partial<Record<DangUySettingKey, unknown>> = {};
  const rows: Partial<Record<DangUySettingKey, number>> = {};
  (grid ?? []).forEach((line, i) => {
    const key = dangUySettingForLabel(line[0]);
    if (!key || key in raw) return;
    raw[key] = line[1] ?? '';
    rows[key] = i + 1;
  });
  const problems: string[] = [];
  const value = <K extends DangUySettingKey>(key: K): DangUySettingValues[K] => {
    const s = DANG_UY_SETTINGS[key];
    const result = s.parse.safeParse(raw[key] ?? '');
    if (result.success) return result.data ?? s.fallback;
    const problem = result.error.issues[0]?.message ?? '';
    problems.push(DANG_UY_SETTING_TEXT.error(rows[key] ?? 0, dangUySettingLabel(key), cellText(raw[key]), problem, s.hint));
    return s.fallback;
  };
  return { values: recordOf<DangUySettingValues>(DANG_UY_SETTING_KEYS, value), problems, rows };
}

/** What the engine's consolidation takes from the đảng ủy's settings. */
export function consolidationOptions(values: DangUySettingValues): ConsolidationOptions {
  return {
    scope: values.quotaScope,
    outstanding: values.outstanding,
    smallGroupOne: values.smallGroupOne,
    ...(values.profile !== null && { profile: profileById(values.profile) }),
    ...(values.quotaPercent !== null && { quotaPercent: values.quotaPercent }),
  };
}
