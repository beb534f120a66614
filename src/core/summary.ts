/**
 * The plain, JSON-ready summary of a run: the CLI's --json contract (design §9) and
 * what the sidebar shows. Codes, not Vietnamese names, so outside checks can rely on it.
 */
import type { CollectiveQuota, Consolidation, QuotaScope } from './consolidate';
import type { Level, Outcome, OutcomeCounts } from './levels';
import type { RowError } from './member';
import type { ProfileId } from './profiles';
import type { ClassificationRun, QuotaSummary } from './run';
import { WARNING_LABELS } from './text/messages';
import type { PeerGroup } from './vocab';
import type { WarningCode } from './warnings';

export interface MemberSummary {
  readonly row: number;
  readonly name: string;
  readonly ceiling: Level | null;
  readonly byVotes: Level | null;
  readonly result: Outcome;
  /** The agreed score in points with up to 2 decimals (91.5); null under the default profile or when missing. */
  readonly score: number | null;
  /** The peer group (QĐ 366); null under the default profile. */
  readonly group: PeerGroup | null;
  /** The warnings' Vietnamese labels, as «Cảnh báo» shows them. */
  readonly warnings: string[];
  /** The same warnings as codes, for programs. */
  readonly warningCodes: WarningCode[];
  readonly explanation: string;
}

export interface RunSummary {
  /** The id of the rule profile in force. */
  readonly profile: ProfileId;
  readonly members: MemberSummary[];
  readonly counts: OutcomeCounts;
  readonly votingBase: number;
  /** Summed over the pools, plus `groups`: one per peer group, or one with group null when pooled. */
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

/** Hundredths as a JSON number: 9150 → 91.5 (n/100 is the double nearest the decimal, printed shortest). */
function points(hundredths: number | null): number | null {
  return hundredths === null ? null : hundredths / 100;
}

export function summarize(run: ClassificationRun): RunSummary {
  return {
    profile: run.settings.profile.id,
    members: run.results.map((r) => ({
      row: r.member.row,
      name: r.member.name,
      ceiling: r.ceiling,
      byVotes: r.byVotes,
      result: r.result,
      score: points(r.score),
      group: r.group,
      warnings: warningLabels(r.warnings),
      warningCodes: [...r.warnings],
      explanation: explanationText(r.explanation),
    })),
    counts: { ...run.counts },
    votingBase: run.votingBase,
    quota: { ...run.quota, groups: run.quota.groups.map((g) => ({ ...g })) },
    cell: { result: run.chiBo.result, reasons: [...run.chiBo.reasons] },
    errors: run.errors.map(({ row, column, value, message }) => ({ row, column, value, message })),
    settingErrors: run.settingErrors.map(({ label, row, value, message }) => ({ label, row, value, message })),
    notices: [...run.notices],
  };
}

/** One member in the đảng ủy's consolidation (`consolidate --json`). */
export interface ConsolidatedMemberSummary {
  readonly chiBo: string;
  readonly row: number;
  readonly name: string;
  readonly group: PeerGroup | null;
  readonly score: number | null;
  /** What the chi bộ proposed (its own run). */
  readonly proposal: Outcome;
  /** The đảng ủy's result. */
  readonly result: Outcome;
  readonly changed: boolean;
  readonly warningCodes: WarningCode[];
}

export interface ConsolidationSummary {
  readonly profile: ProfileId;
  readonly scope: QuotaScope;
  readonly members: ConsolidatedMemberSummary[];
  readonly counts: OutcomeCounts;
  readonly quota: QuotaSummary;
  readonly collectiveQuota: CollectiveQuota;
  readonly chiBo: {
    readonly name: string;
    readonly source: string;
    readonly members: number;
    readonly counts: OutcomeCounts;
    readonly votingBase: number;
    /** After the quota for collectives. */
    readonly level: Outcome;
    readonly proposedLevel: Outcome;
    readonly score: number | null;
  }[];
}

export function summarizeConsolidation(c: Consolidation): ConsolidationSummary {
  return {
    profile: c.profile.id,
    scope: c.scope,
    members: c.members.map((m) => ({
      chiBo: c.chiBo[m.chiBo]?.name ?? '',
      row: m.result.member.row,
      name: m.result.member.name,
      group: m.result.group,
      score: points(m.result.score),
      proposal: m.proposal,
      result: m.result.result,
      changed: m.changed,
      warningCodes: [...m.result.warnings],
    })),
    counts: { ...c.counts },
    quota: { ...c.quota, groups: c.quota.groups.map((g) => ({ ...g })) },
    collectiveQuota: { ...c.collectiveQuota },
    chiBo: c.chiBo.map((u) => ({
      name: u.name,
      source: u.source,
      members: u.run.results.length,
      counts: { ...u.run.counts },
      votingBase: u.run.votingBase,
      level: u.level.result,
      proposedLevel: u.level.proposed,
      score: points(u.level.score),
    })),
  };
}
