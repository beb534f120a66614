/**
 * The engine's figures for `npm run bench` (issue 14): runClassification per member against
 * a floor (the cold start of Code.js: bench-cold-start.ts). Each function returns figures;
 * bench.ts prints them and writes them to bench/results.json.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Level, Outcome } from '../core/levels';
import type { Member } from '../core/member';
import type { Profile } from '../core/profiles';
import { allowedHtxs, type QuotaCandidate, rankForQuota } from '../core/quota';
import { parseRoster } from '../core/roster';
import { type ClassificationRun, runClassification } from '../core/run';
import { EMULATION_NAMES, FAULT_NAMES, LEVEL_NAMES, STATUS_NAMES } from '../core/text/domain';
import { EXPLAIN, fractionText } from '../core/text/messages';
import { SHEET_NAMES } from '../core/text/sheets';
import type { Emulation } from '../core/vocab';
import type { WarningCode } from '../core/warnings';
import { largeRosterGrid } from './large-roster';

const TODAY = { year: 2023, month: 12, day: 7 };
/** The size at which the floor ratio is quoted. */
export const FLOOR_SIZE = 10_000;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? 0;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/**
 * CPU time of this process (user + system, all its threads) in ms. On a machine shared with
 * other jobs wall time mostly measures the others; CPU time stays put from run to run.
 */
export function time(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** A member's outcome as the floor computes it: what the engine's result says, and its words. */
interface FloorResult {
  result: Outcome;
  readonly warnings: WarningCode[];
  readonly explanation: string[];
}

const CEILING: Record<Emulation, Level> = { HTXS: 'HTXS', CSTDCS: 'HTXS', HTT: 'HTT', HT: 'HT', 'HT-HC': 'HT', KHT: 'KHT' };
const PASSING: readonly Level[] = ['HTXS', 'HTT', 'HT'];

/**
 * The floor: what any program must do for the same answer, written here by hand for the
 * rules the benchmark roster meets (the 2023 plan: status, KHT criteria, the ceiling from the
 * emulation result, sick leave, votes over N, the HTXS quota with ties), on members already
 * parsed, with the same explanation strings from src/core/text. No cell is read, no stage
 * copies a result. engineFigures checks that it gives the engine's results, word for word.
 */
function floorRun(members: readonly Member[], profile: Profile, quotaPercent: number): FloorResult[] {
  let base = 0;
  for (const m of members) if (m.membership === 'official' && m.status === 'active') base++;
  const passes = (level: Level, votes: number) => {
    const f = level === 'HTXS' ? profile.htxsThreshold : level === 'KHT' ? profile.khtThreshold : profile.passThreshold;
    return f.den * votes > f.num * base;
  };
  const voteSentence = (level: Level, votes: number) => {
    const f = level === 'HTXS' ? profile.htxsThreshold : level === 'KHT' ? profile.khtThreshold : profile.passThreshold;
    return EXPLAIN.votes(LEVEL_NAMES[level], votes, base, fractionText(f));
  };
  const results: FloorResult[] = [];
  const candidates: QuotaCandidate[] = [];
  let htxsAndHtt = 0;
  for (const [id, m] of members.entries()) {
    const r = floorMember(m, profile, base, passes, voteSentence);
    if (r.result === 'HTXS') candidates.push({ id, htxsVotes: m.votesHTXS });
    if (r.result === 'HTXS' || r.result === 'HTT') htxsAndHtt++;
    results.push(r);
  }
  const allowed = Math.min(candidates.length, allowedHtxs(htxsAndHtt, quotaPercent));
  const decision = rankForQuota(candidates, allowed);
  const demote = (id: number, tied: boolean) => {
    const r = results[id];
    const votes = members[id]?.votesHTXS ?? 0;
    if (!r) return;
    r.result = 'HTT';
    r.warnings.push(tied ? 'quotaTie' : 'quotaDemoted');
    r.explanation.push(tied ? EXPLAIN.quotaTie(votes, allowed) : EXPLAIN.quotaDemoted(allowed, quotaPercent, votes));
  };
  for (const id of decision.demoted) demote(id, false);
  for (const id of decision.tied) demote(id, true);
  return results;
}

function floorMember(
  m: Member,
  profile: Profile,
  base: number,
  passes: (level: Level, votes: number) => boolean,
  voteSentence: (level: Level, votes: number) => string,
): FloorResult {
  if (m.status === 'exempt' || m.status === 'suspended' || m.status === 'under6months') {
    return { result: 'KXL', warnings: [], explanation: [EXPLAIN.notClassified(STATUS_NAMES[m.status])] };
  }
  if (m.status === 'absent') return { result: 'CXL', warnings: ['absent'], explanation: [EXPLAIN.absent] };
  const reasons: string[] = [];
  if (m.discipline) reasons.push(EXPLAIN.disciplineReason);
  if (m.faults.length > 0) reasons.push(EXPLAIN.faultReason(m.faults.map((f) => FAULT_NAMES[f].toLowerCase()).join('; ')));
  if (m.emulation === 'KHT') reasons.push(EXPLAIN.emulationKhtReason);
  const kht = m.votesKHT;
  if (reasons.length > 0) {
    const criteria = EXPLAIN.khtCriteria(reasons.join('; '));
    if (passes('KHT', kht)) return { result: 'KHT', warnings: [], explanation: [criteria, voteSentence('KHT', kht)] };
    return {
      result: 'CXL',
      warnings: ['khtNotEnoughVotes'],
      explanation: [criteria, EXPLAIN.khtNotEnoughVotes(kht, base, profile)],
    };
  }
  if (m.emulation === null) return { result: 'CXL', warnings: ['missingEmulation'], explanation: [EXPLAIN.missingEmulation] };
  let ceiling = CEILING[m.emulation];
  const explanation = [EXPLAIN.ceilingFromEmulation(EMULATION_NAMES[m.emulation], LEVEL_NAMES[ceiling])];
  if (m.sickMonths >= profile.sickLeaveMonths && (ceiling === 'HTXS' || ceiling === 'HTT')) {
    ceiling = 'HT';
    explanation.push(EXPLAIN.sickLeaveCap(String(m.sickMonths).replace('.', ','), profile.sickLeaveMonths));
  }
  if (passes('KHT', kht)) {
    explanation.push(EXPLAIN.khtVotesWithoutFault(kht, base, profile));
    return { result: 'CXL', warnings: ['khtVotesWithoutFault'], explanation };
  }
  // Cumulative tallies, one ballot: a vote for a level also supports the levels below it.
  const support = { HTXS: m.votesHTXS, HTT: m.votesHTXS + m.votesHTT, HT: m.votesHTXS + m.votesHTT + m.votesHT, KHT: kht };
  const start = PASSING.indexOf(ceiling);
  for (const level of PASSING.slice(start < 0 ? PASSING.length : start)) {
    if (passes(level, support[level])) {
      explanation.push(voteSentence(level, support[level]));
      return { result: level, warnings: [], explanation };
    }
  }
  explanation.push(EXPLAIN.notEnoughVotes(base, profile));
  return { result: 'CXL', warnings: ['notEnoughVotes'], explanation };
}

/** True when the floor's outcomes are the engine's results, word for word. */
function sameOutcomes(floor: readonly FloorResult[], run: ClassificationRun): boolean {
  return (
    floor.length === run.results.length &&
    run.results.every((r, i) => {
      const f = floor[i];
      return (
        f !== undefined &&
        f.result === r.result &&
        isDeepStrictEqual(f.warnings, r.warnings) &&
        isDeepStrictEqual(f.explanation, r.explanation)
      );
    })
  );
}

/** Plain data rebuilt from JSON: members as a caller that had parsed them would hold them. */
function membersFromJson(json: string): Member[] {
  const members: Member[] = JSON.parse(json);
  return members;
}

export interface EngineSize {
  readonly n: number;
  /** runClassification on the grid, median. */
  readonly ms: number;
  readonly usPerMember: number;
  /** The floor on the same members, median. */
  readonly floorMs: number;
  readonly floorUsPerMember: number;
  /** ms / floorMs. */
  readonly floorRatio: number;
}

export interface EngineFigures {
  readonly sizes: EngineSize[];
  /** At FLOOR_SIZE members. */
  readonly floorMs: number;
  readonly floorRatio: number;
  readonly runs: number;
}

/**
 * runClassification on the benchmark roster of 1,000, 10,000 and 100,000 members, and the
 * floor on the same members, each the median of `runs` runs taken in turns after a warm-up.
 */
export function engineFigures(runs = 7): EngineFigures {
  const sizes = [1000, FLOOR_SIZE, 100_000].map((n): EngineSize => {
    const grid = largeRosterGrid(n);
    const engine = () => runClassification({ roster: grid, settings: null, today: TODAY });
    const run = engine();
    const profile = run.settings.profile;
    const members = membersFromJson(JSON.stringify(parseRoster(grid, SHEET_NAMES.roster, profile).members));
    const floor = () => floorRun(members, profile, run.quota.percent);
    // The floor must do the same work: the engine's results, word for word.
    if (run.errors.length > 0 || !sameOutcomes(floor(), run)) {
      throw new Error(
        `bench: the floor in src/local/bench-engine.ts no longer gives runClassification's results at ${n} members`,
      );
    }
    // Warm-up: at the first size the code is not yet optimised and the young generation small.
    for (let i = 0; i < (n >= 100_000 ? 1 : 3); i++) engine();
    // The floor is timed over a batch of runs: alone, a short run takes a young-generation
    // collection or not, and jumps between 0.2 and 0.6 µs a member; batched, it pays its share
    // of collections as the engine does. In turns, so a change of load touches both.
    const batch = n >= 100_000 ? 3 : 10;
    const times: number[] = [];
    const floorTimes: number[] = [];
    for (let round = 0; round < runs; round++) {
      floorTimes.push(
        time(() => {
          for (let i = 0; i < batch; i++) floor();
        }) / batch,
      );
      times.push(time(engine));
    }
    const ms = median(times);
    const floorMs = median(floorTimes);
    return {
      n,
      ms,
      usPerMember: (ms * 1000) / n,
      floorMs,
      floorUsPerMember: (floorMs * 1000) / n,
      floorRatio: ms / floorMs,
    };
  });
  const at = sizes.find((s) => s.n === FLOOR_SIZE);
  return { sizes, floorMs: at?.floorMs ?? 0, floorRatio: at?.floorRatio ?? 0, runs };
}

/** Rows for the printed table, header first. */
export function engineRows(engine: EngineFigures): string[][] {
  return [
    ['members', 'ms', 'µs/member', 'floor µs/member', '× floor', 'growth vs previous (×size)'],
    ...engine.sizes.map((e, i) => {
      const prev = engine.sizes[i - 1];
      return [
        e.n.toLocaleString('en'),
        e.ms.toFixed(1),
        e.usPerMember.toFixed(2),
        e.floorUsPerMember.toFixed(2),
        e.floorRatio.toFixed(1),
        prev ? (e.ms / prev.ms / 10).toFixed(2) : '—',
      ];
    }),
  ];
}
