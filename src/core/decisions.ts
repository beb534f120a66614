/**
 * Step 8: «Kết luận chi bộ» and, above it, «Quyết định cấp trên» (QĐ 366: the chi bộ
 * proposes, the competent level decides). The decision is the result, with a warning when
 * the criteria or the votes do not back it. Results are replaced, never mutated.
 */
import { votesPass, type MemberResult, type RuleContext } from './classify';
import { headerOf } from './columns';
import { isAbove } from './levels';
import { LEVEL_NAMES, STATUS_NAMES } from './text/domain';
import { EXPLAIN, QD366_TEXT, WARNING_LABELS } from './text/messages';
import type { WarningCode } from './warnings';

/** Warnings that ask the chi bộ (or the competent level) to decide: a decision settles them. */
const SETTLED_BY_DECISION: ReadonlySet<WarningCode> = new Set<WarningCode>([
  'quotaTie',
  'quotaTieByScore',
  'openCase',
  'khtNotEnoughVotes',
  'khtVotesWithoutFault',
  'notEnoughVotes',
  'quotaDemoted',
]);

function decide(r: MemberResult, ctx: RuleContext): MemberResult {
  const { conclusion, upperDecision } = r.member;
  const decision = upperDecision ?? conclusion;
  if (!decision || r.hasError) return r;
  const ignored = (sentence: string): MemberResult => ({
    ...r,
    warnings: [...r.warnings, 'overrideIgnored'],
    explanation: [...r.explanation, sentence],
  });
  const column = headerOf(upperDecision ? 'upperDecision' : 'conclusion');
  if (r.ruleResult === 'KXL') {
    return ignored(EXPLAIN.overrideIgnored(STATUS_NAMES[r.member.status] || EXPLAIN.under6monthsShort, column));
  }
  // An absent member is judged at the next meeting they attend: their criteria and votes
  // are not known yet, so a decision can't be checked and is not applied.
  if (r.member.status === 'absent') return ignored(EXPLAIN.overrideAbsent(column));

  const warnings: WarningCode[] = [];
  const explanation: string[] = [];
  if (ctx.profile.proposes) {
    if (conclusion) explanation.push(QD366_TEXT.proposal(LEVEL_NAMES[conclusion]));
    if (upperDecision) explanation.push(QD366_TEXT.upperDecision(LEVEL_NAMES[upperDecision]));
  } else {
    explanation.push(EXPLAIN.override(LEVEL_NAMES[decision]));
  }
  if (r.ceiling && isAbove(decision, r.ceiling)) {
    warnings.push('overrideAboveCeiling');
    explanation.push(EXPLAIN.overrideAboveCeiling(LEVEL_NAMES[r.ceiling]));
  }
  if (ctx.useVotes && !votesPass(r.member, decision, ctx)) {
    warnings.push('overrideNotSupported');
    explanation.push(EXPLAIN.overrideNotSupported);
  }
  // What the decision settles leaves the warnings; the explanation keeps how it was settled.
  const settled = r.warnings.filter((code) => SETTLED_BY_DECISION.has(code));
  if (settled.length > 0) {
    explanation.push(EXPLAIN.settled(settled.map((code) => WARNING_LABELS[code].toLowerCase()).join('; '), column));
  }
  return {
    ...r,
    result: decision,
    overridden: true,
    decided: upperDecision !== null,
    warnings: [...r.warnings.filter((code) => !SETTLED_BY_DECISION.has(code)), ...warnings],
    explanation: [...r.explanation, ...explanation],
  };
}

const TIE: ReadonlySet<WarningCode> = new Set<WarningCode>(['quotaTie', 'quotaTieByScore']);

/**
 * `contextOf` gives each result the context of its own chi bộ (its N, its votes): one chi
 * bộ's run passes the same for all, the đảng ủy's consolidation one per chi bộ.
 */
export function applyDecisions(results: readonly MemberResult[], contextOf: (index: number) => RuleContext): MemberResult[] {
  const decided = results.map((r, i) => decide(r, contextOf(i)));
  // A tie at the cut-off is settled once the chi bộ (or the competent level) decided for one
  // of the tied members of that group: the others keep HTT without the warning.
  const settledGroups = new Set(
    results.flatMap((r, i) => (r.warnings.some((code) => TIE.has(code)) && decided[i]?.overridden ? [r.group] : [])),
  );
  return decided.map((r) => {
    if (!settledGroups.has(r.group) || r.overridden || !r.warnings.some((code) => TIE.has(code))) return r;
    return { ...r, warnings: r.warnings.filter((code) => !TIE.has(code)), explanation: [...r.explanation, EXPLAIN.tieSettled] };
  });
}
