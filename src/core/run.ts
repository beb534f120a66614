/**
 * The whole classification of one chi bộ: roster grid + settings grid in, every
 * member's result, the quota, the chi bộ level and every error out. Pure: the date
 * comes in as an argument.
 */
import type { ChiBoResult } from './chi-bo';
import { isUnderSixMonths, type MemberResult, type RuleContext } from './classify';
import { type ColumnKey, type ColumnMap, headerOf, type InputKey } from './columns';
import { applyDecisions } from './decisions';
import { emptyCounts, type OutcomeCounts } from './levels';
import type { Member, RowError } from './member';
import type { CalendarDate } from './normalize';
import { applyQuota, checkQuota, type QuotaRules, quotaRules, type QuotaSummary } from './quota-step';
import { keysOf } from './record';
import { parseRoster, rosterHeader } from './roster';
import { parseSettings, type SettingError, type SettingOverrides, type Settings } from './run-settings';
import { readSettingsGrid } from './settings';
import { absentMeans } from './text/columns';
import { DOCUMENT_NAMES } from './text/domain';
import { EXPLAIN, MSG, QD366_TEXT } from './text/messages';
import { SHEET_NAMES } from './text/sheets';
import { isCommitteePost } from './vocab';
import type { TallyMode } from './votes';

export type { QuotaGroupSummary, QuotaSummary } from './quota-step';

const TASK_COLUMNS: readonly InputKey[] = ['tasksAssigned', 'tasksDone', 'tasksLate', 'tasksAbove'];
const TALLY_COLUMNS: readonly ColumnKey[] = ['votesHTXS', 'votesHTT', 'votesHT', 'votesKHT'];

/** The values of a sheet as one batch read gives them: rows of cells. */
export type CellGrid = readonly (readonly unknown[])[];

export type { SettingOverrides } from './run-settings';

export interface RunInput {
  readonly roster: CellGrid;
  /** The «Cấu hình» grid, or null when the workbook has none. */
  readonly settings: CellGrid | null;
  readonly today: CalendarDate;
  readonly overrides?: SettingOverrides;
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

/** N: official members whose status is active (QĐ 24 §9.3.2), unless fixed in «Cấu hình». */
function countVotingBase(members: readonly Member[], meetingDate: CalendarDate | null): number {
  return members.filter((m) => m.membership === 'official' && m.status === 'active' && !isUnderSixMonths(m, meetingDate)).length;
}

/**
 * Steps 1–6 of one chi bộ, before anything that looks at other members' results: settings,
 * the parsed roster, N, the errors and each member's level by the rules. The quota and the
 * decisions come after, over one chi bộ (`runClassification`) or over every chi bộ of a đảng
 * bộ (`consolidate`).
 */
export interface PreparedRun {
  readonly settings: Settings;
  readonly settingErrors: SettingError[];
  readonly settingRows: Partial<Record<string, number>>;
  readonly fatal: string[];
  readonly columns: ColumnMap;
  readonly members: readonly Member[];
  readonly parseNotices: readonly string[];
  readonly votingBase: number;
  readonly ctx: RuleContext;
  readonly errors: RowError[];
  /** After step 6, in roster order. */
  readonly byRules: MemberResult[];
}

/** «Cấu hình» read and parsed, and the row of each label. */
function settingsOf(input: RunInput) {
  const { raw, rows } = input.settings ? readSettingsGrid(input.settings) : { raw: {}, rows: {} };
  return { parsed: parseSettings(raw, input.today, rows, input.overrides), rows };
}

/**
 * What runClassification would give as `fatal`, from the settings and the roster's header
 * alone: no member is read. The CLI checks this before it changes anything.
 */
export function rosterFatal(input: RunInput): string[] {
  const profile = settingsOf(input).parsed.settings.profile;
  return rosterHeader(input.roster, SHEET_NAMES.roster, profile).header.fatal;
}

export function prepareRun(input: RunInput): PreparedRun {
  const { parsed: parsedSettings, rows } = settingsOf(input);
  const settings = parsedSettings.settings;
  const profile = settings.profile;
  const parsed = parseRoster(input.roster, SHEET_NAMES.roster, profile);
  const meetingDate = settings.meetingDate ?? input.today;
  const members = parsed.members;
  // A member whose status cell is broken might not be active: leave them out of N until fixed.
  const unknownStatus = new Set(parsed.errors.filter((e) => e.columns.includes('status')).map((e) => e.row));
  const votingBase =
    settings.votingBase ??
    countVotingBase(
      members.filter((m) => !unknownStatus.has(m.row)),
      meetingDate,
    );
  const mode: TallyMode = { cumulative: settings.cumulative, separateHtxsBallot: settings.separateHtxsBallot };
  const hasTaskColumns = TASK_COLUMNS.some((key) => parsed.columns.index[key] !== undefined);
  const ctx: RuleContext = { ...mode, votingBase, profile, meetingDate, useVotes: usesVotes(settings), hasTaskColumns };

  // Without a vote at the chi bộ the Phiếu columns are ignored, so a bad tally is no error.
  const errors = parsed.errors.filter((e) => ctx.useVotes || !e.columns.some((key) => TALLY_COLUMNS.includes(key)));
  const broken = new Set(errors.map((e) => e.row));
  // A loop, not push(...): a spread of a large array into a call overflows the stack.
  for (const e of profile.rowChecks(
    members.filter((m) => !broken.has(m.row)),
    ctx,
    parsed.columns,
  ))
    errors.push(e);
  errors.sort((a, b) => a.row - b.row);
  const errorRows = new Set(errors.map((e) => e.row));
  const byRules = members.map((m) => profile.classifyMember(m, ctx, errorRows.has(m.row)));
  return {
    settings,
    settingErrors: parsedSettings.errors,
    settingRows: rows,
    fatal: parsed.fatal,
    columns: parsed.columns,
    members,
    parseNotices: parsed.notices,
    votingBase,
    ctx,
    errors,
    byRules,
  };
}

/**
 * Steps 7–8 over one quota pool of results (one chi bộ, or a whole đảng bộ): the quota on
 * the rules' levels, the decisions, the quota checked again. `contextOf` gives each result
 * its own chi bộ's context.
 */
export function quotaAndDecisions(
  byRules: readonly MemberResult[],
  rules: QuotaRules,
  contextOf: (index: number) => RuleContext,
): { results: MemberResult[]; quota: QuotaSummary } {
  return checkQuota(applyDecisions(applyQuota(byRules, rules), contextOf), rules);
}

/** Step 9, the counts, the chi bộ's own level and the notices, once the quota step is done. */
export function finishRun(prepared: PreparedRun, checked: readonly MemberResult[], quota: QuotaSummary): ClassificationRun {
  const { settings, members, ctx, votingBase, columns } = prepared;
  const profile = settings.profile;
  const results = checked.map(addDocumentsAndComparison);
  const counts = emptyCounts();
  for (const r of results) counts[r.result]++;
  const disciplined = members.filter((m) => m.discipline);
  const chiBo = profile.classifyChiBo(settings, {
    members: members.length,
    kht: counts.KHT,
    disciplined: disciplined.length,
    committeeDisciplined: disciplined.filter((m) => isCommitteePost(m.post)).length,
  });
  const notices: string[] = [...prepared.parseNotices];
  if (members.length > 0) for (const n of absentColumnNotices(columns, ctx)) notices.push(n);
  if (votingBase === 0 && members.length > 0 && ctx.useVotes) notices.push(MSG.noVotingBase);
  if (members.length === 0 && prepared.fatal.length === 0) notices.push(MSG.noMembers(SHEET_NAMES.roster));
  if (profile.score && !ctx.hasTaskColumns && members.length > 0) notices.push(QD366_TEXT.noTaskColumns);
  if (profile.score && settings.quotaPercent !== null && settings.quotaPercent > profile.outstandingQuotaPercent) {
    notices.push(QD366_TEXT.quotaAboveNormal(settings.quotaPercent, profile.outstandingQuotaPercent));
  }
  return {
    fatal: prepared.fatal,
    settings,
    settingErrors: prepared.settingErrors,
    settingRows: prepared.settingRows,
    columns,
    results,
    errors: prepared.errors,
    counts,
    votingBase,
    quota,
    chiBo,
    notices,
  };
}

export function runClassification(input: RunInput): ClassificationRun {
  const prepared = prepareRun(input);
  const { results, quota } = quotaAndDecisions(prepared.byRules, quotaRules(prepared.settings), () => prepared.ctx);
  return finishRun(prepared, results, quota);
}

/** Columns that change results, absent from the roster: each gets a notice of what was assumed. */
function absentColumnNotices(columns: ColumnMap, ctx: RuleContext): string[] {
  const keys: InputKey[] = ['discipline', 'faults', 'sickMonths'];
  if (ctx.useVotes) keys.push('votesHTXS', 'votesHTT', 'votesHT', 'votesKHT');
  return keys.flatMap((key) => {
    const means = absentMeans(key);
    return ctx.profile.columns.includes(key) && columns.index[key] === undefined && means
      ? [MSG.absentColumn(headerOf(key), means)]
      : [];
  });
}

/** Whether the chi bộ votes: always under the 2023 plan, by «Biểu quyết tại chi bộ» under QĐ 366. */
export function usesVotes(settings: Settings): boolean {
  return settings.profile.votes === 'always' || settings.votesAtMeeting;
}

/** Step 9 (documents never change the level) and the informational comparison. */
function addDocumentsAndComparison(r: MemberResult): MemberResult {
  // Nothing to add, as for most members: no copy, which at 10,000 members was a third of the run.
  if (!r.member.selfAssessment && !r.member.committeeProposal && !Object.values(r.member.documents).includes(false)) return r;
  const warnings = [...r.warnings];
  const explanation = [...r.explanation];
  const missing = keysOf(r.member.documents)
    .filter((key) => r.member.documents[key] === false)
    .map((key) => DOCUMENT_NAMES[key]);
  if (missing.length > 0) {
    warnings.push('missingDocuments');
    explanation.push(EXPLAIN.missingDocuments(missing.join(', ')));
  }
  const self = r.member.selfAssessment ?? '';
  const proposal = r.member.committeeProposal ?? '';
  if (self || proposal) explanation.push(EXPLAIN.comparison(EXPLAIN.selfAndProposal(self, proposal)));
  return { ...r, warnings, explanation };
}
