/**
 * Rule profiles. The default is the 2023 plan of Chi bộ THPT Số 2 Phù Cát; later rule
 * sets are added as new profiles, never by editing this one. A profile supplies every
 * rule number a user reads, and the columns and settings it uses (from the registries).
 */
import type { InputKey, OutputKey } from '../columns';
import { compactKey } from '../normalize';
import type { SettingKey } from '../settings';
import { PROFILE_NAMES } from '../text/domain';
import { ONE_HALF, TWO_THIRDS, type Fraction } from '../thresholds';

export type ProfileId = keyof typeof PROFILE_NAMES;

export interface Profile {
  readonly id: ProfileId;
  /** "không vượt quá 15% số đảng viên HTT". */
  readonly quotaPercent: number;
  /** For a chi bộ "có thành tích đặc biệt xuất sắc". */
  readonly outstandingQuotaPercent: number;
  /** Sick leave of this many months or more caps the level at HT. */
  readonly sickLeaveCapMonths: number;
  readonly htxsThreshold: Fraction;
  readonly passThreshold: Fraction;
  readonly khtThreshold: Fraction;
  /** The roster columns this profile reads, in the template's order. */
  readonly columns: readonly InputKey[];
  readonly requiredColumns: readonly InputKey[];
  /** The output block, in order. */
  readonly outputColumns: readonly OutputKey[];
  /** The «Cấu hình» labels, in the template's order. */
  readonly settings: readonly SettingKey[];
}

export const PLAN_2023: Profile = {
  id: 'ke-hoach-2023',
  quotaPercent: 15,
  outstandingQuotaPercent: 20,
  sickLeaveCapMonths: 3,
  htxsThreshold: TWO_THIRDS,
  passThreshold: ONE_HALF,
  khtThreshold: ONE_HALF,
  columns: [
    'stt', 'name', 'post', 'leader', 'membership', 'status', 'admissionDate', 'emulation',
    'sickMonths', 'discipline', 'faults', 'selfAssessment', 'committeeProposal',
    'votesHTXS', 'votesHTT', 'votesHT', 'votesKHT', 'conclusion',
    'docSelfReview', 'docResidence', 'docBiography',
  ],
  requiredColumns: ['name', 'membership', 'emulation'],
  outputColumns: ['outCeiling', 'outByVotes', 'outResult', 'outWarnings', 'outExplanation'],
  settings: [
    'parentCommittee', 'chiBoName', 'year', 'schoolYear', 'place', 'meetingDate', 'documentNumber', 'secretary',
    'profile', 'quotaPercent', 'outstanding', 'votingBase', 'cumulative', 'separateHtxsBallot',
    'taskResult', 'committeeUnited', 'committeeLevel', 'meetsRegularly', 'schoolRank', 'youthRank', 'unionRank',
    'corruptionDiscipline', 'selfDetectedDiscipline',
  ],
};

export const PROFILES: readonly Profile[] = [PLAN_2023];

export function profileName(profile: Profile): string {
  return PROFILE_NAMES[profile.id];
}

/** A profile by its name or id, matched like a header. */
export function findProfile(nameOrId: string): Profile | undefined {
  const key = compactKey(nameOrId);
  return PROFILES.find((p) => compactKey(profileName(p)) === key || compactKey(p.id) === key);
}
