/**
 * The 100-point score of QĐ 366 (Điều 10–11): bands and the task conditions of each level,
 * shared by a member and the chi bộ. Scores are held in hundredths (27,5 → 2750) and every
 * comparison is in integers.
 */
import { LEVELS, type Level } from './levels';

/** Task counts of one member or of the chi bộ. */
export interface TaskCounts {
  readonly assigned: number;
  readonly done: number;
  readonly late: number;
  readonly above: number;
}

/** The rule numbers of the score, in percent (bands in points). */
export interface ScoreRules {
  /** Lowest score of each band, in points: HTXS ≥ 90, HTT ≥ 70, HT ≥ 50. */
  readonly bands: { readonly HTXS: number; readonly HTT: number; readonly HT: number };
  /** HTXS: at least this share of the tasks above requirements. */
  readonly abovePercent: number;
  /** HT: at most this share of the tasks late. */
  readonly latePercent: number;
  /** KHT: more than this share of the tasks not completed. */
  readonly notDonePercent: number;
  /** KHT for a leader (and the chi bộ): the area completed under this share. */
  readonly leaderDonePercent: number;
  /** KHT for a leader: low-confidence votes above this share. */
  readonly lowConfidencePercent: number;
  /** KHT for a leader: units led rated KHT above this share. */
  readonly unitsKhtPercent: number;
}

/** A condition of a level that did not hold. */
export type TaskCondition = 'notAllDone' | 'late' | 'tooLate' | 'notEnoughAbove' | 'notRemedied';

/** The band a score reaches; KHT below the lowest band. */
export function bandOf(score: number, rules: ScoreRules): Level {
  if (score >= rules.bands.HTXS * 100) return 'HTXS';
  if (score >= rules.bands.HTT * 100) return 'HTT';
  if (score >= rules.bands.HT * 100) return 'HT';
  return 'KHT';
}

/**
 * The conditions of `level` (QĐ 366 Đ11.1–11.3) that fail. `tasks` null = not checked.
 * `remedied` null = no shortcoming named at the last review.
 */
export function failedConditions(
  level: Level,
  tasks: TaskCounts | null,
  remedied: boolean | null,
  rules: ScoreRules,
): TaskCondition[] {
  const failed: TaskCondition[] = [];
  if (level === 'KHT') return failed;
  if (tasks) {
    if (tasks.done < tasks.assigned) failed.push('notAllDone');
    if (level === 'HT') {
      if (100 * tasks.late > rules.latePercent * tasks.assigned) failed.push('tooLate');
    } else if (tasks.late > 0) {
      failed.push('late');
    }
    if (level === 'HTXS' && 100 * tasks.above < rules.abovePercent * tasks.assigned) failed.push('notEnoughAbove');
  }
  if (level === 'HTXS' && remedied === false) failed.push('notRemedied');
  return failed;
}

export interface ScoreLevel {
  /** The highest level at or below the band whose conditions hold; null when none does. */
  readonly level: Level | null;
  /** For each level above the one reached (from the band down), the conditions that failed. */
  readonly failed: ReadonlyArray<readonly [Level, TaskCondition[]]>;
}

/** Conditions are taken from the band down: a score that reaches a band also reaches the lower ones. */
export function levelFromBand(band: Level, tasks: TaskCounts | null, remedied: boolean | null, rules: ScoreRules): ScoreLevel {
  const failed: [Level, TaskCondition[]][] = [];
  for (const level of LEVELS.slice(LEVELS.indexOf(band))) {
    if (level === 'KHT') break;
    const fails = failedConditions(level, tasks, remedied, rules);
    if (fails.length === 0) return { level, failed };
    failed.push([level, fails]);
  }
  return { level: null, failed };
}

/** More than notDonePercent of the tasks not completed: 100·(giao − hoàn thành) > 50·giao. */
export function tooManyNotDone(tasks: TaskCounts, rules: ScoreRules): boolean {
  return 100 * (tasks.assigned - tasks.done) > rules.notDonePercent * tasks.assigned;
}

/** The area led completed under leaderDonePercent: 100·hoàn thành < 70·giao. */
export function areaUnderDone(tasks: TaskCounts, rules: ScoreRules): boolean {
  return 100 * tasks.done < rules.leaderDonePercent * tasks.assigned;
}

/** A percentage in hundredths (5100 = 51%) strictly above `percent`. */
export function percentAbove(hundredthsOfPercent: number, percent: number): boolean {
  return hundredthsOfPercent > percent * 100;
}

/** Hundredths as people write a score: 2750 → "27,5", 9000 → "90". */
export function scoreText(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole},${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}
