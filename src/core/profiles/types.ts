/**
 * What a rule profile supplies to the one pipeline (parse → N → member rules → quota →
 * decisions → chi bộ level): its columns and settings, every rule number a user reads, its
 * member rule, its chi bộ rule, its row checks, and how the quota groups and ranks members.
 */
import type { ChiBoResult, ChiBoRosterFacts } from '../chi-bo';
import type { MemberResult, RuleContext } from '../classify';
import type { ColumnMap, InputKey, OutputKey } from '../columns';
import type { Member, RowError } from '../member';
import type { ScoreRules } from '../score';
import type { Settings } from '../run-settings';
import type { SettingKey } from '../settings';
import type { Fraction } from '../thresholds';
import type { ProfileId } from './ids';

export interface Profile {
  readonly id: ProfileId;
  /** P of the HTXS quota: "không vượt quá P% số đảng viên HTT". */
  readonly quotaPercent: number;
  /** P for an outstanding unit, and the setting that says it is one. */
  readonly outstandingQuotaPercent: number;
  readonly outstandingSetting: 'outstanding' | 'outstandingUnit';
  /** P of the quota for collectives the đảng ủy applies to its chi bộ, and for an outstanding đảng bộ. */
  readonly collectiveQuotaPercent: number;
  readonly collectiveOutstandingQuotaPercent: number;
  /** Sick leave of this many months: caps the level at HT (2023) or adds a note (QĐ 366). */
  readonly sickLeaveMonths: number;
  readonly htxsThreshold: Fraction;
  readonly passThreshold: Fraction;
  readonly khtThreshold: Fraction;
  /** The 100-point score; null when the profile has none. */
  readonly score: ScoreRules | null;
  /** 'always': the chi bộ votes on every member; 'setting': only when «Biểu quyết tại chi bộ» = Có. */
  readonly votes: 'always' | 'setting';
  /** The quota is applied per peer group (unless «Tính hạn mức theo nhóm đối tượng» = Không). */
  readonly peerGroups: boolean;
  /** What ranks the HTXS candidates when the quota demotes some. */
  readonly rankBy: 'htxsVotes' | 'score';
  /** The chi bộ proposes and the competent level decides («Quyết định cấp trên»). */
  readonly proposes: boolean;
  /** The roster columns this profile reads, in the template's order. */
  readonly columns: readonly InputKey[];
  readonly requiredColumns: readonly InputKey[];
  /** Sets of columns of which at least one must be complete (the score: both parts, or the total). */
  readonly requiredAnyOf: readonly (readonly InputKey[])[];
  /** The output block, in order. */
  readonly outputColumns: readonly OutputKey[];
  /** The «Cấu hình» labels, in the template's order. */
  readonly settings: readonly SettingKey[];
  readonly classifyMember: (member: Member, ctx: RuleContext, hasError: boolean) => MemberResult;
  readonly rowChecks: (members: readonly Member[], ctx: RuleContext, columns: ColumnMap) => RowError[];
  readonly classifyChiBo: (settings: Settings, facts: ChiBoRosterFacts) => ChiBoResult;
}
