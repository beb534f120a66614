/**
 * The sheet functions XEPLOAI, DATTYLE and HANMUC_HTXS (design §7), pure. Each argument
 * may be a single value or a range (a 2D array, as Sheets passes it); ranges are walked
 * cell by cell and the result is a 2D array of the same shape, so it spills. A single
 * value broadcasts over the ranges. A bad cell gives a short Vietnamese error in that
 * cell only.
 */
import { classifyMember, type RuleContext } from './classify';
import { headerOf, INPUT_COLUMNS, type InputKey, type RosterValues } from './columns';
import { cellText, parseNumber } from './normalize';
import { findProfile, PLAN_2023, QD366_2025, type Profile } from './profiles';
import { classifyMemberQd366, khtTriggers, peerGroupOf } from './qd366/member';
import { allowedHtxs } from './quota';
import { memberWith } from './roster';
import { percentCellValue } from './settings';
import { FN } from './text/functions';
import { isStrictlyAbove, parseFraction } from './thresholds';

export type Arg = unknown;
type Cell = string | number | boolean;

function isGrid(value: Arg): value is unknown[][] {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

/** Applies `fn` cell by cell; scalars broadcast. Returns a scalar when no argument is a range. */
function mapCells(args: readonly Arg[], fn: (values: unknown[]) => Cell): Cell | Cell[][] {
  // Which arguments are ranges is decided once, not per cell: that check walks the range.
  const grid = args.map((a) => (isGrid(a) ? a : null));
  const grids = grid.filter((g): g is unknown[][] => g !== null);
  if (grids.length === 0) return fn([...args]);
  const rows = grids[0]?.length ?? 0;
  const cols = grids[0]?.[0]?.length ?? 0;
  if (grids.some((g) => g.length !== rows || g.some((row) => row.length !== cols))) return FN.shape;
  const out: Cell[][] = [];
  const values = new Array<unknown>(args.length);
  for (let r = 0; r < rows; r++) {
    const line: Cell[] = [];
    for (let c = 0; c < cols; c++) {
      for (let i = 0; i < args.length; i++) values[i] = grid[i] ? grid[i]?.[r]?.[c] : args[i];
      line.push(fn(values));
    }
    out.push(line);
  }
  return out;
}

function wholeNumber(value: unknown): number | undefined {
  const n = parseNumber(value);
  if (n === null) return 0;
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** The profile named in a cell (blank = the default); undefined when no profile has that name. */
function profileArg(value: unknown): Profile | undefined {
  const text = cellText(value);
  return text === '' ? PLAN_2023 : findProfile(text);
}

/** XEPLOAI for one member: the level by steps 2–6 (status is not an argument). */
function classifyOne(values: readonly unknown[]): Cell {
  const [emulation, sick, discipline, faults, vHTXS, vHTT, vHT, vKHT, base, profileCell] = values;
  if (values.slice(0, 8).every((v) => cellText(v) === '')) return '';
  const parsed = {
    emulation: INPUT_COLUMNS.emulation.parse.safeParse(emulation),
    sickMonths: INPUT_COLUMNS.sickMonths.parse.safeParse(sick),
    discipline: INPUT_COLUMNS.discipline.parse.safeParse(discipline),
    faults: INPUT_COLUMNS.faults.parse.safeParse(faults),
    votesHTXS: INPUT_COLUMNS.votesHTXS.parse.safeParse(vHTXS),
    votesHTT: INPUT_COLUMNS.votesHTT.parse.safeParse(vHTT),
    votesHT: INPUT_COLUMNS.votesHT.parse.safeParse(vHT),
    votesKHT: INPUT_COLUMNS.votesKHT.parse.safeParse(vKHT),
  };
  for (const key of [
    'emulation',
    'sickMonths',
    'discipline',
    'faults',
    'votesHTXS',
    'votesHTT',
    'votesHT',
    'votesKHT',
  ] as const) {
    const result = parsed[key];
    if (!result.success) return FN.badCell(`${headerOf(key)} ${result.error.issues[0]?.message ?? ''}`);
  }
  const n = wholeNumber(base);
  if (n === undefined) return FN.badNumber(FN.names.base, cellText(base));
  const profile = profileArg(profileCell);
  if (!profile) return FN.badProfile(cellText(profileCell));
  if (profile.score) return FN.useScoreFunction;
  const member = memberWith({
    membership: 'official',
    emulation: parsed.emulation.data ?? null,
    sickMonths: parsed.sickMonths.data ?? 0,
    discipline: parsed.discipline.data ?? false,
    faults: parsed.faults.data ?? [],
    votesHTXS: parsed.votesHTXS.data ?? 0,
    votesHTT: parsed.votesHTT.data ?? 0,
    votesHT: parsed.votesHT.data ?? 0,
    votesKHT: parsed.votesKHT.data ?? 0,
  });
  const { HTXS, HTT, HT, KHT } = member.votes;
  if (HTXS + HTT + HT + KHT > n) return FN.tallyOverBase(n);
  const ctx: RuleContext = {
    votingBase: n,
    profile,
    meetingDate: null,
    cumulative: true,
    separateHtxsBallot: false,
    useVotes: true,
    hasTaskColumns: false,
  };
  return classifyMember(member, ctx, false).ruleResult;
}

const SCORE_ARGS = [
  'generalScore',
  'taskScore',
  'tasksAssigned',
  'tasksDone',
  'tasksLate',
  'tasksAbove',
  'remedied',
  'discipline',
  'faults',
  'peerGroup',
] as const;

/** XEPLOAI_DIEM for one member: QĐ 366 steps 2–5 (triggers, score, band, task conditions). */
function classifyByScore(values: readonly unknown[]): Cell {
  if (values.every((v) => cellText(v) === '')) return '';
  const parsed: Partial<RosterValues> = {};
  for (const [i, key] of SCORE_ARGS.entries()) {
    const problem = readInto(parsed, key, values[i]);
    if (problem !== null) return FN.badCell(`${headerOf(key)} ${problem}`);
  }
  const candidate = memberWith({ ...parsed, membership: 'official' });
  const { tasksAssigned: assigned, tasksDone: done, tasksLate: late, tasksAbove: above } = candidate;
  if ((assigned === null) !== (done === null)) return FN.tasksIncomplete;
  // The same checks as a roster row, so the function never answers where «Tính lại» has a row error.
  if (assigned !== null && done !== null && done > assigned) return FN.tasksInconsistent;
  if (done !== null && ((late ?? 0) > done || (above ?? 0) > done)) return FN.tasksInconsistent;
  if (candidate.faults.includes('corruption') && peerGroupOf(candidate) !== 'leader') return FN.leadersOnlyFault;
  const rules = QD366_2025.score;
  const noScore = candidate.generalScore === null || candidate.taskScore === null;
  if (rules && noScore && khtTriggers(candidate, rules).length === 0) return FN.scoreMissing;
  const ctx: RuleContext = {
    votingBase: 0,
    profile: QD366_2025,
    meetingDate: null,
    cumulative: true,
    separateHtxsBallot: false,
    useVotes: false,
    hasTaskColumns: assigned !== null,
  };
  return classifyMemberQd366(candidate, ctx, false).ruleResult;
}

/** Parses one argument with its column's registry parser; the problem text, or null. */
function readInto<K extends InputKey>(out: Partial<RosterValues>, key: K, raw: unknown): string | null {
  const result = INPUT_COLUMNS[key].parse.safeParse(raw);
  if (!result.success) return result.error.issues[0]?.message ?? '';
  out[key] = result.data;
  return null;
}

export function XEPLOAI_DIEM(...args: Arg[]): Cell | Cell[][] {
  return mapCells(args.slice(0, SCORE_ARGS.length), classifyByScore);
}

export function XEPLOAI(...args: Arg[]): Cell | Cell[][] {
  return mapCells(args.slice(0, 10), classifyOne);
}

export function DATTYLE(votes: Arg, base: Arg, fraction: Arg): Cell | Cell[][] {
  return mapCells([votes, base, fraction], ([v, n, f]) => {
    const frac = parseFraction(cellText(f) || '1/2');
    if (!frac) return FN.badFraction(cellText(f));
    const vn = wholeNumber(v);
    if (vn === undefined) return FN.badNumber(FN.names.votes, cellText(v));
    const nn = wholeNumber(n);
    if (nn === undefined) return FN.badNumber(FN.names.base, cellText(n));
    return isStrictlyAbove(vn, nn, frac);
  });
}

export function HANMUC_HTXS(total: Arg, percent: Arg, profileName?: Arg): Cell | Cell[][] {
  return mapCells([total, percent, profileName], ([t, p, name]) => {
    const tn = wholeNumber(t);
    if (tn === undefined) return FN.badNumber(FN.names.total, cellText(t));
    const profile = profileArg(name);
    if (!profile) return FN.badProfile(cellText(name));
    const asPercent = percentCellValue(p);
    const pn = cellText(asPercent) === '' ? profile.quotaPercent : wholeNumber(cellText(asPercent).replace(/%$/, ''));
    if (pn === undefined || pn > 100) return FN.badNumber(FN.names.percent, cellText(p));
    return allowedHtxs(tn, pn);
  });
}
