/**
 * The server side of the sidebar: every google.script.run target in ServerApi. Reads are
 * one getValues per sheet; saving settings validates with the same zod schemas as the
 * client and writes nothing when any value is wrong.
 */
import { emptyCounts } from '../core/levels';
import { cellText, pad2, parseDate, toCalendarDate, type CalendarDate } from '../core/normalize';
import { profileName, type Profile } from '../core/profiles';
import { effectiveQuotaPercent, type QuotaSummary } from '../core/quota-step';
import { usesVotes, type ClassificationRun } from '../core/run';
import { parseSettings, type Settings } from '../core/run-settings';
import { percentCellValue, readSettingsGrid, SETTING_KEYS, SETTINGS, settingLabel, type SettingKey } from '../core/settings';
import { validateSettings } from '../core/setting-validation';
import { CHI_BO_LEVEL_NAMES_BY_PROFILE, NO, PEER_GROUP_NAMES, YES } from '../core/text/domain';
import { WARNING_LABELS } from '../core/text/messages';
import { SHEET_NAMES } from '../core/text/sheets';
import { SIDEBAR, UI } from '../core/text/ui';
import { settingValidation } from '../layout/template';
import { exportReportPdf, generateBallots, generateReport, generateReviewOrder, type DocumentResult } from './documents';
import type { CellValue, Services, Sheet, Spreadsheet } from './gas';
import { withDocumentLock } from './lock';
import { classifyValues, recompute } from './recompute';
import { literalGrid } from './safe-text';
import type {
  ActionResult,
  PdfResult,
  QuotaGroupState,
  SaveResult,
  SettingField,
  SidebarState,
  WarningGroup,
  WarningGroupKind,
} from './server-api';
import { UserError } from './user-error';
import { findSheet } from './find-sheet';

function isoDate(d: CalendarDate): string {
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}

function fieldText(key: SettingKey, raw: unknown): string {
  const field = SETTINGS[key].field;
  if (field === 'date') {
    const d = parseDate(raw);
    return d ? isoDate(d) : cellText(raw);
  }
  if (typeof raw === 'boolean') return raw ? YES : NO;
  // A cell formatted as a percentage holds 0.15 for 15%; the form shows 15.
  if (SETTINGS[key].hint === 'percent') return cellText(percentCellValue(raw));
  return cellText(raw);
}

function fieldHint(key: SettingKey, profile: Profile): string {
  if (key === 'year') return SIDEBAR.fieldHint.year();
  if (key === 'quotaPercent') return SIDEBAR.fieldHint.quotaPercent(profile, settingLabel(profile.outstandingSetting));
  if (key === 'votingBase') return SIDEBAR.fieldHint.votingBase();
  return '';
}

/** The blank choice of a dropdown; for a Có/Không setting with a default, what blank means («Biểu quyết tại chi bộ»: Không). */
function blankLabel(key: SettingKey): string {
  const fallback = SETTINGS[key].fallback;
  if (SETTINGS[key].field === 'yesNo' && typeof fallback === 'boolean') return SIDEBAR.selectBlankMeans(fallback ? YES : NO);
  return SIDEBAR.selectBlank;
}

/** The settings of «Cấu hình» as read (null when the sheet is missing), with the defaults of blank cells. */
function sheetSettings(settingsValues: readonly (readonly unknown[])[] | null): Settings {
  const { raw } = readSettingsGrid(settingsValues ?? []);
  return parseSettings(raw, { year: 2000, month: 1, day: 1 }).settings;
}

/** One form field per «Cấu hình» label of the profile in force. */
function fields(settingsValues: readonly (readonly unknown[])[] | null, profile: Profile): SettingField[] {
  const { raw } = readSettingsGrid(settingsValues ?? []);
  return profile.settings.map((key) => {
    const spec = settingValidation(key);
    return {
      key,
      label: settingLabel(key),
      kind: SETTINGS[key].field,
      options: spec?.kind === 'list' ? [...spec.values] : [],
      value: fieldText(key, raw[key]),
      blankLabel: blankLabel(key),
      hint: fieldHint(key, profile),
    };
  });
}

function profileState(profile: Profile): SidebarState['profile'] {
  return { id: profile.id, name: profileName(profile) };
}

function quotaState(quota: QuotaSummary): SidebarState['quota'] {
  const groups = quota.groups.map(
    (g): QuotaGroupState => ({
      group: g.group,
      label: g.group === null ? SIDEBAR.quotaWhole : PEER_GROUP_NAMES[g.group],
      base: g.base,
      allowed: g.allowed,
      used: g.used,
      exceeded: g.exceeded,
    }),
  );
  return { percent: quota.percent, allowed: quota.allowed, used: quota.used, exceeded: quota.exceeded, groups };
}

function warningGroups(run: ClassificationRun): WarningGroup[] {
  const groups = new Map<WarningGroupKind, WarningGroup>();
  const add = (kind: WarningGroupKind, label: string, item: WarningGroup['items'][number]) => {
    const group = groups.get(kind) ?? { kind, label, items: [] };
    group.items.push(item);
    groups.set(kind, group);
  };
  for (const e of run.errors) add('errors', SIDEBAR.errorsGroup, { row: e.row, sheet: 'roster', name: '', text: e.message });
  for (const e of run.settingErrors) {
    add('settings', SIDEBAR.settingsGroup, {
      row: e.row,
      sheet: e.row === null ? null : 'settings',
      name: e.label,
      text: e.message,
    });
  }
  for (const r of run.results) {
    for (const code of r.warnings)
      add(code, WARNING_LABELS[code], { row: r.member.row, sheet: 'roster', name: r.member.name, text: '' });
  }
  for (const n of run.notices) add('notices', SIDEBAR.noticesGroup, { row: null, sheet: null, name: '', text: n });
  return [...groups.values()];
}

export function stateFor(run: ClassificationRun, settingsValues: readonly (readonly unknown[])[] | null): SidebarState {
  const groups = warningGroups(run);
  const profile = run.settings.profile;
  return {
    profile: profileState(profile),
    problems: [],
    fields: fields(settingsValues, profile),
    counts: { ...run.counts },
    votes: usesVotes(run.settings),
    votingBase: run.votingBase,
    quota: quotaState(run.quota),
    chiBo: {
      result: run.chiBo.result,
      label: CHI_BO_LEVEL_NAMES_BY_PROFILE[profile.id][run.chiBo.result],
      reasons: [...(run.chiBo.scoreLine ? [run.chiBo.scoreLine] : []), ...run.chiBo.reasons],
    },
    openWarnings: groups.reduce((n, g) => n + g.items.length, 0),
    groups,
  };
}

/**
 * The state when the roster can't be read (a missing column, no «Danh sách»): the form
 * still works, so the user can fix «Cấu hình» or switch the profile back, and the summary
 * says why there are no results instead of showing zeros.
 */
function unusableState(settingsValues: unknown[][] | null, message: string): SidebarState {
  const settings = sheetSettings(settingsValues);
  const profile = settings.profile;
  return {
    profile: profileState(profile),
    problems: message.split('\n').filter((line) => line.trim() !== ''),
    fields: fields(settingsValues, profile),
    counts: emptyCounts(),
    votes: usesVotes(settings),
    votingBase: 0,
    quota: { percent: effectiveQuotaPercent(settings), allowed: 0, used: 0, exceeded: false, groups: [] },
    chiBo: { result: 'CXL', label: CHI_BO_LEVEL_NAMES_BY_PROFILE[profile.id].CXL, reasons: [] },
    openWarnings: 0,
    groups: [],
  };
}

/** The roster as read, or why it can't be read (a UserError's message). */
type RosterRead = { readonly sheet: Sheet; readonly values: unknown[][] } | { readonly problem: string };

function readRoster(book: Spreadsheet): RosterRead {
  try {
    const sheet = findSheet(book, SHEET_NAMES.roster);
    if (!sheet) return { problem: UI.missingSheet(SHEET_NAMES.roster) };
    return { sheet, values: sheet.getDataRange().getValues() };
  } catch (error) {
    if (error instanceof UserError) return { problem: error.message };
    throw error;
  }
}

/** The state of a roster and «Cấu hình» already in hand: classifying reads nothing. */
function stateOf(roster: RosterRead, settingsValues: unknown[][] | null, now: Date): SidebarState {
  if ('problem' in roster) return unusableState(settingsValues, roster.problem);
  try {
    const { run } = classifyValues(roster.sheet, roster.values, settingsValues, toCalendarDate(now));
    return stateFor(run, settingsValues);
  } catch (error) {
    if (error instanceof UserError) return unusableState(settingsValues, error.message);
    throw error;
  }
}

export function sidebarState(services: Services, now: Date): SidebarState {
  const book = services.book();
  const roster = readRoster(book);
  const settingsSheet = findSheet(book, SHEET_NAMES.settings);
  return stateOf(roster, settingsSheet ? settingsSheet.getDataRange().getValues() : null, now);
}

/** Typed value for the sheet: dates as Date, numbers as numbers, the rest as typed. */
function cellValueFor(key: SettingKey, text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  if (SETTINGS[key].field === 'date') {
    const d = parseDate(trimmed);
    return d ? new Date(d.year, d.month - 1, d.day) : trimmed;
  }
  if (SETTINGS[key].field === 'number' && /^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

/**
 * Saves the settings that changed and answers with the new state. Both sheets are read before
 * anything is written, and the state is classified from «Cấu hình» as written, so no read
 * follows a write. Locally that grid equals a second read; in Sheets a text that Sheets
 * itself turns into a number or a date on entry shows as typed until the next refresh.
 */
export function sidebarSaveSettings(services: Services, now: Date, values: Partial<Record<SettingKey, string>>): SaveResult {
  const known: Partial<Record<SettingKey, string>> = {};
  for (const key of SETTING_KEYS) {
    const value = values?.[key];
    if (typeof value === 'string') known[key] = value;
  }
  const errors = validateSettings(known);
  if (Object.keys(errors).length > 0) return { saved: false, errors, state: null };
  const state = withDocumentLock(services, () => {
    const book = services.book();
    const existing = findSheet(book, SHEET_NAMES.settings);
    const current = existing && existing.getLastRow() > 0 ? existing.getDataRange().getValues() : [];
    const roster = readRoster(book);
    const { raw, rows } = readSettingsGrid(current);
    const written = current.map((row) => [...row]);
    const changed: { row: number; value: CellValue }[] = [];
    const appended: CellValue[][] = [];
    // Only settings whose value changed are written, each in its own cell (at most one per
    // label, whatever the roster size), so a formula in another cell of «Cấu hình» survives.
    for (const key of SETTING_KEYS) {
      const text = known[key];
      if (text === undefined) continue;
      const row = rows[key];
      if (!row) appended.push([settingLabel(key), cellValueFor(key, text)]);
      else if (fieldText(key, raw[key]) !== text.trim()) changed.push({ row, value: cellValueFor(key, text) });
    }
    const sheet = existing ?? book.insertSheet(SHEET_NAMES.settings);
    for (const { row, value } of changed) {
      sheet.getRange(row, 2).setValues(literalGrid([[value]]));
      const line = written[row - 1] ?? [];
      line[1] = value;
      written[row - 1] = line;
    }
    if (appended.length > 0) {
      sheet.getRange(current.length + 1, 1, appended.length, 2).setValues(literalGrid(appended));
      written.push(...appended.map((row) => [...row]));
    }
    return stateOf(roster, rectangular(written), now);
  });
  return { saved: true, errors: {}, state };
}

/** A grid as getDataRange().getValues() gives it: every row as wide as the widest, blanks as ''. */
function rectangular(grid: unknown[][]): unknown[][] {
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}

/** The state comes from the run the action already made: no second read of the sheets. */
function action(run: () => DocumentResult): ActionResult {
  const { message, recomputed } = run();
  return { message, state: stateFor(recomputed.run, recomputed.settingsValues) };
}

export function sidebarRecompute(services: Services, now: Date): ActionResult {
  const { run, settingsValues } = recompute(services, toCalendarDate(now));
  return { message: UI.recomputed(run.results.length, run.errors.length), state: stateFor(run, settingsValues) };
}

export function sidebarReport(services: Services, now: Date): ActionResult {
  return action(() => generateReport(services, toCalendarDate(now)));
}

export function sidebarBallots(services: Services, now: Date): ActionResult {
  return action(() => generateBallots(services, toCalendarDate(now)));
}

export function sidebarReviewOrder(services: Services, now: Date): ActionResult {
  return action(() => generateReviewOrder(services, toCalendarDate(now)));
}

export function sidebarExportPdf(services: Services, now: Date): PdfResult {
  const { fileName, base64, recomputed } = exportReportPdf(services, toCalendarDate(now));
  return { fileName, base64, state: stateFor(recomputed.run, recomputed.settingsValues) };
}

/** Selects the whole row in «Danh sách» (or «Cấu hình») so the user sees it. */
export function sidebarSelectRow(services: Services, sheetKey: 'roster' | 'settings', row: number): void {
  const name = sheetKey === 'settings' ? SHEET_NAMES.settings : SHEET_NAMES.roster;
  const sheet = services.book().getSheetByName(name);
  if (!sheet || !Number.isInteger(row) || row < 1) return;
  sheet.getRange(row, 1, 1, Math.max(sheet.getLastColumn(), 1)).activate();
}
