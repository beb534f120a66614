/**
 * Step 7 (the HTXS quota) and its re-check after the decisions, per quota pool: the whole
 * chi bộ under the default profile, each peer group under QĐ 366 (unless «Tính hạn mức
 * theo nhóm đối tượng» = Không). Results are replaced, never mutated.
 */
import type { MemberResult } from './classify';
import type { Profile } from './profiles';
import { allowedHtxs, rankForQuota } from './quota';
import { scoreText } from './score';
import type { Settings } from './run-settings';
import { PEER_GROUP_NAMES } from './text/domain';
import { EXPLAIN } from './text/messages';
import type { PeerGroup } from './vocab';

export interface QuotaGroupSummary {
  /** The peer group; null when the pool is the whole chi bộ. */
  readonly group: PeerGroup | null;
  readonly percent: number;
  /** Members at HTXS or HTT (T). */
  readonly base: number;
  readonly allowed: number;
  readonly used: number;
  readonly exceeded: boolean;
}

export interface QuotaSummary {
  readonly percent: number;
  /** Summed over the pools. */
  readonly base: number;
  readonly allowed: number;
  readonly used: number;
  /** True when any pool is exceeded. */
  readonly exceeded: boolean;
  readonly groups: QuotaGroupSummary[];
}

export interface QuotaRules {
  readonly percent: number;
  readonly byGroup: boolean;
  /** «Nhóm nhỏ được 01 HTXS»: a pool whose allowed number is 0 may keep 1. */
  readonly smallGroupOne: boolean;
  readonly rankBy: Profile['rankBy'];
  /** True when the pool spans every chi bộ of a đảng bộ (the đảng ủy's consolidation): the sentences say so. */
  readonly acrossDangBo?: boolean;
}

/** P for the HTXS quota: the value set, else the profile's for an outstanding unit, else its default. */
export function effectiveQuotaPercent(settings: Settings): number {
  if (settings.quotaPercent !== null) return settings.quotaPercent;
  const profile = settings.profile;
  return settings[profile.outstandingSetting] ? profile.outstandingQuotaPercent : profile.quotaPercent;
}

export function quotaRules(settings: Settings): QuotaRules {
  const profile = settings.profile;
  return {
    percent: effectiveQuotaPercent(settings),
    byGroup: profile.peerGroups && settings.quotaByGroup,
    smallGroupOne: profile.peerGroups && settings.smallGroupOne,
    rankBy: profile.rankBy,
  };
}

/** The allowed number of a pool with `base` members at HTXS or HTT. */
export function allowedInPool(base: number, rules: QuotaRules): number {
  const allowed = allowedHtxs(base, rules.percent);
  return allowed === 0 && rules.smallGroupOne && base > 0 ? 1 : allowed;
}

function poolOf(r: MemberResult, rules: QuotaRules): PeerGroup | null {
  return rules.byGroup ? r.group : null;
}

/** The pools in a fixed order (2A, 2B, 2C), whatever the order of the rows. */
function pools(results: readonly MemberResult[], rules: QuotaRules): Map<PeerGroup | null, number[]> {
  const map = new Map<PeerGroup | null, number[]>();
  const order: (PeerGroup | null)[] = rules.byGroup ? ['leader', 'member', 'outside', null] : [null];
  for (const key of order) map.set(key, []);
  for (const [i, r] of results.entries()) map.get(poolOf(r, rules))?.push(i);
  return map;
}

function groupLabel(group: PeerGroup | null): string {
  return group ? PEER_GROUP_NAMES[group] : '';
}

function rankKey(r: MemberResult, rules: QuotaRules): number {
  return rules.rankBy === 'score' ? (r.score ?? 0) : r.member.votes.HTXS;
}

/** Step 7: demote HTXS members beyond the quota of their pool, the lowest ranked first; ties at the cut-off all go. */
export function applyQuota(results: readonly MemberResult[], rules: QuotaRules): MemberResult[] {
  const out = [...results];
  for (const [group, ids] of pools(results, rules)) {
    const candidates = ids.flatMap((id) => {
      const r = results[id];
      return r && r.ruleResult === 'HTXS' ? [{ id, htxsVotes: rankKey(r, rules) }] : [];
    });
    const base = ids.filter((id) => results[id]?.ruleResult === 'HTXS' || results[id]?.ruleResult === 'HTT').length;
    const allowed = Math.min(candidates.length, allowedInPool(base, rules));
    const decision = rankForQuota(candidates, allowed);
    const demote = (id: number, tied: boolean) => {
      const r = out[id];
      if (!r) return;
      const byScore = rules.rankBy === 'score';
      const score = scoreText(r.score ?? 0);
      const sentence = tied
        ? byScore
          ? EXPLAIN.quotaTieByScore(score, allowed)
          : EXPLAIN.quotaTie(r.member.votes.HTXS, allowed)
        : byScore
          ? EXPLAIN.quotaDemotedByScore(
              allowed,
              rules.percent,
              score,
              EXPLAIN.inPool(groupLabel(group), rules.acrossDangBo === true),
            )
          : EXPLAIN.quotaDemoted(allowed, rules.percent, r.member.votes.HTXS);
      const code = tied ? (byScore ? 'quotaTieByScore' : 'quotaTie') : 'quotaDemoted';
      out[id] = { ...r, result: 'HTT', warnings: [...r.warnings, code], explanation: [...r.explanation, sentence] };
    };
    for (const id of decision.demoted) demote(id, false);
    for (const id of decision.tied) demote(id, true);
  }
  return out;
}

/**
 * After the decisions the quota is checked again, per pool; every HTXS row of a broken pool is
 * told — unless, in one chi bộ's run, every HTXS of the pool is the competent level's decision.
 */
export function checkQuota(
  results: readonly MemberResult[],
  rules: QuotaRules,
): { results: MemberResult[]; quota: QuotaSummary } {
  const out = [...results];
  const groups: QuotaGroupSummary[] = [];
  for (const [group, ids] of pools(results, rules)) {
    if (group === null && rules.byGroup && ids.length === 0) continue;
    const used = ids.filter((id) => results[id]?.result === 'HTXS').length;
    const base = used + ids.filter((id) => results[id]?.result === 'HTT').length;
    const allowed = allowedInPool(base, rules);
    // In a chi bộ's own run, HTXS set by «Quyết định cấp trên» were checked by the competent
    // level against its own pool (the đảng bộ's, under QĐ 366): not this chi bộ's to flag.
    const byCompetentLevel = !rules.acrossDangBo && ids.every((id) => results[id]?.result !== 'HTXS' || results[id]?.decided);
    const exceeded = used > allowed && !byCompetentLevel;
    groups.push({ group, percent: rules.percent, base, allowed, used, exceeded });
    if (!exceeded) continue;
    for (const id of ids) {
      const r = out[id];
      if (r?.result !== 'HTXS') continue;
      const sentence =
        rules.byGroup || rules.acrossDangBo
          ? EXPLAIN.quotaExceededGroup(
              used,
              allowed,
              rules.percent,
              EXPLAIN.ofPool(groupLabel(group), rules.acrossDangBo === true),
            )
          : EXPLAIN.quotaExceeded(used, allowed, rules.percent);
      out[id] = { ...r, warnings: [...r.warnings, 'quotaExceeded'], explanation: [...r.explanation, sentence] };
    }
  }
  const sum = (pick: (g: QuotaGroupSummary) => number) => groups.reduce((n, g) => n + pick(g), 0);
  const quota: QuotaSummary = {
    percent: rules.percent,
    base: sum((g) => g.base),
    allowed: sum((g) => g.allowed),
    used: sum((g) => g.used),
    exceeded: groups.some((g) => g.exceeded),
    groups,
  };
  return { results: out, quota };
}
