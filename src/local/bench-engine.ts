/**
 * The engine's figures for `npm run bench` (issue 14): runClassification per member against
 * a floor, and the cold start of build/gas/Code.js with V8's compile cache defeated. Each
 * function returns figures; bench.ts prints them and writes them to bench/results.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import vm from 'node:vm';
import type { ChiBoResult } from '../core/chi-bo';
import { isUnderSixMonths, type MemberResult, type RuleContext } from '../core/classify';
import { applyDecisions } from '../core/decisions';
import { emptyCounts } from '../core/levels';
import type { ColumnKey, InputKey } from '../core/columns';
import type { Member, RowError } from '../core/member';
import { applyQuota, checkQuota, quotaRules } from '../core/quota-step';
import { keysOf } from '../core/record';
import { parseRoster } from '../core/roster';
import { type ClassificationRun, runClassification, usesVotes } from '../core/run';
import { parseSettings, type Settings } from '../core/run-settings';
import { DOCUMENT_NAMES } from '../core/text/domain';
import { EXPLAIN } from '../core/text/messages';
import { SHEET_NAMES } from '../core/text/sheets';
import { isCommitteePost } from '../core/vocab';
import { largeRosterGrid } from './large-roster';

const TODAY = { year: 2023, month: 12, day: 7 };
const TASK_COLUMNS: readonly InputKey[] = ['tasksAssigned', 'tasksDone', 'tasksLate', 'tasksAbove'];
const TALLY_COLUMNS: readonly ColumnKey[] = ['votesHTXS', 'votesHTT', 'votesHT', 'votesKHT'];
/** The size at which the floor ratio is quoted. */
export const FLOOR_SIZE = 10_000;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? 0;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** What the floor starts from: the roster already parsed, the settings already read. */
interface Parsed {
  readonly members: readonly Member[];
  readonly errors: readonly RowError[];
  readonly run: ClassificationRun;
  readonly settings: Settings;
}

/**
 * The floor: the same rules on members that are already parsed. Every step of
 * runClassification after the roster parse (N, row checks, member rules, quota, decisions,
 * quota check, documents and comparison, counts, chi bộ level), with the same explanation
 * strings; no cell is read. The bench checks that it gives the engine's results.
 */
function floorRun(input: Parsed): { results: MemberResult[]; chiBo: ChiBoResult } {
  const { members, settings } = input;
  const columns = input.run.columns;
  const profile = settings.profile;
  const meetingDate = settings.meetingDate ?? TODAY;
  const unknownStatus = new Set(input.errors.filter((e) => e.columns.includes('status')).map((e) => e.row));
  let votingBase = settings.votingBase ?? 0;
  if (settings.votingBase === null) {
    for (const m of members) {
      if (unknownStatus.has(m.row)) continue;
      if (m.membership === 'official' && m.status === 'active' && !isUnderSixMonths(m, meetingDate)) votingBase++;
    }
  }
  const ctx: RuleContext = {
    cumulative: settings.cumulative,
    separateHtxsBallot: settings.separateHtxsBallot,
    votingBase,
    profile,
    meetingDate,
    useVotes: usesVotes(settings),
    hasTaskColumns: TASK_COLUMNS.some((key) => columns.index[key] !== undefined),
  };
  const errors = input.errors.filter((e) => ctx.useVotes || !e.columns.some((key) => TALLY_COLUMNS.includes(key)));
  const errorRows = new Set(errors.map((e) => e.row));
  const checked = profile.rowChecks(
    members.filter((m) => !errorRows.has(m.row)),
    ctx,
    columns,
  );
  for (const e of checked) errorRows.add(e.row);
  const rules = quotaRules(settings);
  const byRules = members.map((m) => profile.classifyMember(m, ctx, errorRows.has(m.row)));
  const { results: quotaChecked } = checkQuota(applyDecisions(applyQuota(byRules, rules), ctx), rules);
  const results = quotaChecked.map((r) => {
    const missing = keysOf(r.member.documents)
      .filter((key) => r.member.documents[key] === false)
      .map((key) => DOCUMENT_NAMES[key]);
    const warnings = [...r.warnings];
    const explanation = [...r.explanation];
    if (missing.length > 0) {
      warnings.push('missingDocuments');
      explanation.push(EXPLAIN.missingDocuments(missing.join(', ')));
    }
    const self = r.member.selfAssessment ?? '';
    const proposal = r.member.committeeProposal ?? '';
    if (self || proposal) explanation.push(EXPLAIN.comparison(EXPLAIN.selfAndProposal(self, proposal)));
    return { ...r, warnings, explanation };
  });
  const counts = emptyCounts();
  for (const r of results) counts[r.result]++;
  const disciplined = members.filter((m) => m.discipline);
  const chiBo = profile.classifyChiBo(settings, {
    members: members.length,
    kht: counts.KHT,
    disciplined: disciplined.length,
    committeeDisciplined: disciplined.filter((m) => isCommitteePost(m.post)).length,
  });
  return { results, chiBo };
}

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
 * floor on the same members, each the median of `runs` runs taken in turns after one warm-up.
 */
export function engineFigures(runs = 7): EngineFigures {
  const sizes = [1000, FLOOR_SIZE, 100_000].map((n): EngineSize => {
    const grid = largeRosterGrid(n);
    const engine = () => runClassification({ roster: grid, settings: null, today: TODAY });
    const run = engine();
    const roster = parseRoster(grid, SHEET_NAMES.roster, run.settings.profile);
    const parsed: Parsed = {
      // Plain data rebuilt from JSON, so the floor's members share one shape whatever the parser makes.
      members: membersFromJson(JSON.stringify(roster.members)),
      errors: roster.errors,
      run,
      settings: parseSettings({}, TODAY).settings,
    };
    const floor = floorRun(parsed);
    // The floor must do the same work: the same results, word for word.
    if (!isDeepStrictEqual(floor.results, run.results) || !isDeepStrictEqual(floor.chiBo, run.chiBo)) {
      throw new Error(`bench: the floor does not give runClassification's results at ${n} members`);
    }
    const times: number[] = [];
    const floorTimes: number[] = [];
    const count = n >= 100_000 ? Math.max(3, runs - 2) : runs;
    for (let i = 0; i < count; i++) {
      times.push(time(engine));
      floorTimes.push(time(() => floorRun(parsed)));
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

export interface ColdStartFigures {
  /** A fresh context, then Code.js compiled and run, the compile cache defeated. */
  readonly bundleMs: number;
  /** The same for an empty script. */
  readonly emptyMs: number;
  readonly ratio: number;
  /** Code.js run again with the same source, so V8's compile cache hits (the old figure). */
  readonly warmBundleMs: number;
  readonly runs: number;
  readonly cacheBusting: string;
}

/**
 * Loading Code.js as a fresh Apps Script runtime would: a new vm context, the script compiled
 * and run. V8 keeps compiled scripts per isolate keyed by the source string (and its origin),
 * so running the same string again skips parsing; each run here appends a comment naming the
 * run, which makes a source V8 has never seen. The empty script gets the same treatment.
 */
export function coldStartFigures(gasDir: string, runs = 21): ColdStartFigures {
  const code = readFileSync(join(gasDir, 'Code.js'), 'utf8');
  const tag = `${process.pid}-${Date.now()}`;
  const load = (source: string, filename: string) =>
    time(() => {
      const context = vm.createContext({});
      new vm.Script(source, { filename }).runInContext(context);
    });
  const bundle: number[] = [];
  const empty: number[] = [];
  const warm: number[] = [];
  // One of each first, unmeasured, so neither pays for loading vm's own code.
  load(`${code}\n// warm-up ${tag}`, 'Code.js');
  load(`// warm-up ${tag}`, 'empty.js');
  for (let i = 0; i < runs; i++) {
    bundle.push(load(`${code}\n// cold start ${tag}-${i}`, 'Code.js'));
    empty.push(load(`// cold start ${tag}-${i}`, 'empty.js'));
    warm.push(load(code, 'Code.js'));
  }
  const bundleMs = median(bundle);
  const emptyMs = median(empty);
  return {
    bundleMs,
    emptyMs,
    ratio: bundleMs / Math.max(emptyMs, 0.001),
    warmBundleMs: median(warm),
    runs,
    cacheBusting: 'a comment naming the run appended to the source',
  };
}

export function coldStartRows(cold: ColdStartFigures): string[][] {
  return [
    ['script', 'ms'],
    ['Code.js', cold.bundleMs.toFixed(2)],
    ['empty script', cold.emptyMs.toFixed(2)],
    ['ratio', cold.ratio.toFixed(1)],
    ['Code.js, compile cache warm', cold.warmBundleMs.toFixed(2)],
  ];
}
