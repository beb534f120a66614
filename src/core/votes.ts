/** How the tallies add up to the support for each level (design §4 step 5). */
import type { Level } from './levels';
import type { Votes } from './member';

export interface TallyMode {
  /** «Cộng dồn phiếu»: a vote for a higher level also supports the lower ones. */
  readonly cumulative: boolean;
  /** «Phiếu HTXS bầu riêng»: Phiếu HTXS counts only toward HTXS. */
  readonly separateHtxsBallot: boolean;
}

export function support(votes: Votes, level: Level, mode: TallyMode): number {
  if (level === 'KHT') return votes.KHT;
  if (level === 'HTXS') return votes.HTXS;
  const fromTop = mode.separateHtxsBallot ? 0 : votes.HTXS;
  if (!mode.cumulative) return level === 'HTT' ? votes.HTT : votes.HT;
  return level === 'HTT' ? fromTop + votes.HTT : fromTop + votes.HTT + votes.HT;
}

/** The tallies that share one ballot and so must add up to at most N. */
export function ballotColumns(mode: TallyMode): readonly Level[] {
  return mode.separateHtxsBallot ? ['HTT', 'HT', 'KHT'] : ['HTXS', 'HTT', 'HT', 'KHT'];
}
