/**
 * The member rules of QĐ 366-QĐ/TW (2025) with HD 43-HD/BTCTW, steps 1–7 of the profile:
 * not reviewed, the KHT triggers (Đ11.4), the score and its band, the task conditions from
 * the band down (Đ11.1–11.3), the open case left to the competent level, and the votes
 * when the chi bộ votes. No sick-leave cap (HD 43 point 7.5).
 */
import {
  levelByVotes,
  ruleResultOf,
  statusStep,
  unclassified,
  voteStep,
  type MemberResult,
  type ResultBase,
  type RuleContext,
} from '../classify';
import type { Level, Outcome } from '../levels';
import type { Member } from '../member';
import {
  areaUnderDone,
  bandOf,
  levelFromBand,
  percentAbove,
  scoreText,
  tooManyNotDone,
  type ScoreRules,
  type TaskCounts,
} from '../score';
import { LEVEL_NAMES } from '../text/domain';
import { EXPLAIN, QD366_TEXT } from '../text/messages';
import type { PeerGroup } from '../vocab';
import type { UnclassifiedReason, WarningCode } from '../warnings';

/** «Nhóm đối tượng», else 2A for a leader and 2B for the others. */
export function peerGroupOf(member: Member): PeerGroup {
  return member.peerGroup ?? (member.leader ? 'leader' : 'member');
}

/** S: «Tổng điểm», else the two parts; null when not given (a row error says so). */
export function scoreOf(member: Member): number | null {
  if (member.totalScore !== null) return member.totalScore;
  if (member.generalScore !== null && member.taskScore !== null) return member.generalScore + member.taskScore;
  return null;
}

/** The task counts of a row; null when «Số nhiệm vụ được giao» is blank (not checked). */
export function tasksOf(member: Member): TaskCounts | null {
  if (member.tasksAssigned === null || member.tasksDone === null) return null;
  return { assigned: member.tasksAssigned, done: member.tasksDone, late: member.tasksLate ?? 0, above: member.tasksAbove ?? 0 };
}

/** Every KHT trigger of Đ11.4 the member meets, as sentences. */
export function khtTriggers(member: Member, rules: ScoreRules): string[] {
  const t = QD366_TEXT.trigger;
  const triggers: string[] = [];
  if (member.discipline) triggers.push(EXPLAIN.disciplineReason);
  if (member.faults.length > 0) triggers.push(t.faults(member.faults));
  const tasks = tasksOf(member);
  if (tasks && tooManyNotDone(tasks, rules))
    triggers.push(t.notDone(tasks.assigned - tasks.done, tasks.assigned, rules.notDonePercent));
  if (peerGroupOf(member) === 'leader') {
    if (tasks && areaUnderDone(tasks, rules)) triggers.push(t.areaUnderDone(tasks.done, tasks.assigned, rules.leaderDonePercent));
    if (member.lowConfidence !== null && percentAbove(member.lowConfidence, rules.lowConfidencePercent)) {
      triggers.push(t.lowConfidence(scoreText(member.lowConfidence), rules.lowConfidencePercent));
    }
    if (member.unitsKht !== null && percentAbove(member.unitsKht, rules.unitsKhtPercent)) {
      triggers.push(t.unitsKht(scoreText(member.unitsKht), rules.unitsKhtPercent));
    }
  }
  const score = scoreOf(member);
  if (score !== null && score < rules.bands.HT * 100) triggers.push(t.lowScore(scoreText(score), rules.bands.HT));
  return triggers;
}

export function classifyMemberQd366(member: Member, ctx: RuleContext, hasError: boolean): MemberResult {
  const rules = ctx.profile.score;
  if (!rules) throw new Error(`profile ${ctx.profile.id} has no score rules`);
  const triggers = khtTriggers(member, rules);
  const score = scoreOf(member);
  const base: ResultBase = { member, meetsKhtCriteria: triggers.length > 0, score, group: peerGroupOf(member) };
  const early = statusStep(base, ctx, hasError, { byStatus: QD366_TEXT.notReviewed, byDate: QD366_TEXT.notReviewedByDate });
  if (early) return early;

  const warnings: WarningCode[] = [];
  const explanation: string[] = [];
  if (score !== null) explanation.push(QD366_TEXT.score(scoreText(score)));

  let ceiling: Level;
  if (triggers.length > 0) {
    ceiling = 'KHT';
    explanation.push(EXPLAIN.khtCriteria(triggers.join('; ')), QD366_TEXT.selfReported);
  } else if (score === null) {
    // Without a score and without a trigger nothing can be said (a row error asks for it).
    return unclassified(base, 'CXL', 'error', 'rowError', EXPLAIN.rowError);
  } else {
    const band = bandOf(score, rules);
    const tasks = ctx.hasTaskColumns ? tasksOf(member) : null;
    if (ctx.hasTaskColumns && tasks === null) {
      warnings.push('tasksUnchecked');
      explanation.push(QD366_TEXT.tasksUnchecked);
    }
    const { level, failed } = levelFromBand(band, tasks, member.remedied, rules);
    explanation.push(QD366_TEXT.band(LEVEL_NAMES[band]));
    for (const [higher, conditions] of failed)
      explanation.push(QD366_TEXT.conditionsFailed(LEVEL_NAMES[higher], conditions, rules));
    if (level === null) {
      // The rules leave this case open: the competent level decides, the tool does not guess.
      return {
        ...unclassified(base, 'CXL', 'openCase', 'openCase', QD366_TEXT.openCase),
        warnings: [...warnings, 'openCase'],
        explanation: [...explanation, QD366_TEXT.openCase],
      };
    }
    ceiling = level;
  }
  if (member.sickMonths >= ctx.profile.sickLeaveMonths || member.maternity)
    explanation.push(QD366_TEXT.actualWork(ctx.profile.sickLeaveMonths));

  let ruleResult: Outcome = ceiling;
  let ruleReason: UnclassifiedReason | null = null;
  let byVotes: Level | null = null;
  if (ctx.useVotes) {
    ({ ruleResult, ruleReason } = voteStep(member, ctx, ceiling, triggers.length > 0, warnings, explanation));
    byVotes = levelByVotes(member, ctx);
  } else {
    explanation.push(QD366_TEXT.criteriaLevel(LEVEL_NAMES[ceiling]));
  }
  return ruleResultOf(base, { ceiling, byVotes, ruleResult, ruleReason, warnings, explanation });
}
