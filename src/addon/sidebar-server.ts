/**
 * The server side of the sidebar: every google.script.run target in ServerApi. Reads are
 * one getValues per sheet; saving settings validates with the same zod schemas as the
 * client and writes nothing when any value is wrong.
 */
import { emptyCounts } from '../core/levels';
import { cellText, parseDate, toCalendarDate, type CalendarDate } from '../core/normalize';
import type { ClassificationRun } from '../core/run';
import { readSettingsGrid, settingLabel, SETTING_KEYS } from '../core/settings';
import { validateSettings } from '../core/setting-validation';
import { CELL_LEVEL_NAMES, NO, SHEET_NAMES, SIDEBAR, UI, YES, type SettingKey } from '../core/text';
import { SETTING_VALIDATION } from '../layout/template';
import { exportReportPdf, generateBallots, generateReport, generateReviewOrder, type DocumentResult } from './documents';
import type { CellValue, Services } from './gas';
import { readAndClassify, recompute, withDocumentLock } from './recompute';
import { literalGrid } from './safe-text';
import type { ActionResult, FieldKind, PdfResult, SaveResult, SettingField, SidebarState, WarningGroup } from './server-api';
import { UserError } from './user-error';

const NUMBER_FIELDS: readonly SettingKey[] = ['year', 'quotaPercent', 'votingBase'];

function fieldKind(key: SettingKey): FieldKind {
  if (key === 'meetingDate') return 'date';
  if (NUMBER_FIELDS.includes(key)) return 'number';
  const spec = SETTING_VALIDATION[key];
  if (spec?.kind === 'list') return spec.values.length === 2 && spec.values[0] === YES ? 'yesNo' : 'select';
  return 'text';
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(d: CalendarDate): string {
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}

function fieldText(key: SettingKey, raw: unknown): string {
  if (key === 'meetingDate') {
    const d = parseDate(raw);
    return d ? isoDate(d) : cellText(raw);
  }
  if (typeof raw === 'boolean') return raw ? YES : NO;
  // A cell formatted as a percentage holds 0.15 for 15%; the form shows 15.
  if (key === 'quotaPercent' && typeof raw === 'number' && raw > 0 && raw < 1) return String(Math.round(raw * 100 * 1e6) / 1e6);
  return cellText(raw);
}

function fields(settingsValues: readonly (readonly unknown[])[] | null): SettingField[] {
  const { raw } = readSettingsGrid(settingsValues ?? []);
  return SETTING_KEYS.map((key) => {
    const spec = SETTING_VALIDATION[key];
    return {
      key,
      label: settingLabel(key),
      kind: fieldKind(key),
      options: spec?.kind === 'list' ? [...spec.values] : [],
      value: fieldText(key, raw[key]),
      hint: (SIDEBAR.fieldHint as Partial<Record<SettingKey, string>>)[key] ?? '',
    };
  });
}

function warningGroups(run: ClassificationRun): WarningGroup[] {
  const groups = new Map<string, WarningGroup>();
  const add = (kind: string, item: WarningGroup['items'][number]) => {
    const group = groups.get(kind) ?? { kind, items: [] };
    group.items.push(item);
    groups.set(kind, group);
  };
  for (const e of run.errors) add(SIDEBAR.errorsGroup, { row: e.row, sheet: 'roster', name: '', text: e.message });
  for (const e of run.settingErrors) add(SIDEBAR.settingsGroup, { row: e.row, sheet: e.row === null ? null : 'settings', name: e.label, text: e.message });
  for (const r of run.results) {
    for (const w of r.warnings) add(w, { row: r.member.row, sheet: 'roster', name: r.member.name, text: w });
  }
  for (const n of run.notices) add(SIDEBAR.noticesGroup, { row: null, sheet: null, name: '', text: n });
  return [...groups.values()];
}

export function stateFor(run: ClassificationRun, settingsValues: readonly (readonly unknown[])[] | null): SidebarState {
  const groups = warningGroups(run);
  return {
    fields: fields(settingsValues),
    counts: { ...run.counts },
    votingBase: run.votingBase,
    quota: { percent: run.quota.percent, allowed: run.quota.allowed, used: run.quota.used, exceeded: run.quota.exceeded },
    cell: { result: run.cell.result, label: CELL_LEVEL_NAMES[run.cell.result], reasons: [...run.cell.reasons] },
    openWarnings: groups.reduce((n, g) => n + g.items.length, 0),
    groups,
  };
}

/** The state when the roster can't be read: the form still works, the message says why. */
function unusableState(services: Services, message: string): SidebarState {
  const settings = services.app.getActiveSpreadsheet().getSheetByName(SHEET_NAMES.settings);
  return {
    fields: fields(settings ? settings.getDataRange().getValues() : null),
    counts: emptyCounts(),
    votingBase: 0,
    quota: { percent: 0, allowed: 0, used: 0, exceeded: false },
    cell: { result: 'CXL', label: CELL_LEVEL_NAMES.CXL, reasons: [] },
    openWarnings: 1,
    groups: [{ kind: SIDEBAR.noticesGroup, items: [{ row: null, sheet: null, name: '', text: message }] }],
  };
}

export function sidebarState(services: Services, now: Date): SidebarState {
  try {
    const { run, settingsValues } = readAndClassify(services.app.getActiveSpreadsheet(), toCalendarDate(now));
    return stateFor(run, settingsValues);
  } catch (error) {
    if (error instanceof UserError) return unusableState(services, error.message);
    throw error;
  }
}

/** Typed value for the sheet: dates as Date, numbers as numbers, the rest as typed. */
function cellValueFor(key: SettingKey, text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  if (key === 'meetingDate') {
    const d = parseDate(trimmed);
    return d ? new Date(d.year, d.month - 1, d.day) : trimmed;
  }
  if (NUMBER_FIELDS.includes(key) && /^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

export function sidebarSaveSettings(services: Services, now: Date, values: Partial<Record<SettingKey, string>>): SaveResult {
  const known = Object.fromEntries(Object.entries(values ?? {}).filter(([k]) => (SETTING_KEYS as string[]).includes(k))) as Partial<Record<SettingKey, string>>;
  const errors = validateSettings(known);
  if (Object.keys(errors).length > 0) return { saved: false, errors, state: null };
  withDocumentLock(services, () => {
    const book = services.app.getActiveSpreadsheet();
    const sheet = book.getSheetByName(SHEET_NAMES.settings) ?? book.insertSheet(SHEET_NAMES.settings);
    const current = sheet.getLastRow() > 0 ? sheet.getDataRange().getValues() : [];
    const { raw, rows } = readSettingsGrid(current);
    const appended: CellValue[][] = [];
    // Only settings whose value changed are written, each in its own cell (at most one per
    // label, whatever the roster size), so a formula in another cell of «Cấu hình» survives.
    for (const key of Object.keys(known) as SettingKey[]) {
      const text = known[key] ?? '';
      const row = rows[key];
      if (!row) appended.push([settingLabel(key), cellValueFor(key, text)]);
      else if (fieldText(key, raw[key]) !== text.trim()) sheet.getRange(row, 2).setValues(literalGrid([[cellValueFor(key, text)]]));
    }
    if (appended.length > 0) sheet.getRange(current.length + 1, 1, appended.length, 2).setValues(literalGrid(appended));
  });
  return { saved: true, errors: {}, state: sidebarState(services, now) };
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
  const sheet = services.app.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet || !Number.isInteger(row) || row < 1) return;
  sheet.getRange(row, 1, 1, Math.max(sheet.getLastColumn(), 1)).activate();
}

