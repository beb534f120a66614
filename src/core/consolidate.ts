/**
 * The đảng ủy's consolidation over its chi bộ (issue 13). Each chi bộ keeps its own settings,
 * N, votes, errors and decisions (prepareRun); only the member quota moves: under QĐ 366 it
 * is applied per peer group across the whole đảng bộ ("theo đối tượng có vị trí, vai trò, chức
 * năng, nhiệm vụ tương đồng, do cấp có thẩm quyền xem xét, quyết định"), unless the đảng ủy
 * keeps it per chi bộ; under the 2023 plan, a chi bộ's plan, it stays per chi bộ. The chi bộ
 * levels then get the quota for collectives. Pure, integer arithmetic, and independent of the
 * order of the files and of the rows.
 */
import type { MemberResult, RuleContext } from './classify';
import { emptyCounts, type Outcome, type OutcomeCounts } from './levels';
import { foldKey } from './normalize';
import type { Profile, ProfileId } from './profiles';
import { allowedHtxs, rankForQuota } from './quota';
import { type QuotaGroupSummary, type QuotaRules, quotaRules, type QuotaSummary } from './quota-step';
import { type ClassificationRun, finishRun, type PreparedRun, prepareRun, quotaAndDecisions, type RunInput } from './run';
import { scoreText } from './score';
import { CONSOLIDATION_TEXT } from './text/consolidation';
import { PROFILE_NAMES } from './text/domain';

/** One chi bộ's workbook as the đảng ủy reads it. */
export interface ChiBoSource {
  /** «Tên chi bộ», else what the caller names it by (the file or spreadsheet name). */
  readonly name: string;
  /** Where it came from (file path, spreadsheet link): named in every problem. */
  readonly source: string;
  readonly input: RunInput;
}

/** 'dangBo': one pool per peer group across every chi bộ; 'chiBo': each chi bộ's own pools. */
export type QuotaScope = 'dangBo' | 'chiBo';

export interface ConsolidationOptions {
  /** Wins over each chi bộ's «Bộ quy tắc». */
  readonly profile?: Profile;
  /** QĐ 366 only; the 2023 plan always keeps the quota per chi bộ. Default 'dangBo'. */
  readonly scope?: QuotaScope;
  /** The đảng ủy's P for members across the đảng bộ; default the profile's (its outstanding one when `outstanding`). */
  readonly quotaPercent?: number;
  /** The đảng bộ has outstanding achievements: the higher P for members and for collectives. */
  readonly outstanding?: boolean;
  /** «Nhóm nhỏ được 01 HTXS» across the đảng bộ. Default false. */
  readonly smallGroupOne?: boolean;
}

export interface CollectiveLevel {
  /** The level the chi bộ's own criteria give (what it proposes). */
  readonly proposed: Outcome;
  /** After the quota for collectives. */
  readonly result: Outcome;
  readonly score: number | null;
  /** Why the quota changed it; null when it did not. */
  readonly quota: 'demoted' | 'tie' | null;
  /** The sentence that says so; null when the quota did not change it. */
  readonly reason: string | null;
}

export interface ConsolidatedChiBo {
  readonly name: string;
  readonly source: string;
  /** The chi bộ's own run: its proposals, its own quota. */
  readonly own: ClassificationRun;
  /** Its slice of the consolidation: the đảng ủy's results for its members, with its own N and votes. */
  readonly run: ClassificationRun;
  readonly level: CollectiveLevel;
}

export interface ConsolidatedMember {
  /** Index into `Consolidation.chiBo`. */
  readonly chiBo: number;
  /** The đảng ủy's result. */
  readonly result: MemberResult;
  /** What the chi bộ proposed: its own run's result. */
  readonly proposal: Outcome;
  /** True when the đảng ủy's result differs from the proposal. */
  readonly changed: boolean;
}

export interface CollectiveQuota {
  readonly percent: number;
  /** Chi bộ at HTXS or HTT. */
  readonly base: number;
  readonly allowed: number;
  readonly used: number;
}

export interface ConsolidationProblem {
  /** The file or spreadsheet at fault; null when the problem is the set of them. */
  readonly source: string | null;
  readonly message: string;
}

export interface Consolidation {
  readonly profile: Profile;
  readonly scope: QuotaScope;
  /** Ordered by name (diacritics folded), whatever the order of the files. */
  readonly chiBo: ConsolidatedChiBo[];
  /** Chi bộ by chi bộ, each in roster order. */
  readonly members: ConsolidatedMember[];
  readonly counts: OutcomeCounts;
  /** Over the đảng bộ: one group per peer group (or one pooled), summed over the chi bộ when per chi bộ. */
  readonly quota: QuotaSummary;
  readonly collectiveQuota: CollectiveQuota;
}

export type ConsolidationResult =
  | { readonly ok: true; readonly consolidation: Consolidation }
  | { readonly ok: false; readonly problems: ConsolidationProblem[] };

interface Prepared {
  readonly source: ChiBoSource;
  readonly prepared: PreparedRun;
}

function byName(a: ChiBoSource, b: ChiBoSource): number {
  const ka = foldKey(a.name);
  const kb = foldKey(b.name);
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

/** Every file readable, one name per chi bộ, one rule profile: else what is wrong, naming the files. */
function problemsOf(prepared: readonly Prepared[]): ConsolidationProblem[] {
  const t = CONSOLIDATION_TEXT.problems;
  if (prepared.length === 0) return [{ source: null, message: t.noChiBo }];
  const problems: ConsolidationProblem[] = [];
  for (const { source, prepared: p } of prepared) {
    if (p.fatal.length > 0) problems.push({ source: source.source, message: t.unusable(source.source, p.fatal.join(' ')) });
  }
  // One problem per name met twice (or more), even when the same source is given twice.
  const names = new Map<string, { name: string; sources: string[] }>();
  for (const { source } of prepared) {
    const key = foldKey(source.name);
    const seen = names.get(key);
    if (seen) seen.sources.push(source.source);
    else names.set(key, { name: source.name, sources: [source.source] });
  }
  for (const { name, sources } of names.values()) {
    if (sources.length > 1) problems.push({ source: null, message: t.duplicateName(name, sources.join(', ')) });
  }
  const usable = prepared.filter((p) => p.prepared.fatal.length === 0);
  const byProfile = new Map<ProfileId, string[]>();
  for (const { source, prepared: p } of usable) {
    const id = p.settings.profile.id;
    byProfile.set(id, [...(byProfile.get(id) ?? []), t.chiBoWithSource(source.name, source.source)]);
  }
  if (byProfile.size > 1) {
    const list = [...byProfile.entries()].map(([id, chiBo]) => [PROFILE_NAMES[id], chiBo] as const);
    problems.push({ source: null, message: t.mixedProfiles(list) });
  }
  return problems;
}

/** The đảng ủy's member quota rules across the đảng bộ. */
function dangBoRules(profile: Profile, options: ConsolidationOptions): QuotaRules {
  const percent = options.quotaPercent ?? (options.outstanding ? profile.outstandingQuotaPercent : profile.quotaPercent);
  return {
    percent,
    byGroup: profile.peerGroups,
    smallGroupOne: profile.peerGroups && options.smallGroupOne === true,
    rankBy: profile.rankBy,
    acrossDangBo: true,
  };
}

/** Adds per-chi-bộ quota summaries group by group: the đảng bộ's figures when the quota stays per chi bộ. */
function sumQuotas(quotas: readonly QuotaSummary[], percent: number): QuotaSummary {
  const groups = new Map<string, QuotaGroupSummary>();
  for (const q of quotas) {
    for (const g of q.groups) {
      const key = String(g.group);
      const old = groups.get(key);
      groups.set(
        key,
        old
          ? {
              ...old,
              base: old.base + g.base,
              allowed: old.allowed + g.allowed,
              used: old.used + g.used,
              exceeded: old.exceeded || g.exceeded,
            }
          : { ...g },
      );
    }
  }
  const list = [...groups.values()];
  const sum = (pick: (g: QuotaGroupSummary) => number) => list.reduce((n, g) => n + pick(g), 0);
  return {
    percent,
    base: sum((g) => g.base),
    allowed: sum((g) => g.allowed),
    used: sum((g) => g.used),
    exceeded: list.some((g) => g.exceeded),
    groups: list,
  };
}

/** The quota for collectives: HTXS chi bộ ≤ the fixed point of P% of those at HTT, ranked by score, ties all demoted. */
function collectiveLevels(
  runs: readonly ClassificationRun[],
  profile: Profile,
  options: ConsolidationOptions,
): { levels: CollectiveLevel[]; quota: CollectiveQuota } {
  const percent = options.outstanding ? profile.collectiveOutstandingQuotaPercent : profile.collectiveQuotaPercent;
  const proposed = runs.map((r) => r.chiBo.result);
  const base = proposed.filter((level) => level === 'HTXS' || level === 'HTT').length;
  const candidates = runs.flatMap((r, id) => (r.chiBo.result === 'HTXS' ? [{ id, htxsVotes: r.chiBo.score ?? 0 }] : []));
  const allowed = Math.min(candidates.length, allowedHtxs(base, percent));
  const decision = rankForQuota(candidates, allowed);
  const demoted = new Set(decision.demoted);
  const tied = new Set(decision.tied);
  const t = CONSOLIDATION_TEXT.collective;
  const levels = runs.map((r, id): CollectiveLevel => {
    const score = r.chiBo.score ?? null;
    const scoreShown = scoreText(score ?? 0);
    const base = { proposed: r.chiBo.result, score };
    if (demoted.has(id)) return { ...base, result: 'HTT', quota: 'demoted', reason: t.demoted(allowed, percent, scoreShown) };
    if (tied.has(id)) return { ...base, result: 'HTT', quota: 'tie', reason: t.tie(scoreShown, allowed) };
    return { ...base, result: r.chiBo.result, quota: null, reason: null };
  });
  const used = levels.filter((l) => l.result === 'HTXS').length;
  return { levels, quota: { percent, base, allowed: allowedHtxs(base, percent), used } };
}

export function consolidate(sources: readonly ChiBoSource[], options: ConsolidationOptions = {}): ConsolidationResult {
  const sorted = [...sources].sort(byName);
  const prepared: Prepared[] = sorted.map((source) => {
    const overrides = options.profile ? { ...source.input.overrides, profile: options.profile } : source.input.overrides;
    return { source, prepared: prepareRun({ ...source.input, ...(overrides && { overrides }) }) };
  });
  const problems = problemsOf(prepared);
  const first = prepared[0];
  if (problems.length > 0 || !first) return { ok: false, problems };

  const profile = first.prepared.settings.profile;
  const scope: QuotaScope = profile.peerGroups ? (options.scope ?? 'dangBo') : 'chiBo';
  // Each chi bộ's own run: what it proposes.
  const own = prepared.map(({ prepared: p }) => {
    const { results, quota } = quotaAndDecisions(p.byRules, quotaRules(p.settings), () => p.ctx);
    return finishRun(p, results, quota);
  });

  let slices: ClassificationRun[];
  let quota: QuotaSummary;
  if (scope === 'chiBo') {
    slices = own;
    quota = sumQuotas(
      own.map((r) => r.quota),
      own[0]?.quota.percent ?? profile.quotaPercent,
    );
  } else {
    // One list of every member, each with its own chi bộ's context; the quota pools span the đảng bộ.
    const all: MemberResult[] = [];
    const contexts: RuleContext[] = [];
    const owner: number[] = [];
    for (const [i, { prepared: p }] of prepared.entries()) {
      for (const r of p.byRules) {
        all.push(r);
        contexts.push(p.ctx);
        owner.push(i);
      }
    }
    const rules = dangBoRules(profile, options);
    const checked = quotaAndDecisions(all, rules, (index) => contexts[index] ?? first.prepared.ctx);
    quota = checked.quota;
    const perChiBo: MemberResult[][] = prepared.map(() => []);
    for (const [index, r] of checked.results.entries()) perChiBo[owner[index] ?? 0]?.push(r);
    slices = prepared.map(({ prepared: p }, i) => finishRun(p, perChiBo[i] ?? [], quota));
  }

  const { levels, quota: collectiveQuota } = collectiveLevels(slices, profile, options);
  const chiBo: ConsolidatedChiBo[] = [];
  for (const [i, { source }] of prepared.entries()) {
    const ownRun = own[i];
    const run = slices[i];
    const level = levels[i];
    if (ownRun && run && level) chiBo.push({ name: source.name, source: source.source, own: ownRun, run, level });
  }
  const members: ConsolidatedMember[] = [];
  const counts = emptyCounts();
  for (const [index, unit] of chiBo.entries()) {
    for (const [i, result] of unit.run.results.entries()) {
      const proposal = unit.own.results[i]?.result ?? result.result;
      members.push({ chiBo: index, result, proposal, changed: proposal !== result.result });
      counts[result.result]++;
    }
  }
  return { ok: true, consolidation: { profile, scope, chiBo, members, counts, quota, collectiveQuota } };
}
