/**
 * The chi bộ's own level under QĐ 366 (Điều 11, Phụ lục 1): the same score bands and task
 * conditions as a member; KHT when the score is under 50, tasks completed under 70%, or a
 * listed failing (cadre work violations or disunity, a chi ủy member disciplined for their
 * duties or found degraded). HTXS also needs no disciplined member of the chi ủy. The
 * members' results do not change it; the quota for collectives is the đảng ủy's.
 */
import type { ChiBoResult, ChiBoRosterFacts } from '../chi-bo';
import { LEVEL_NAMES, PROFILE_NAMES } from '../text/domain';
import { areaUnderDone, bandOf, levelFromBand, scoreText, type TaskCounts } from '../score';
import type { Settings } from '../run-settings';
import { settingLabel } from '../text/columns';
import { CHI_BO_TEXT, QD366_TEXT } from '../text/messages';

function chiBoTasks(s: Settings): TaskCounts | null {
  if (s.chiBoTasksAssigned === null || s.chiBoTasksDone === null) return null;
  return { assigned: s.chiBoTasksAssigned, done: s.chiBoTasksDone, late: s.chiBoTasksLate ?? 0, above: s.chiBoTasksAbove ?? 0 };
}

/** The task counts checked as a member's are: what is wrong with them, or null. */
function taskProblem(s: Settings): string | null {
  const t = CHI_BO_TEXT.qd366;
  const { chiBoTasksAssigned: assigned, chiBoTasksDone: done, chiBoTasksLate: late, chiBoTasksAbove: above } = s;
  if (assigned === null && done !== null) return t.tasksDoneWithoutAssigned;
  if (assigned !== null && done === null) return t.tasksAssignedWithoutDone;
  const label = (key: 'chiBoTasksAssigned' | 'chiBoTasksDone' | 'chiBoTasksLate' | 'chiBoTasksAbove') => `«${settingLabel(key)}»`;
  if (assigned !== null && done !== null && done > assigned)
    return t.countAbove(label('chiBoTasksDone'), done, label('chiBoTasksAssigned'), assigned);
  if (done !== null && late !== null && late > done)
    return t.countAbove(label('chiBoTasksLate'), late, label('chiBoTasksDone'), done);
  if (done !== null && above !== null && above > done)
    return t.countAbove(label('chiBoTasksAbove'), above, label('chiBoTasksDone'), done);
  return null;
}

export function classifyChiBoQd366(settings: Settings, facts: ChiBoRosterFacts): ChiBoResult {
  const rules = settings.profile.score;
  if (!rules) throw new Error(`profile ${PROFILE_NAMES[settings.profile.id]} has no score rules`);
  const { chiBoGeneralScore: general, chiBoTaskScore: task } = settings;
  if (general === null || task === null) {
    const missing = (['chiBoGeneralScore', 'chiBoTaskScore'] as const).filter((key) => settings[key] === null);
    return {
      result: 'CXL',
      score: null,
      reasons: [CHI_BO_TEXT.missing(missing.map((k) => `«${settingLabel(k)}»`).join(', '))],
      needsDecision: false,
    };
  }
  const score = general + task;
  const problem = taskProblem(settings);
  if (problem !== null) return { result: 'CXL', score, reasons: [QD366_TEXT.badChiBoTasks(problem)], needsDecision: false };
  const t = CHI_BO_TEXT.qd366;
  const scoreLine = t.score(scoreText(general), scoreText(task), scoreText(score));
  const tasks = chiBoTasks(settings);
  const kht: string[] = [];
  if (score < rules.bands.HT * 100) kht.push(t.lowScore(rules.bands.HT));
  if (tasks && areaUnderDone(tasks, rules)) kht.push(t.underDone(tasks.done, tasks.assigned, rules.leaderDonePercent));
  if (settings.cadreViolation) kht.push(t.cadreViolation);
  if (settings.committeeDisciplined) kht.push(t.committeeDisciplined);
  if (settings.committeeDegraded) kht.push(t.committeeDegraded);
  if (kht.length > 0)
    return { result: 'KHT', score, scoreLine, reasons: [CHI_BO_TEXT.khtBecause(kht.join('; '))], needsDecision: false };

  const { level, failed } = levelFromBand(bandOf(score, rules), tasks, settings.chiBoRemedied, rules);
  const reasons: string[] = [];
  if (tasks === null) reasons.push(t.tasksUnchecked);
  for (const [higher, conditions] of failed) reasons.push(QD366_TEXT.conditionsFailed(LEVEL_NAMES[higher], conditions, rules));
  // Đ11.1: HTXS also needs no disciplined member of the chi ủy.
  if (level === 'HTXS' && facts.committeeDisciplined > 0) {
    reasons.push(t.committeeMemberDisciplined(facts.committeeDisciplined));
    return { result: 'HTT', score, scoreLine, reasons: [CHI_BO_TEXT.reached(LEVEL_NAMES.HTT), ...reasons], needsDecision: false };
  }
  if (level === null) return { result: 'CXL', score, scoreLine, reasons: [QD366_TEXT.openCase, ...reasons], needsDecision: true };
  return {
    result: level,
    score,
    scoreLine,
    reasons: [CHI_BO_TEXT.reached(LEVEL_NAMES[level]), ...reasons],
    needsDecision: false,
  };
}
