/**
 * Checks of a row that need more than its own cell: tallies against N, and what each
 * profile requires (an emulation result, a score, consistent task counts). Each error
 * names the row, the column, the value and what to do.
 */
import { isUnderSixMonths, type RuleContext } from './classify';
import { columnLabel, type ColumnMap } from './columns';
import type { Member, RowError } from './member';
import { khtTriggers, peerGroupOf } from './qd366/member';
import { rowError } from './roster';
import { scoreText } from './score';
import { FAULT_NAMES } from './text/domain';
import { MSG } from './text/messages';
import { ballotColumns } from './votes';

const TALLY_KEYS = { HTXS: 'votesHTXS', HTT: 'votesHTT', HT: 'votesHT', KHT: 'votesKHT' } as const;
const TALLY_LEVELS = ['HTXS', 'HTT', 'HT', 'KHT'] as const;

/** Each tally ≤ N, and the tallies of one ballot together ≤ N. */
export function tallyErrors(columns: ColumnMap, members: readonly Member[], ctx: RuleContext): RowError[] {
  const errors: RowError[] = [];
  const base = ctx.votingBase;
  const shared = ballotColumns(ctx);
  for (const m of members) {
    let rowHasError = false;
    for (const level of TALLY_LEVELS) {
      if (m.votes[level] > base) {
        errors.push(
          rowError(columns, m.row, TALLY_KEYS[level], m.votes[level], MSG.problem.tallyAboveBase(base), MSG.hint.tally),
        );
        rowHasError = true;
      }
    }
    let sum = 0;
    for (const level of shared) sum += m.votes[level];
    if (!rowHasError && sum > base) {
      const names = shared.map((level) => columnLabel(columns, TALLY_KEYS[level]));
      const value = shared.map((level) => m.votes[level]).join(' + ');
      const column = names.join(' + ');
      errors.push({
        row: m.row,
        columns: shared.map((level) => TALLY_KEYS[level]),
        column,
        value,
        message: MSG.cellError(
          m.row,
          column,
          value,
          MSG.problem.tallySumAboveBase(sum, base, names.join(', ')),
          MSG.hint.tallySum,
        ),
      });
    }
  }
  return errors;
}

/** Members the rules will classify: active, reached 6 months. */
function reviewed(m: Member, ctx: RuleContext): boolean {
  return m.status === 'active' && !isUnderSixMonths(m, ctx.meetingDate);
}

/** The 2023 plan: the emulation result gives the ceiling, so it is needed unless the KHT criteria are met. */
export function rowChecks2023(members: readonly Member[], ctx: RuleContext, columns: ColumnMap): RowError[] {
  const missing = members
    .filter((m) => m.emulation === null && !m.discipline && m.faults.length === 0 && reviewed(m, ctx))
    .map((m) => rowError(columns, m.row, 'emulation', '', MSG.problem.required));
  return [...tallyErrors(columns, members, ctx), ...missing];
}

/** QĐ 366: the score, its parts, the task counts, the leaders-only fault; tallies when the chi bộ votes. */
export function rowChecksQd366(members: readonly Member[], ctx: RuleContext, columns: ColumnMap): RowError[] {
  const rules = ctx.profile.score;
  if (!rules) return [];
  const errors: RowError[] = ctx.useVotes ? tallyErrors(columns, members, ctx) : [];
  const present = (key: 'generalScore' | 'taskScore' | 'totalScore') => columns.index[key] !== undefined;
  for (const m of members) {
    const { generalScore: general, taskScore: task, totalScore: total } = m;
    if (general !== null && task !== null && total !== null && general + task !== total) {
      const problem = MSG.problem.totalNotSum(scoreText(general), scoreText(task), scoreText(general + task));
      errors.push(rowError(columns, m.row, 'totalScore', scoreText(total), problem, MSG.hint.totalScore));
    } else if (total === null && (general === null) !== (task === null)) {
      const key = general === null ? 'generalScore' : 'taskScore';
      errors.push(rowError(columns, m.row, key, '', MSG.problem.required, MSG.hint.bothParts));
    } else if (total === null && general === null && task === null && reviewed(m, ctx) && khtTriggers(m, rules).length === 0) {
      const key = present('generalScore') || !present('totalScore') ? 'generalScore' : 'totalScore';
      errors.push(rowError(columns, m.row, key, '', MSG.problem.required, MSG.hint.score));
    }
    const { tasksAssigned: assigned, tasksDone: done, tasksLate: late, tasksAbove: above } = m;
    if (assigned !== null && done === null)
      errors.push(rowError(columns, m.row, 'tasksDone', '', MSG.problem.required, MSG.hint.tasksDone));
    if (assigned === null && done !== null)
      errors.push(rowError(columns, m.row, 'tasksAssigned', '', MSG.problem.required, MSG.hint.tasksAssigned));
    if (assigned !== null && done !== null && done > assigned) {
      errors.push(
        rowError(columns, m.row, 'tasksDone', done, MSG.problem.moreThan(columnLabel(columns, 'tasksAssigned'), assigned)),
      );
    }
    if (done !== null && late !== null && late > done) {
      errors.push(rowError(columns, m.row, 'tasksLate', late, MSG.problem.moreThan(columnLabel(columns, 'tasksDone'), done)));
    }
    if (done !== null && above !== null && above > done) {
      errors.push(rowError(columns, m.row, 'tasksAbove', above, MSG.problem.moreThan(columnLabel(columns, 'tasksDone'), done)));
    }
    if (m.faults.includes('corruption') && peerGroupOf(m) !== 'leader') {
      errors.push(
        rowError(columns, m.row, 'faults', FAULT_NAMES.corruption, MSG.problem.leadersOnlyFault, MSG.hint.leadersOnlyFault),
      );
    }
  }
  return errors;
}
