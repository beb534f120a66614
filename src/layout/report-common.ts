/**
 * Pieces of «Báo cáo» shared by every profile: the percentages, why a member is not
 * classified, and the «Ghi chú» of a member row.
 */
import type { MemberResult } from '../core/classify';
import { UNCLASSIFIED_REASONS } from '../core/text/messages';
import { DOC } from '../core/text/sheets';
import type { UnclassifiedReason } from '../core/warnings';

/** Why a member is KXL or CXL; null when classified. */
export function notClassifiedReason(r: MemberResult): UnclassifiedReason | null {
  return r.result === 'KXL' || r.result === 'CXL' ? r.ruleReason : null;
}

/** count/base as a percentage with two decimals and a decimal comma, by integer rounding. */
export function percentText(count: number, base: number): string {
  if (base === 0) return '0%';
  const hundredths = Math.floor((2 * count * 10000 + base) / (2 * base));
  const whole = Math.floor(hundredths / 100);
  const frac = String(hundredths % 100).padStart(2, '0');
  return `${whole},${frac}%`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * «Ghi chú» of the report sent up: probationary, and why a member is not classified. The
 * warnings are working notes for the chi bộ (the roster's «Cảnh báo», the sidebar).
 */
export function memberNote(r: MemberResult): string {
  const parts: string[] = [];
  if (r.member.membership === 'probationary') parts.push(DOC.probationary);
  const reason = notClassifiedReason(r);
  if (reason) parts.push(capitalize(UNCLASSIFIED_REASONS[reason]));
  return parts.join('; ');
}
