/**
 * The plain, JSON-ready summary of a run: the CLI's --json contract (design §9) and
 * what the sidebar shows. Codes, not Vietnamese names, so outside checks can rely on it.
 */
import type { Level, Outcome, OutcomeCounts } from './levels';
import type { RowError } from './member';
import type { ClassificationRun, QuotaSummary } from './run';
import { WARNING_LABELS } from './text/messages';
import type { WarningCode } from './warnings';

export interface MemberSummary {
  readonly row: number;
  readonly name: string;
  readonly ceiling: Level | null;
  readonly byVotes: Level | null;
  readonly result: Outcome;
  /** The warnings' Vietnamese labels, as «Cảnh báo» shows them. */
  readonly warnings: string[];
  /** The same warnings as codes, for programs. */
  readonly warningCodes: WarningCode[];
  readonly explanation: string;
}

export interface RunSummary {
  readonly members: MemberSummary[];
  readonly counts: OutcomeCounts;
  readonly votingBase: number;
  readonly quota: QuotaSummary;
  /** The chi bộ's own level («cell» in the JSON contract). */
  readonly cell: { readonly result: Outcome; readonly reasons: string[] };
  readonly errors: Omit<RowError, 'columns'>[];
  readonly settingErrors: {
    readonly label: string;
    readonly row: number | null;
    readonly value: string;
    readonly message: string;
  }[];
  readonly notices: string[];
}

export function explanationText(sentences: readonly string[]): string {
  return sentences.join(' ');
}

export function warningLabels(codes: readonly WarningCode[]): string[] {
  return codes.map((code) => WARNING_LABELS[code]);
}

export function summarize(run: ClassificationRun): RunSummary {
  return {
    members: run.results.map((r) => ({
      row: r.member.row,
      name: r.member.name,
      ceiling: r.ceiling,
      byVotes: r.byVotes,
      result: r.result,
      warnings: warningLabels(r.warnings),
      warningCodes: [...r.warnings],
      explanation: explanationText(r.explanation),
    })),
    counts: { ...run.counts },
    votingBase: run.votingBase,
    quota: { ...run.quota },
    cell: { result: run.chiBo.result, reasons: [...run.chiBo.reasons] },
    errors: run.errors.map(({ row, column, value, message }) => ({ row, column, value, message })),
    settingErrors: run.settingErrors.map(({ label, row, value, message }) => ({ label, row, value, message })),
    notices: [...run.notices],
  };
}
