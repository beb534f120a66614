/**
 * The HTXS quota: "số đảng viên HTXS không vượt quá P% số đảng viên HTT".
 * A member demoted from HTXS becomes HTT and joins the base, so with T members at HTXS
 * or HTT the allowed number is the largest k with 100·k ≤ P·(T − k), i.e.
 * k = ⌊P·T / (100 + P)⌋. Integer arithmetic only.
 */
export function allowedHtxs(htxsAndHtt: number, percent: number): number {
  if (htxsAndHtt <= 0 || percent <= 0) return 0;
  return Math.floor((percent * htxsAndHtt) / (100 + percent));
}

/** True when `htxs` members at HTXS out of `htxsAndHtt` break the quota. */
export function quotaExceeded(htxs: number, htxsAndHtt: number, percent: number): boolean {
  return 100 * htxs > percent * (htxsAndHtt - htxs);
}

export interface QuotaCandidate {
  readonly id: number;
  readonly htxsVotes: number;
}

export interface QuotaDecision {
  readonly keep: number[];
  /** Demoted for ranking below the cut-off. */
  readonly demoted: number[];
  /** Demoted because they tie at the cut-off: the chi bộ must choose. */
  readonly tied: number[];
  readonly allowed: number;
}

/**
 * Ranks the HTXS candidates by Phiếu HTXS, keeps the top `allowed`, demotes the rest.
 * Members tied at the cut-off are all demoted, so the engine never exceeds the quota and
 * the result does not depend on row order.
 */
export function rankForQuota(candidates: readonly QuotaCandidate[], allowed: number): QuotaDecision {
  if (candidates.length <= allowed) return { keep: candidates.map((c) => c.id), demoted: [], tied: [], allowed };
  const sorted = [...candidates].sort((a, b) => b.htxsVotes - a.htxsVotes || a.id - b.id);
  const firstOut = sorted[allowed];
  const cutVotes = firstOut ? firstOut.htxsVotes : -1;
  const lastIn = allowed > 0 ? sorted[allowed - 1] : undefined;
  const tieAtCut = lastIn !== undefined && lastIn.htxsVotes === cutVotes;
  const keep: number[] = [];
  const demoted: number[] = [];
  const tied: number[] = [];
  for (const c of sorted) {
    if (c.htxsVotes > cutVotes) keep.push(c.id);
    else if (tieAtCut && c.htxsVotes === cutVotes) tied.push(c.id);
    else demoted.push(c.id);
  }
  return { keep, demoted, tied, allowed };
}
