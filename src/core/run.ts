/**
 * The whole classification of one chi bộ: roster grid + settings grid in, every
 * member's result, the quota, the chi bộ level and every error out. Pure: the date
 * comes in as an argument.
 */
import { classifyChiBo, type ChiBoResult } from './chi-bo';
import { classifyMember, isUnderSixMonths, votesPass, type MemberResult, type RuleContext } from './classify';
import { emptyCounts, isAbove, type OutcomeCounts } from './levels';
import type { Member, RowError } from './member';
import type { CalendarDate } from './normalize';
import { allowedHtxs, quotaExceeded, rankForQuota } from './quota';
import { parseRoster, rowError, type ParsedRoster } from './roster';
import {
  effectiveQuotaPercent, parseSettings, readSettingsGrid,
  type RawSettings, type SettingError, type Settings,
} from './settings';
import { DOCUMENT_NAMES, LEVEL_NAMES, STATUS_NAMES } from './text/domain';
import { EXPLAIN, MSG } from './text/messages';
import { SHEET_NAMES } from './text/sheets';
import { ballotColumns, type TallyMode } from './votes';
import { columnLabel, type ColumnMap } from './columns';
import type { Profile } from './profiles';
import { keysOf } from './record';

/** The values of a sheet as one batch read gives them: rows of cells. */
export type CellGrid = readonly (readonly unknown[])[];

/** Command-line flags (or sidebar actions) that win over «Cấu hình». */
export interface SettingOverrides {
  readonly quotaPercent?: number;
  readonly votingBase?: number;
  readonly separateHtxsBallot?: boolean;
  readonly cumulative?: boolean;
  readonly meetingDate?: CalendarDate;
  readonly profile?: Profile;
}

export interface RunInput {
  readonly roster: CellGrid;
  /** The «Cấu hình» grid, or null when the workbook has none. */
  readonly settings: CellGrid | null;
  readonly today: CalendarDate;
  readonly overrides?: SettingOverrides;
}

export interface QuotaSummary {
  readonly percent: number;
  /** Members at HTXS or HTT (T). */
  readonly base: number;
  readonly allowed: number;
  readonly used: number;
  readonly exceeded: boolean;
}

export interface ClassificationRun {
  /** When non-empty, the roster can't be used: nothing else is meaningful. */
  readonly fatal: string[];
  readonly settings: Settings;
  readonly settingErrors: SettingError[];
  readonly settingRows: Partial<Record<string, number>>;
  readonly columns: ColumnMap;
  readonly results: MemberResult[];
  readonly errors: RowError[];
  readonly counts: OutcomeCounts;
  readonly votingBase: number;
  readonly quota: QuotaSummary;
  /** The chi bộ's own level. */
  readonly chiBo: ChiBoResult;
  /** Problems that belong to no single row. */
  readonly notices: string[];
}

function applyOverrides(settings: Settings, overrides: SettingOverrides = {}): Settings {
  return {
    ...settings,
    quotaPercent: overrides.quotaPercent ?? settings.quotaPercent,
    votingBase: overrides.votingBase ?? settings.votingBase,
    separateHtxsBallot: overrides.separateHtxsBallot ?? settings.separateHtxsBallot,
    cumulative: overrides.cumulative ?? settings.cumulative,
    meetingDate: overrides.meetingDate ?? settings.meetingDate,
    profile: overrides.profile ?? settings.profile,
  };
}

/** N: official members whose status is active (QĐ 24 §9.3.2), unless fixed in «Cấu hình». */
function countVotingBase(members: readonly Member[], meetingDate: CalendarDate | null): number {
  return members.filter((m) => m.membership === 'official' && m.status === 'active' && !isUnderSixMonths(m, meetingDate)).length;
}

function tallyErrors(parsed: ParsedRoster, members: readonly Member[], base: number, mode: TallyMode, broken: Set<number>): RowError[] {
  const errors: RowError[] = [];
  const grid = parsed.columns;
  const keys = { HTXS: 'votesHTXS', HTT: 'votesHTT', HT: 'votesHT', KHT: 'votesKHT' } as const;
  const shared = ballotColumns(mode);
  for (const m of members) {
    if (broken.has(m.row)) continue;
    let rowHasError = false;
    for (const level of ['HTXS', 'HTT', 'HT', 'KHT'] as const) {
      if (m.votes[level] > base) {
        errors.push(rowError(grid, m.row, keys[level], m.votes[level], MSG.problem.tallyAboveBase(base), MSG.hint.tally));
        rowHasError = true;
      }
    }
    const sum = shared.reduce((total, level) => total + m.votes[level], 0);
    if (!rowHasError && sum > base) {
      const names = shared.map((level) => columnLabel(grid, keys[level]));
      const value = shared.map((level) => m.votes[level]).join(' + ');
      const column = names.join(' + ');
      errors.push({
        row: m.row, columns: shared.map((level) => keys[level]), column, value,
        message: MSG.cellError(m.row, column, value, MSG.problem.tallySumAboveBase(sum, base, names.join(', ')), MSG.hint.tallySum),
      });
    }
  }
  return errors;
}

function missingEmulationErrors(parsed: ParsedRoster, members: readonly Member[], broken: Set<number>, meetingDate: CalendarDate | null): RowError[] {
  return members
    .filter((m) => !broken.has(m.row) && m.emulation === null && m.status === 'active' && !m.discipline && m.faults.length === 0 && !isUnderSixMonths(m, meetingDate))
    .map((m) => rowError(parsed.columns, m.row, 'emulation', '', MSG.problem.required));
}

export function runClassification(input: RunInput): ClassificationRun {
  const { raw, rows } = input.settings ? readSettingsGrid(input.settings) : { raw: {} as RawSettings, rows: {} };
  const parsedSettings = parseSettings(raw, input.today, rows);
  const settings = applyOverrides(parsedSettings.settings, input.overrides);
  const parsed = parseRoster(input.roster, SHEET_NAMES.roster, settings.profile);
  const meetingDate = settings.meetingDate ?? input.today;
  const members = parsed.members;
  // A member whose status cell is broken might not be active: leave them out of N until fixed.
  const unknownStatus = new Set(parsed.errors.filter((e) => e.columns.includes('status')).map((e) => e.row));
  const votingBase = settings.votingBase ?? countVotingBase(members.filter((m) => !unknownStatus.has(m.row)), meetingDate);
  const mode: TallyMode = { cumulative: settings.cumulative, separateHtxsBallot: settings.separateHtxsBallot };
  const ctx: RuleContext = { ...mode, votingBase, profile: settings.profile, meetingDate };

  const errors = [...parsed.errors];
  const broken = new Set(errors.map((e) => e.row));
  errors.push(...tallyErrors(parsed, members, votingBase, mode, broken));
  errors.push(...missingEmulationErrors(parsed, members, broken, meetingDate));
  errors.sort((a, b) => a.row - b.row);
  const errorRows = new Set(errors.map((e) => e.row));

  const results = members.map((m) => classifyMember(m, ctx, errorRows.has(m.row)));
  const percent = effectiveQuotaPercent(settings);
  applyQuotaStep(results, percent);
  applyConclusions(results, ctx);
  const quota = finalQuota(results, percent);
  addDocumentsAndComparison(results);

  const counts = emptyCounts();
  for (const r of results) counts[r.result]++;
  const chiBo = classifyChiBo(settings, {
    members: members.length,
    kht: counts.KHT,
    disciplined: members.filter((m) => m.discipline).length,
  });
  const notices: string[] = [];
  if (votingBase === 0 && members.length > 0) notices.push(MSG.noVotingBase);
  if (members.length === 0 && parsed.fatal.length === 0) notices.push(MSG.noMembers(SHEET_NAMES.roster));
  return {
    fatal: parsed.fatal, settings, settingErrors: parsedSettings.errors, settingRows: rows, columns: parsed.columns,
    results, errors, counts, votingBase, quota, chiBo, notices,
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Step 7: demote HTXS members beyond the quota, lowest Phiếu HTXS first; ties all go. */
function applyQuotaStep(results: MemberResult[], percent: number): void {
  const candidates = results.flatMap((r, id) => (r.ruleResult === 'HTXS' ? [{ id, htxsVotes: r.member.votes.HTXS }] : []));
  const base = results.filter((r) => r.ruleResult === 'HTXS' || r.ruleResult === 'HTT').length;
  const allowed = Math.min(candidates.length, allowedHtxs(base, percent));
  const decision = rankForQuota(candidates, allowed);
  for (const id of decision.demoted) {
    const r = results[id] as Mutable<MemberResult>;
    r.result = 'HTT';
    r.warnings.push('quotaDemoted');
    r.explanation.push(EXPLAIN.quotaDemoted(allowed, percent, r.member.votes.HTXS));
  }
  for (const id of decision.tied) {
    const r = results[id] as Mutable<MemberResult>;
    r.result = 'HTT';
    r.warnings.push('quotaTie');
    r.explanation.push(EXPLAIN.quotaTie(r.member.votes.HTXS, allowed));
  }
}

/** Step 8: «Kết luận chi bộ» is final, with a warning when criteria or votes don't back it. */
function applyConclusions(results: MemberResult[], ctx: RuleContext): void {
  for (const result of results) {
    const r = result as Mutable<MemberResult>;
    const conclusion = r.member.conclusion;
    if (!conclusion || r.hasError) continue;
    if (r.ruleResult === 'KXL') {
      r.warnings.push('overrideIgnored');
      r.explanation.push(EXPLAIN.overrideIgnored(STATUS_NAMES[r.member.status] || EXPLAIN.under6monthsShort));
      continue;
    }
    // An absent member is judged at the next meeting they attend: their criteria and votes
    // are not known yet, so a conclusion can't be checked and is not applied.
    if (r.member.status === 'absent') {
      r.warnings.push('overrideIgnored');
      r.explanation.push(EXPLAIN.overrideAbsent);
      continue;
    }
    r.result = conclusion;
    r.overridden = true;
    r.explanation.push(EXPLAIN.override(LEVEL_NAMES[conclusion]));
    if (r.ceiling && isAbove(conclusion, r.ceiling)) {
      r.warnings.push('overrideAboveCeiling');
      r.explanation.push(EXPLAIN.overrideAboveCeiling(LEVEL_NAMES[r.ceiling]));
    }
    if (!votesPass(r.member, conclusion, ctx)) {
      r.warnings.push('overrideNotSupported');
      r.explanation.push(EXPLAIN.overrideNotSupported);
    }
  }
}

/** After overrides the quota is checked again; every HTXS row is told when it is broken. */
function finalQuota(results: MemberResult[], percent: number): QuotaSummary {
  const used = results.filter((r) => r.result === 'HTXS').length;
  const base = used + results.filter((r) => r.result === 'HTT').length;
  const allowed = allowedHtxs(base, percent);
  const exceeded = quotaExceeded(used, base, percent);
  if (exceeded) {
    for (const r of results) {
      if (r.result !== 'HTXS') continue;
      r.warnings.push('quotaExceeded');
      r.explanation.push(EXPLAIN.quotaExceeded(used, allowed, percent));
    }
  }
  return { percent, base, allowed, used, exceeded };
}

/** Step 9 (documents never change the level) and the informational comparison. */
function addDocumentsAndComparison(results: MemberResult[]): void {
  for (const r of results) {
    const missing = keysOf(r.member.documents)
      .filter((key) => r.member.documents[key] === false)
      .map((key) => DOCUMENT_NAMES[key]);
    if (missing.length > 0) {
      r.warnings.push('missingDocuments');
      r.explanation.push(EXPLAIN.missingDocuments(missing.join(', ')));
    }
    const self = r.member.selfAssessment ?? '';
    const proposal = r.member.committeeProposal ?? '';
    if (self || proposal) r.explanation.push(EXPLAIN.comparison(EXPLAIN.selfAndProposal(self, proposal)));
  }
}

