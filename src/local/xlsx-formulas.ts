/** The formulas of the conditional formats the tool writes, one place for the writer and the patcher. */
import type { RuleCondition } from './builders';
import { columnLetter } from './workbook';

/** The formula of a rule over a range whose top-left cell is (row, column). */
export function cfFormula(condition: RuleCondition, row: number, column: number): string {
  const top = `${columnLetter(column)}${row}`;
  if (condition.kind === 'notEmpty') return `LEN(TRIM(${top}))>0`;
  const text = condition.text.replace(/"/g, '""');
  return condition.kind === 'textEqualTo' ? `${top}="${text}"` : `NOT(ISERROR(SEARCH("${text}",${top})))`;
}

/** Whether a conditional format's formula is one `cfFormula` writes (so an earlier run's, not the user's). */
export function isToolFormula(formula: string): boolean {
  return (
    /^LEN\(TRIM\([A-Z]+\d+\)\)>0$/.test(formula) ||
    /^[A-Z]+\d+="(?:[^"]|"")*"$/.test(formula) ||
    /^NOT\(ISERROR\(SEARCH\("(?:[^"]|"")*",[A-Z]+\d+\)\)\)$/.test(formula)
  );
}
