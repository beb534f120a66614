/**
 * Rule profiles. The default is the 2023 plan of Chi bộ THPT Số 2 Phù Cát; later rule
 * sets are added as new profiles, never by editing this one.
 */
import { compactKey } from '../normalize';
import { DEFAULT_PROFILE_NAME } from '../text';
import { ONE_HALF, TWO_THIRDS, type Fraction } from '../thresholds';

export interface Profile {
  readonly id: string;
  readonly name: string;
  /** "không vượt quá 15% số đảng viên HTT". */
  readonly quotaPercent: number;
  /** For a chi bộ "có thành tích đặc biệt xuất sắc". */
  readonly outstandingQuotaPercent: number;
  /** Sick leave of this many months or more caps the level at HT. */
  readonly sickLeaveCapMonths: number;
  readonly htxsThreshold: Fraction;
  readonly passThreshold: Fraction;
  readonly khtThreshold: Fraction;
}

export const PLAN_2023: Profile = {
  id: 'ke-hoach-2023',
  name: DEFAULT_PROFILE_NAME,
  quotaPercent: 15,
  outstandingQuotaPercent: 20,
  sickLeaveCapMonths: 3,
  htxsThreshold: TWO_THIRDS,
  passThreshold: ONE_HALF,
  khtThreshold: ONE_HALF,
};

export const PROFILES: readonly Profile[] = [PLAN_2023];

export function findProfile(name: string): Profile | undefined {
  const key = compactKey(name);
  return PROFILES.find((p) => compactKey(p.name) === key || compactKey(p.id) === key);
}
