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
import type { Emulation } from './vocab';
import type { UnclassifiedReason, WarningCode } from './warnings';

export interface RuleContext extends TallyMode {
  /** N: official, active members (or the fixed number from «Cấu hình»). */
  readonly votingBase: number;
  readonly profile: Profile;
  readonly meetingDate: CalendarDate | null;
}

export interface MemberResult {
  readonly member: Member;
  /** The ceiling allowed by the criteria (steps 2–4); null when not reached. */
  readonly ceiling: Level | null;
  /** The level the votes alone support, whatever the ceiling; null when none. */
  readonly byVotes: Level | null;
  readonly meetsKhtCriteria: boolean;
  /** After step 6, before the quota. */
  readonly ruleResult: Outcome;
  readonly result: Outcome;
  /** Why the member is KXL or CXL after the member rules; null when a level was reached. */
  readonly ruleReason: UnclassifiedReason | null;
  readonly warnings: WarningCode[];
  readonly explanation: string[];
  /** True when «Kết luận chi bộ» set the result. */
  readonly overridden: boolean;
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
  if (member.faults.length > 0) reasons.push(EXPLAIN.faultReason(member.faults.map((f) => FAULT_NAMES[f].toLowerCase()).join('; ')));
  if (member.emulation === 'KHT') reasons.push(EXPLAIN.emulationKhtReason);
  return reasons;
}

function notReached(
  member: Member, outcome: Unclassified, reason: UnclassifiedReason, warning: WarningCode | null, sentence: string,
): MemberResult {
  return {
    member, ceiling: null, byVotes: null, meetsKhtCriteria: khtReasons(member).length > 0,
    ruleResult: outcome, result: outcome, ruleReason: reason, warnings: warning ? [warning] : [], explanation: [sentence],
    overridden: false, hasError: reason === 'error',
  };
}

export function classifyMember(member: Member, ctx: RuleContext, hasError: boolean): MemberResult {
  if (hasError) return notReached(member, 'CXL', 'error', 'rowError', EXPLAIN.rowError);

  // Step 1: not classified.
  if (member.status === 'exempt' || member.status === 'suspended' || member.status === 'under6months') {
    return notReached(member, 'KXL', member.status, null, EXPLAIN.notClassified(STATUS_NAMES[member.status]));
  }
  if (isUnderSixMonths(member, ctx.meetingDate) && member.admissionDate && ctx.meetingDate) {
    return notReached(member, 'KXL', 'under6months', 'under6monthsByDate',
      EXPLAIN.under6monthsByDate(formatDate(member.admissionDate), formatDate(ctx.meetingDate)));
  }
  if (member.status === 'absent') return notReached(member, 'CXL', 'absent', 'absent', EXPLAIN.absent);

  const warnings: WarningCode[] = [];
  const explanation: string[] = [];
  const byVotes = levelByVotes(member, ctx);
  const voteSentence = (level: Level) =>
    EXPLAIN.votes(LEVEL_NAMES[level], support(member.votes, level, ctx), ctx.votingBase, fractionText(thresholdFor(level, ctx.profile)));

  // Step 2: KHT criteria.
  const reasons = khtReasons(member);
  const meetsKhtCriteria = reasons.length > 0;
  let ceiling: Level | null;
  if (meetsKhtCriteria) {
    ceiling = 'KHT';
    explanation.push(EXPLAIN.khtCriteria(reasons.join('; ')));
  } else if (member.emulation === null) {
    // Step 3 without an emulation result: the ceiling is unknown (a row error says so).
    return { ...notReached(member, 'CXL', 'emulation', 'missingEmulation', EXPLAIN.missingEmulation), byVotes };
  } else {
    ceiling = EMULATION_CEILING[member.emulation];
    explanation.push(EXPLAIN.ceilingFromEmulation(EMULATION_NAMES[member.emulation], LEVEL_NAMES[ceiling]));
    // Step 4: sick leave caps the ceiling at HT.
    if (member.sickMonths >= ctx.profile.sickLeaveCapMonths && isAbove(ceiling, 'HT')) {
      ceiling = minLevel(ceiling, 'HT');
      explanation.push(EXPLAIN.sickLeaveCap(String(member.sickMonths).replace('.', ','), ctx.profile.sickLeaveCapMonths));
    }
  }

  // Steps 5–6: the level by votes, at or below the ceiling.
  let ruleResult: Outcome;
  let ruleReason: UnclassifiedReason | null = null;
  const khtVotes = support(member.votes, 'KHT', ctx);
  if (meetsKhtCriteria) {
    if (votesPass(member, 'KHT', ctx)) {
      ruleResult = 'KHT';
      explanation.push(voteSentence('KHT'));
    } else {
      ruleResult = 'CXL';
      ruleReason = 'decision';
      warnings.push('khtNotEnoughVotes');
      explanation.push(EXPLAIN.khtNotEnoughVotes(khtVotes, ctx.votingBase, ctx.profile));
    }
  } else if (votesPass(member, 'KHT', ctx)) {
    ruleResult = 'CXL';
    ruleReason = 'decision';
    warnings.push('khtVotesWithoutFault');
    explanation.push(EXPLAIN.khtVotesWithoutFault(khtVotes, ctx.votingBase, ctx.profile));
  } else {
    const cap = ceiling;
    const passing = LEVELS.find((level) => level !== 'KHT' && !isAbove(level, cap) && votesPass(member, level, ctx));
    if (passing) {
      ruleResult = passing;
      explanation.push(voteSentence(passing));
    } else {
      ruleResult = 'CXL';
      ruleReason = 'votes';
      warnings.push('notEnoughVotes');
      explanation.push(EXPLAIN.notEnoughVotes(ctx.votingBase, ctx.profile));
    }
  }
  return {
    member, ceiling, byVotes, meetsKhtCriteria, ruleResult, result: ruleResult, ruleReason,
    warnings, explanation, overridden: false, hasError: false,
  };
}
