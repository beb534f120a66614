/**
 * The profiles' ids and names, without their rules: enough to read «Bộ quy tắc» where the
 * rules are not needed (the sidebar's form validation).
 */
import { compactKey } from '../normalize';
import { PROFILE_NAMES } from '../text/domain';
import { keysOf } from '../record';

export type ProfileId = keyof typeof PROFILE_NAMES;

export const PROFILE_IDS: readonly ProfileId[] = keysOf(PROFILE_NAMES);
export const DEFAULT_PROFILE_ID: ProfileId = 'ke-hoach-2023';

/** A profile id by its name or id, matched like a header. */
export function findProfileId(nameOrId: string): ProfileId | undefined {
  const key = compactKey(nameOrId);
  return PROFILE_IDS.find((id) => compactKey(PROFILE_NAMES[id]) === key || compactKey(id) === key);
}
