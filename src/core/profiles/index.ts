/**
 * Rule profiles. The default is the 2023 plan of Chi bộ THPT Số 2 Phù Cát; later rule
 * sets are added as new profiles, never by editing it. A profile supplies every rule
 * number a user reads, the columns and settings it uses, and the parts of the pipeline
 * that differ (profiles/types.ts).
 */
import { PROFILE_NAMES } from '../text/domain';
import { findProfileId, type ProfileId } from './ids';
import { PLAN_2023 } from './plan-2023';
import { QD366_2025 } from './qd366-2025';
import type { Profile } from './types';

export type { Profile } from './types';
export type { ProfileId } from './ids';
export { PLAN_2023, QD366_2025 };

const BY_ID: Readonly<Record<ProfileId, Profile>> = { 'ke-hoach-2023': PLAN_2023, 'qd366-2025': QD366_2025 };

export const PROFILES: readonly Profile[] = [PLAN_2023, QD366_2025];

export function profileById(id: ProfileId): Profile {
  return BY_ID[id];
}

export function profileName(profile: Profile): string {
  return PROFILE_NAMES[profile.id];
}

/** A profile by its name or id, matched like a header. */
export function findProfile(nameOrId: string): Profile | undefined {
  const id = findProfileId(nameOrId);
  return id ? BY_ID[id] : undefined;
}
