/** Everything that stops «Tổng hợp» before it writes: shown together, so one run finds them all. */
import { UserError } from '../user-error';

export class ConsolidationProblems extends UserError {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ConsolidationProblems';
  }
}
