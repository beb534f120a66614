/**
 * Steps 1–6 of design §4 for one member: status, KHT criteria, ceiling from emulation,
 * sick leave, then the level the votes support under that ceiling.
 */
import { LEVELS, isAbove, minLevel, type Level, type Outcome, type Unclassified } from './levels';
import type { Member } from './member';
import { addMonths, compareDates, formatDate, type CalendarDate } from './normalize';
import type { Profile } from './profiles';
import { EMULATION_NAMES, FAULT_NAMES, LEVEL_NAMES, STATUS_NAMES } from './text/domain';
import { EXPLAIN, fractionText } from './text/messages';
import { isStrictlyAbove, type Fraction } from './thresholds';
import { support, type TallyMode } from './votes';
import type { Emulation, PeerGroup } from './vocab';
import type { UnclassifiedReason, WarningCode } from './warnings';

export interface RuleContext extends TallyMode {
  /** N: official, active members (or the fixed number from «Cấu hình»). */
  readonly votingBase: number;
  readonly profile: Profile;
  readonly meetingDate: CalendarDate | null;
  /** False when the profile classifies without a vote at the chi bộ (QĐ 366, «Biểu quyết tại chi bộ» = Không). */
  readonly useVotes: boolean;
  /** False when the roster has none of the task columns: task conditions are not checked. */
  readonly hasTaskColumns: boolean;
}

export interface MemberResult {
  readonly member: Member;
  /** The ceiling allowed by the criteria (steps 2–4); null when not reached. */
  readonly ceiling: Level | null;
  /** The level the votes alone support, whatever the ceiling; null when none. */
  readonly byVotes: Level | null;
  readonly meetsKhtCriteria: boolean;
  /** The agreed score in hundredths (QĐ 366); null under the default profile or when missing. */
  readonly score: number | null;
  /** The peer group for the quota (QĐ 366); null under the default profile. */
  readonly group: PeerGroup | null;
  /** After step 6, before the quota. */
  readonly ruleResult: Outcome;
  readonly result: Outcome;
  /** Why the member is KXL or CXL after the member rules; null when a level was reached. */
  readonly ruleReason: UnclassifiedReason | null;
  readonly warnings: WarningCode[];
  readonly explanation: string[];
  /** True when «Kết luận chi bộ» or «Quyết định cấp trên» set the result. */
  readonly overridden: boolean;
  /** True when «Quyết định cấp trên» set the result: final, not a proposal. */
  readonly decided: boolean;
  readonly hasError: boolean;
}

const EMULATION_CEILING: Record<Emulation, Level> = {
  HTXS: 'HTXS',
  CSTDCS: 'HTXS',
  HTT: 'HTT',
  HT: 'HT',
  'HT-HC': 'HT',
  KHT: 'KHT',
};

function thresholdFor(level: Level, profile: Profile): Fraction {
  if (level === 'HTXS') return profile.htxsThreshold;
  if (level === 'KHT') return profile.khtThreshold;
  return profile.passThreshold;
}

/** True when the votes for `level` pass its threshold over N. */
export function votesPass(member: Member, level: Level, ctx: RuleContext): boolean {
  return isStrictlyAbove(support(member.votes, level, ctx), ctx.votingBase, thresholdFor(level, ctx.profile));
}

/** The level supported by the votes alone, highest first; KHT only when no level passes. */
export function levelByVotes(member: Member, ctx: RuleContext): Level | null {
  for (const level of LEVELS) if (level !== 'KHT' && votesPass(member, level, ctx)) return level;
  return votesPass(member, 'KHT', ctx) ? 'KHT' : null;
}

/** Members admitted less than 6 months before the meeting are not classified. */
export function isUnderSixMonths(member: Member, meetingDate: CalendarDate | null): boolean {
  if (!member.admissionDate || !meetingDate) return false;
  return compareDates(addMonths(member.admissionDate, 6), meetingDate) > 0;
}

function khtReasons(member: Member): string[] {
  const reasons: string[] = [];
  if (member.discipline) reasons.push(EXPLAIN.disciplineReason);
  if (member.faults.length > 0)
    reasons.push(EXPLAIN.faultReason(member.faults.map((f) => FAULT_NAMES[f].toLowerCase()).join('; ')));
  if (member.emulation === 'KHT') reasons.push(EXPLAIN.emulationKhtReason);
  return reasons;
}

/** What every result starts from: no level, no warning. */
export interface ResultBase {
  readonly member: Member;
  readonly meetsKhtCriteria: boolean;
  readonly score: number | null;
  readonly group: PeerGroup | null;
}

/** A member who is not classified by the member rules (KXL or CXL). */
export function unclassified(
  base: ResultBase,
  outcome: Unclassified,
  reason: UnclassifiedReason,
  warning: WarningCode | null,
  sentence: string,
): MemberResult {
  // Fields written out, not spread: a literal that adds fields after a spread makes each
  // result its own hidden class, and every later step then reads results slowly.
  return {
    member: base.member,
    meetsKhtCriteria: base.meetsKhtCriteria,
    score: base.score,
    group: base.group,
    ceiling: null,
    byVotes: null,
    ruleResult: outcome,
    result: outcome,
    ruleReason: reason,
    warnings: warning ? [warning] : [],
    explanation: [sentence],
    overridden: false,
    decided: false,
    hasError: reason === 'error',
  };
}

/** What the member rules found for a member they classify (either profile). */
export interface RuleOutcome {
  readonly ceiling: Level | null;
  readonly byVotes: Level | null;
  readonly ruleResult: Outcome;
  readonly ruleReason: UnclassifiedReason | null;
  readonly warnings: WarningCode[];
  readonly explanation: string[];
}

/** A member the rules classified, before the quota; fields written out for the reason given in `unclassified`. */
export function ruleResultOf(base: ResultBase, o: RuleOutcome): MemberResult {
  return {
    member: base.member,
    meetsKhtCriteria: base.meetsKhtCriteria,
    score: base.score,
    group: base.group,
    ceiling: o.ceiling,
    byVotes: o.byVotes,
    ruleResult: o.ruleResult,
    result: o.ruleResult,
    ruleReason: o.ruleReason,
    warnings: o.warnings,
    explanation: o.explanation,
    overridden: false,
    decided: false,
    hasError: false,
  };
}

/** How a profile explains a member who is not reviewed: by status, or by admission date. */
export interface NotReviewedText {
  readonly byStatus: (status: string) => string;
  readonly byDate: (admission: string, meeting: string) => string;
}

/**
 * Step 1, shared by the profiles: a broken row, the members not classified (exempt,
 * suspended, under 6 months by status or by date) and the absent. null = go on.
 */

export function statusStep(
  base: ResultBase,
  ctx: RuleContext,
  hasError: boolean,
  notReviewed: NotReviewedText,
): MemberResult | null {
  const member = base.member;
  if (hasError) return unclassified(base, 'CXL', 'error', 'rowError', EXPLAIN.rowError);
  if (member.status === 'exempt' || member.status === 'suspended' || member.status === 'under6months') {
    return unclassified(base, 'KXL', member.status, null, notReviewed.byStatus(STATUS_NAMES[member.status]));
  }
  if (isUnderSixMonths(member, ctx.meetingDate) && member.admissionDate && ctx.meetingDate) {
    return unclassified(
      base,
      'KXL',
      'under6months',
      'under6monthsByDate',
      notReviewed.byDate(formatDate(member.admissionDate), formatDate(ctx.meetingDate)),
    );
  }
  if (member.status === 'absent') return unclassified(base, 'CXL', 'absent', 'absent', EXPLAIN.absent);
  return null;
}

/** The outcome of the vote step. */
export interface VoteOutcome {
  readonly ruleResult: Outcome;
  readonly ruleReason: UnclassifiedReason | null;
}

/**
 * Steps 5–6: the level by votes, at or below the ceiling. A member who meets the KHT
 * criteria needs the KHT votes; KHT votes without a recorded fault, or no level passing,
 * leave the member CXL with a warning.
 */
export function voteStep(
  member: Member,
  ctx: RuleContext,
  ceiling: Level,
  meetsKhtCriteria: boolean,
  warnings: WarningCode[],
  explanation: string[],
): VoteOutcome {
  const voteSentence = (level: Level) =>
    EXPLAIN.votes(
      LEVEL_NAMES[level],
      support(member.votes, level, ctx),
      ctx.votingBase,
      fractionText(thresholdFor(level, ctx.profile)),
    );
  const khtVotes = support(member.votes, 'KHT', ctx);
  if (meetsKhtCriteria) {
    if (votesPass(member, 'KHT', ctx)) {
      explanation.push(voteSentence('KHT'));
      return { ruleResult: 'KHT', ruleReason: null };
    }
    warnings.push('khtNotEnoughVotes');
    explanation.push(EXPLAIN.khtNotEnoughVotes(khtVotes, ctx.votingBase, ctx.profile));
    return { ruleResult: 'CXL', ruleReason: 'decision' };
  }
  if (votesPass(member, 'KHT', ctx)) {
    warnings.push('khtVotesWithoutFault');
    explanation.push(EXPLAIN.khtVotesWithoutFault(khtVotes, ctx.votingBase, ctx.profile));
    return { ruleResult: 'CXL', ruleReason: 'decision' };
  }
  const passing = LEVELS.find((level) => level !== 'KHT' && !isAbove(level, ceiling) && votesPass(member, level, ctx));
  if (passing) {
    explanation.push(voteSentence(passing));
    return { ruleResult: passing, ruleReason: null };
  }
  warnings.push('notEnoughVotes');
  explanation.push(EXPLAIN.notEnoughVotes(ctx.votingBase, ctx.profile));
  return { ruleResult: 'CXL', ruleReason: 'votes' };
}

/** The member rules of the default profile (the 2023 plan), steps 1–6. */
export function classifyMember(member: Member, ctx: RuleContext, hasError: boolean): MemberResult {
  const reasons = khtReasons(member);
  const meetsKhtCriteria = reasons.length > 0;
  const base: ResultBase = { member, meetsKhtCriteria, score: null, group: null };
  const early = statusStep(base, ctx, hasError, { byStatus: EXPLAIN.notClassified, byDate: EXPLAIN.under6monthsByDate });
  if (early) return early;

  const warnings: WarningCode[] = [];
  const explanation: string[] = [];
  const byVotes = levelByVotes(member, ctx);

  // Step 2: KHT criteria.
  let ceiling: Level;
  if (meetsKhtCriteria) {
    ceiling = 'KHT';
    explanation.push(EXPLAIN.khtCriteria(reasons.join('; ')));
  } else if (member.emulation === null) {
    // Step 3 without an emulation result: the ceiling is unknown (a row error says so).
    return { ...unclassified(base, 'CXL', 'emulation', 'missingEmulation', EXPLAIN.missingEmulation), byVotes };
  } else {
    ceiling = EMULATION_CEILING[member.emulation];
    explanation.push(EXPLAIN.ceilingFromEmulation(EMULATION_NAMES[member.emulation], LEVEL_NAMES[ceiling]));
    // Step 4: sick leave caps the ceiling at HT.
    if (member.sickMonths >= ctx.profile.sickLeaveMonths && isAbove(ceiling, 'HT')) {
      ceiling = minLevel(ceiling, 'HT');
      explanation.push(EXPLAIN.sickLeaveCap(String(member.sickMonths).replace('.', ','), ctx.profile.sickLeaveMonths));
    }
  }

  // Steps 5–6: the level by votes, at or below the ceiling.
  const { ruleResult, ruleReason } = voteStep(member, ctx, ceiling, meetsKhtCriteria, warnings, explanation);
  return ruleResultOf(base, { ceiling, byVotes, ruleResult, ruleReason, warnings, explanation });
}
